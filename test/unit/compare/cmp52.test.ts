/**
 * Round 52 (ADR 0157): two sentences of one story, each the other's best candidate, that keep two
 * lower-case words no other sentence of either article has (own-wording.ts) are paired wherever a
 * rewrite has moved them. Sentences of our own (a city's trams, a harbour museum, two councils).
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import type { Vector } from '../../../src/core/compare/features';
import { ownWording } from '../../../src/core/compare/own-wording';
import { tokenize } from '../../../src/core/compare/tokens';

/** A sentence's vector: its tokens, each of weight 1, and its text. */
const vec = (text: string): Vector => {
  const w = new Map(tokenize(text).map((t) => [t.key, 1]));
  return { w, norm: Math.sqrt(w.size), text };
};
/** ownWording on one sentence each side, with `others` as further sentences of A. */
const own = (x: string, y: string, others: readonly string[] = []) =>
  ownWording({ a: [vec(x), ...others.map(vec)], b: [vec(y)] })(0, 0);

const NIGHT = 'Riders will no longer pay a surcharge for night journeys.';
const NIGHT_B = 'The surcharge on night fares will be dropped for riders as well.';

describe('two sentences that keep two words of their own (own-wording.ts)', () => {
  it('two or more lower-case words in no other sentence tie them', () => {
    expect(own(NIGHT, NIGHT_B)).toBe(true);
  });

  it('one shared word is a topic, and words other sentences have too are no tie', () => {
    expect(
      own('Riders will no longer pay a surcharge for late journeys.', 'The surcharge on fares will go.'),
    ).toBe(false);
    expect(own(NIGHT, NIGHT_B, ['A night surcharge was first added in 2019.'])).toBe(false);
  });

  it('names, places and titles (capitalised words) are who, not what', () => {
    expect(
      own(
        'Mayor Lina Ostrova opened the Harbour Museum on Friday.',
        'The Harbour Museum was opened by Mayor Lina Ostrova.',
      ),
    ).toBe(false);
  });

  it('the noun of "the two …" or "both …" names the parties, not what they did', () => {
    expect(
      own('The two councils signed the ferry accord.', 'Both councils met in Velden and signed nothing.'),
    ).toBe(false);
    expect(
      own('The two councils backed the ferry timetable.', 'Both councils later backed the ferry plan.'),
    ).toBe(true);
  });

  it('a quotation, or a speaker the other sentence does not name, makes no such pair', () => {
    expect(own('"We will drop the surcharge on night fares," the mayor said.', NIGHT)).toBe(false);
    expect(
      own(
        'Ostrova said riders would no longer pay a surcharge for night journeys.',
        'Riders will no longer pay the surcharge on night fares, Berg said.',
      ),
    ).toBe(false);
    expect(
      own(
        'Ostrova said riders would no longer pay a surcharge for night journeys.',
        'Riders will no longer pay the surcharge on night fares, Ostrova said.',
      ),
    ).toBe(true);
  });
});

describe('the selection pairs a moved paraphrase that keeps two words of its own', () => {
  const a = [
    'The city council approved the new tram line to Eastport on Monday.',
    'Construction will begin in March, the transport office said.',
    NIGHT,
    'The line will have twelve stops and run every ten minutes.',
  ];
  const b = [
    NIGHT_B,
    'Eastport will get a new tram line, the city council decided on Monday.',
    'Work on the line starts in March, the transport office said.',
    'Trams on the line will stop twelve times and run every ten minutes.',
  ];
  const cand = (a: number, b: number, score: number, unique = 1): Candidate => ({
    a,
    b,
    score,
    shared: 3,
    unique,
  });
  // Three anchors in order; the night-fare pair sits before B's first anchor and after A's second:
  // out of their frame and beside no anchor, so no earlier pass takes it.
  const cands = [cand(0, 1, 0.8), cand(1, 2, 0.7), cand(3, 3, 0.7), cand(2, 0, 0.2, 3)];
  const pairs = (x: readonly string[], y: readonly string[], c: readonly Candidate[]) =>
    selectPairs(c, x.length, y.length, undefined, { a: x.map(vec), b: y.map(vec) })
      .map((p) => [p.a, p.b])
      .sort((p, q) => (p[0] as number) - (q[0] as number));

  it('takes the moved pair, whichever article is A', () => {
    expect(pairs(a, b, cands)).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
      [3, 3],
    ]);
    const swapped = cands.map((c) => ({ ...c, a: c.b, b: c.a }));
    expect(pairs(b, a, swapped)).toEqual([
      [0, 2],
      [1, 0],
      [2, 1],
      [3, 3],
    ]);
  });

  it('leaves it when one side quotes a speaker', () => {
    const quoted = ['"We will drop the surcharge on night fares," the mayor said.', ...b.slice(1)];
    expect(pairs(a, quoted, cands)).toEqual([
      [0, 1],
      [1, 2],
      [3, 3],
    ]);
  });
});
