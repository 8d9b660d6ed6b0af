/**
 * Round 44 (ADR 0131): compare's pairs that got no candidate, with sentences of our own (a port
 * on a lake, its dredging, its harbour master); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { addToIndex, candidatesFor } from '../../../src/core/compare/candidates';
import { compareArticles } from '../../../src/core/compare/index';
import { otherDirection } from '../../../src/core/compare/predicates';
import { tellsSilence } from '../../../src/core/compare/silence';
import { tokenize } from '../../../src/core/compare/tokens';
import { otherStep } from '../../../src/core/compare/undertakings';

const keys = (s: string) => new Set(tokenize(s).map((t) => t.key));

describe('"did not go into details" withholds details (lexicon.ts PHRASES)', () => {
  const [withheld] = [...keys('She did not elaborate.')];
  it('reads going into details, refused or left out, as the withheld-details act', () => {
    for (const s of [
      'He did not go into details.',
      'The harbour master declined to go into the details of the dredging plan.',
      'The board approved the plan without going into specifics.',
    ])
      expect(keys(s).has(withheld as string), s).toBe(true);
    expect(keys('The report goes into details of the dredging plan.').has(withheld as string)).toBe(false);
  });

  it('pairs it with the same act in other words', () => {
    const a = [
      'The lake port of Varno will reopen its eastern quay on Monday, its harbour master said.',
      'He did not go into details.',
      'Dredging of the channel finished last week.',
    ].join(' ');
    const b = [
      'Varno harbour master Ilse Brandt said on Friday that the lake port would reopen its eastern quay on Monday.',
      'Brandt would not name the shipping lines or spell out the fees they will pay.',
      'Work to dredge the channel was finished last week.',
    ].join(' ');
    expect(compareArticles(a, b).pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});

describe('a silence told as "made no statement" (silence.ts, lexicon.ts PHRASES)', () => {
  it('is a silence, as "has not commented" is', () => {
    expect(tellsSilence('The port authority has made no official statement on the closure.')).toBe(true);
    expect(tellsSilence('The port authority has not officially commented on the closure.')).toBe(true);
    expect(tellsSilence('The port authority made a statement on the closure.')).toBe(false);
  });
  it('reads one act from both, keeping their words', () => {
    const [silent] = [...keys('nocomment')];
    for (const s of [
      'The ferry company has not officially commented on the closure.',
      'The ferry company has yet to respond.',
      'The ferry company has so far made no official statement on the closure.',
    ])
      expect(keys(s).has(silent as string), s).toBe(true);
    expect(keys('The ferry company has not officially commented.').has('comment')).toBe(true);
    expect(keys('The ferry company made a statement on the closure.').has(silent as string)).toBe(false);
  });
  it('pairs the two silences', () => {
    const a = [
      'Dredgers finished clearing the channel into the lake port of Varno on Tuesday, the harbour master said.',
      'Ships of up to 5,000 tonnes can now berth at the eastern quay.',
      'The regional ferry company has not commented publicly on the reopening of the channel.',
    ].join(' ');
    const b = [
      'The channel into Varno was cleared on Tuesday, according to its harbour master.',
      'The eastern quay can now take ships of up to 5,000 tonnes.',
      'The ferry operator has so far made no official statement on the channel.',
    ].join(' ');
    expect(compareArticles(a, b).pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});

describe('a step named only in a minor part is not compared (undertakings.ts otherStep)', () => {
  const vec = (text: string) => ({ w: new Map<string, number>(), norm: 1, text });
  const pilgrimage = vec(
    'The two towns decided to resume the pilgrimage in the summer when the mayors met in Varno in January.',
  );
  it('does not set a which-clause step against the other side’s named one', () => {
    const byPronoun = vec(
      'The two towns decided to restore it at January talks in Varno between the two mayors, which also agreed to resume direct flights.',
    );
    expect(otherStep(pilgrimage, byPronoun)).toBe(false);
  });
  it('still parts two steps each named in the main part', () => {
    expect(otherStep(pilgrimage, vec('The two towns decided to resume direct flights in January.'))).toBe(
      true,
    );
  });
});

describe('a count both tell and no other sentence does overrides the direction (candidates.ts)', () => {
  const vec = (text: string, keys: string[]) => ({
    w: new Map(keys.map((k) => [k, 1])),
    norm: Math.sqrt(keys.length),
    text,
  });
  const stopped = vec(
    'The ferry last ran in 2019 and has been suspended since 2020, a gap of nearly five years.',
    ['ferri', 'stop', '#5', 'gap', 'f:quantity.ferry-gap-years'],
  );
  const resumed = vec('The ferry resumes after a three-year suspension.', [
    'ferri',
    'resum',
    'stop',
    '#3',
    'f:quantity.ferry-gap-years',
  ]);
  const candidates = (unique: (k: string) => boolean) => {
    const index = new Map<string, number[]>();
    addToIndex(index, resumed as never, 0);
    return candidatesFor(0, stopped as never, [resumed as never], index, { common: () => false, unique });
  };
  it('keeps the pair when the count is in these two sentences only', () => {
    expect(otherDirection(stopped as never, resumed as never)).toBe(true);
    expect(candidates(() => true).map((c) => c.b)).toEqual([0]);
  });
  it('parts them as before when another sentence tells the count too', () => {
    expect(candidates((k) => !k.startsWith('f:quantity.'))).toEqual([]);
  });
});
