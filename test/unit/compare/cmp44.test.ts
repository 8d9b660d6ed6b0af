/**
 * Round 44 (ADR 0131): compare's pairs that got no candidate, with sentences of our own (a port
 * on a lake, its dredging, its harbour master); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { tokenize } from '../../../src/core/compare/tokens';

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
