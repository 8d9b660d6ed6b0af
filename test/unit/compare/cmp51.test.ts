/**
 * Round 51 (ADR 0154): a count from 3 to 31 is a figure when it is not a day (figures.ts `countsOf`), so a
 * weak pair that shares only an event's date gives way to the partner that gives the sentence's count
 * (`figureRivalled`); and a weak pair that stands only on a shared "the two" is no pair
 * (`pairReferenceOnly`). Sentences of our own (a ferry on a lake, two twinned towns); each test fails with
 * its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import { cosine, type Vector } from '../../../src/core/compare/features';
import {
  countsOf,
  figureRivalled,
  figureSentences,
  pairReferenceOnly,
} from '../../../src/core/compare/figures';
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

describe('a weak pair that stands only on a shared "the two" (figures.ts pairReferenceOnly)', () => {
  const pair = (x: string, y: string) => {
    const a = vec(x);
    const b = vec(y);
    return pairReferenceOnly(cosine(a, b), a, b);
  };

  it('"the two" names a pair already named: without it, the two sentences share a word', () => {
    expect(
      pair(
        'Relations improved after the two towns signed a ferry accord in spring.',
        'The two mayors agreed to open a tourism office in Velden.',
      ),
    ).toBe(true);
    expect(
      pair(
        'Relations improved after our two towns signed a ferry accord in spring.',
        'The two mayors will meet again in spring to open a tourism office in Velden.',
      ),
    ).toBe(true);
  });

  it('leaves a count of two, "the two-day", and a pair that shares more than the reference', () => {
    expect(
      pair('Two ferries sank in the storm, the coastguard said.', 'The storm sank two ferries near Velden.'),
    ).toBe(false);
    expect(
      pair('The two-day festival opened in Orla.', 'The two mayors opened a tourism office in Velden.'),
    ).toBe(false);
    expect(
      pair(
        'The two towns signed a ferry accord in spring.',
        'The two mayors signed the ferry accord on Monday.',
      ),
    ).toBe(false);
  });

  it('the selection leaves such a weak pair between two anchors unpaired', () => {
    const a = [
      vec('The twinning of Orla and Velden was sealed on Monday, the council said.'),
      vec('Relations improved after the two towns signed a ferry accord in spring.'),
      vec('A festival is planned for August.'),
    ];
    const b = [
      vec('Orla and Velden sealed their twinning on Monday, the council said.'),
      vec('The two mayors agreed to open a tourism office in Velden.'),
      vec('A festival is planned for late August.'),
    ];
    const weak = { a: 1, b: 1, ...cosine(a[1] as Vector, b[1] as Vector) };
    expect(weak.score).toBeGreaterThanOrEqual(0.15);
    expect(weak.score).toBeLessThan(STRONG);
    const cands: Candidate[] = [cand(0, 0, 0.8), { ...weak, unique: 1 }, cand(2, 2, 0.7)];
    expect(selectPairs(cands, 3, 3, undefined, { a, b }).map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});
