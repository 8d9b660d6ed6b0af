/**
 * Round 33 (ADR 0075): missed pairs, with sentences of our own (a harbour's ferry, a port's
 * rules); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import { datedKeys, resolvedDateKeys } from '../../../src/core/compare/dated';
import { cosine, featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import { REMARK_WORDS } from '../../../src/core/compare/lexicon';
import { quotedRuns } from '../../../src/core/compare/quoted-words';
import { expandNegations, tokenize } from '../../../src/core/compare/tokens';

/** The vectors of sentences `a` and `b` with the date claims given, weighed over the two alone. */
const vectors = (
  a: string,
  b: string,
  claimsA: { quote: string; factId: string; resolved: string }[],
  claimsB: { quote: string; factId: string; resolved: string }[],
) => {
  const fa = featuresOf(a, [], [], undefined, datedKeys(claimsA));
  const fb = featuresOf(b, [], [], undefined, datedKeys(claimsB));
  const rarity = new Rarity();
  rarity.add(fa, 'a');
  rarity.add(fb, 'b');
  return [vectorOf(fa, rarity), vectorOf(fb, rarity)] as const;
};

describe('a date the claim engine resolved is read as the day it names (dated.ts resolvedDateKeys)', () => {
  it('gives a day’s month and day number, a month’s month, and nothing for a year or a span', () => {
    expect(resolvedDateKeys('21 Oct 2024')).toEqual(['oct', '#21']);
    expect(resolvedDateKeys('3 Jun 2025')).toEqual(['jun', '#3']);
    expect(resolvedDateKeys('Jun 2025')).toEqual(['jun']);
    expect(resolvedDateKeys('2025')).toEqual([]);
    expect(resolvedDateKeys('15–16 Jun 2020')).toEqual([]);
    expect(resolvedDateKeys('27 Oct – 2 Nov 2025')).toEqual([]);
    expect(resolvedDateKeys('5 years')).toEqual([]);
    expect(resolvedDateKeys(null)).toEqual([]);
  });

  it('links "on Monday" with "on October 21" when both date one event', () => {
    const ferry = 'event.ferry-line-reopened';
    const [withDay, written] = vectors(
      'The ferry line reopened on Monday after repairs.',
      'Service on the harbour route resumed on October 21.',
      [{ quote: 'on Monday', factId: ferry, resolved: '21 Oct 2024' }],
      [{ quote: 'October 21', factId: ferry, resolved: '21 Oct 2024' }],
    );
    expect(withDay.w.has('oct')).toBe(true);
    expect(withDay.w.has('#21')).toBe(true);
    const [plain] = vectors(
      'The ferry line reopened on Monday after repairs.',
      'Service on the harbour route resumed on October 21.',
      [],
      [],
    );
    expect(plain.w.has('oct')).toBe(false);
    expect(cosine(withDay, written).shared).toBe(2);
    expect(cosine(withDay, written).score).toBeGreaterThan(0.15);
  });

  it('weighs a resolved day when shared only: a sentence’s norm is that of its written words', () => {
    const [a, b] = vectors(
      'The two ministers met on Monday.',
      'The ministers met in the port city.',
      [{ quote: 'on Monday', factId: 'event.ministers-meeting', resolved: '21 Oct 2024' }],
      [],
    );
    const [a0, b0] = vectors(
      'The two ministers met on Monday.',
      'The ministers met in the port city.',
      [],
      [],
    );
    expect(a.resolved?.has('oct')).toBe(true);
    expect(a.norm).toBeCloseTo(a0.norm, 9);
    expect(cosine(a, b).score).toBeCloseTo(cosine(a0, b0).score, 9);
  });

  it('keeps a resolved day out of a sentence that writes it already', () => {
    const f = featuresOf(
      'The port reopened on October 21.',
      [],
      [],
      undefined,
      datedKeys([{ quote: 'October 21', factId: 'event.port-reopened', resolved: '21 Oct 2024' }]),
    );
    expect(f.resolved).toBeUndefined();
  });
});

