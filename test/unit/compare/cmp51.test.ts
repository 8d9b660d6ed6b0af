/**
 * Round 51 (ADR 0154): a count from 3 to 31 is a figure when it is not a day (figures.ts `countsOf`), so a
 * weak pair that shares only an event's date gives way to the partner that gives the sentence's count
 * (`figureRivalled`). Sentences of our own (a ferry on a lake); each test fails with the rule removed.
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import type { Vector } from '../../../src/core/compare/features';
import { countsOf, figureRivalled, figureSentences } from '../../../src/core/compare/figures';
import { STRONG } from '../../../src/core/compare/thresholds';
import { tokenize } from '../../../src/core/compare/tokens';

/** A sentence's vector: its tokens, each of weight 1, and its text. */
const vec = (text: string): Vector => {
  const w = new Map(tokenize(text).map((t) => [t.key, 1]));
  return { w, norm: Math.sqrt(w.size), text };
};
const cand = (a: number, b: number, score: number): Candidate => ({ a, b, score, shared: 2, unique: 1 });
const counts = (text: string) => [...countsOf(vec(text))].sort();

describe('counts from 3 to 31 that are not days (figures.ts countsOf)', () => {
  it('reads a small number as a count unless a month, a clock or a definite article makes it something else', () => {
    expect(counts('Twelve passengers drowned when the Marigold sank.')).toEqual(['#12']);
    expect(counts('Officials said 12 passengers drowned.')).toEqual(['#12']);
    expect(counts('The Marigold sank on the night of March 3-4.')).toEqual([]);
    expect(counts('The Marigold sank on 3 March.')).toEqual([]);
    expect(counts('09:15 CET: the Marigold has sunk.')).toEqual([]);
    expect(counts('The board honoured the twelve at a service.')).toEqual([]);
    expect(counts('Divers found the two lifeboats.')).toEqual([]);
  });

  it('keeps what isFigureKey reads already, and an ordinal after "the"', () => {
    expect(counts('The ferry carried 140 people, about 60% of them tourists.')).toEqual([
      '#140',
      '#60',
      '~60%',
    ]);
    expect(counts('It was the 14th inquiry into the lake’s ferries.')).toEqual(['#14']);
  });
});

describe('a weak pair that shares only the event’s date gives way to the one that shares the count', () => {
  // A: 0 anchor, 1 "The sinking on the night of March 3 was the worst on the lake in decades.",
  //    2 "Officials said 12 passengers drowned, among them the captain.", 3 anchor.
  // B: 0 anchor, 1 "Twelve passengers, among them captain Per Lind, drowned in the March 3 sinking.", 2 anchor.
  const vectors = {
    a: [
      vec('The ferry Marigold went down in Lake Orla, the coastguard said.'),
      vec('The sinking on the night of March 3 was the worst on the lake in decades.'),
      vec('Officials said 12 passengers drowned, among them the captain.'),
      vec('An inquiry will open in Velden next week.'),
    ],
    b: [
      vec('The Marigold went down in Lake Orla, the coastguard said on Tuesday.'),
      vec('Twelve passengers, among them captain Per Lind, drowned in the March 3 sinking.'),
      vec('An inquiry opens in Velden next week.'),
    ],
  };
  const weak = cand(1, 1, STRONG - 0.08);
  const rival = cand(2, 1, STRONG - 0.1);
  const cands = [cand(0, 0, 0.8), weak, rival, cand(3, 2, 0.6)];

  it('the date-only pair is rivalled; the pair that gives the count is not', () => {
    const figures = figureSentences(cands, vectors);
    expect(figureRivalled(weak, figures, vectors)).toBe(true);
    expect(figureRivalled(rival, figures, vectors)).toBe(false);
  });

  it('the selection pairs the count with the count', () => {
    expect(selectPairs(cands, 4, 3, undefined, vectors).map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
    ]);
  });
});