describe('a deferral in its other tenses and voices is one speaker’s act (lexicon.ts PHRASES)', () => {
  const keys = (s: string) => tokenize(s).map((t) => t.key);
  const DEFER = tokenize(REMARK_WORDS.deferred)[0]?.key;
  it('reads what is under study, what must come first and what has not been done as a deferral', () => {
    expect(
      keys('"We are examining how the new rules may affect the port," the harbour master said.'),
    ).toContain(DEFER);
    expect(keys('She said the board would first have to assess the plan.')).toContain(DEFER);
    expect(keys('The council had not yet assessed what the levy meant for fishermen.')).toContain(DEFER);
    expect(keys('The ferry company has to review its timetable.')).toContain(DEFER);
  });
  it('leaves a plain act alone', () => {
    expect(keys('The board examined the plan on Monday.')).not.toContain(DEFER);
    expect(keys('The council assessed a fine of 500 euros.')).not.toContain(DEFER);
  });
});

describe('a quotation pairs with the sentence that quotes its words (quoted-words.ts)', () => {
  it('reads a quotation the splitter cut in two', () => {
    expect(quotedRuns('"We have yet to look at the plan.')).toContain('we have yet to look');
    expect(quotedRuns('We will come back to you on the levy," he said.')).toContain('we will come back to');
    expect(quotedRuns('"We have yet to look at the plan," Ruiz added.')).toContain('have yet to look at');
    expect(quotedRuns('Ruiz said the port had yet to look at the plan.').size).toBe(0);
  });

  it('moves a quotation from a report of the remark to the sentence that quotes the same words', () => {
    const v = (text: string, words: string): Vector => {
      const w = new Map(tokenize(words, []).map((t) => [t.key, 1]));
      return { w, norm: Math.sqrt(w.size), text };
    };
    const a = [v('"We have yet to look at the plan," he added.', 'deferred plan added')];
    const b = [
      v(
        'The harbour master said the port had not yet assessed the plan.',
        'harbour master deferred port plan',
      ),
      v('"We have yet to look at the plan.', 'deferred'),
    ];
    const candidates = [
      { a: 0, b: 0, score: 0.42, shared: 2, unique: 1 },
      { a: 0, b: 1, score: 0.39, shared: 1, unique: 0 },
    ];
    const pairs = selectPairs(candidates, 1, 2, undefined, { a, b }).map((p) => [p.a, p.b]);
    expect(pairs).toEqual([[0, 1]]);
  });

  it('leaves an anchor whose partner repeats the quotation, and a candidate under STRONG', () => {
    const v = (text: string, words: string): Vector => {
      const w = new Map(tokenize(words, []).map((t) => [t.key, 1]));
      return { w, norm: Math.sqrt(w.size), text };
    };
    const a = [v('"We have yet to look at the plan," Ruiz added.', 'deferred Ruiz')];
    const b = [
      v('Ruiz said the port had not yet assessed the plan.', 'Ruiz deferred'),
      v('"We have yet to look at the plan.', 'deferred'),
    ];
    const weak = [
      { a: 0, b: 0, score: 0.42, shared: 2, unique: 1 },
      { a: 0, b: 1, score: 0.25, shared: 1, unique: 0 },
    ];
    expect(selectPairs(weak, 1, 2, undefined, { a, b }).map((p) => [p.a, p.b])).toEqual([[0, 0]]);
  });
});

describe('a negation contracted is the negation (tokens.ts expandNegations)', () => {
  it('expands n’t, won’t and can’t', () => {
    expect(expandNegations("he didn't say; they won’t go; we can't tell; it isn’t so")).toBe(
      'he did not say; they will not go; we can not tell; it is not so',
    );
  });
  it('reads "didn’t elaborate" as withholding details, as "did not elaborate" is', () => {
    const NODETAILS = tokenize(REMARK_WORDS.nodetails)[0]?.key;
    expect(tokenize('The harbour master didn’t elaborate.').map((t) => t.key)).toContain(NODETAILS);
    expect(tokenize("He didn't elaborate.").map((t) => t.key)).toContain(NODETAILS);
  });
});
