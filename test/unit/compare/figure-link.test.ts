/**
 * Round 16 (ADR 0022): a figure that is neither a day nor a year, said in two sentences and in
 * no other sentence of either article, links them out of order as a day of a month does
 * (`sharedUniqueFigure`, align.ts). Sentences and values written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import { featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import { sharedUniqueFigure } from '../../../src/core/compare/figures';

const vectorsOf = (a: readonly string[], b: readonly string[]) => {
  const rarity = new Rarity();
  const fa = a.map((s) => featuresOf(s, []));
  const fb = b.map((s) => featuresOf(s, []));
  for (const f of fa) rarity.add(f, 'a');
  for (const f of fb) rarity.add(f, 'b');
  return {
    a: fa.map((f) => vectorOf(f, rarity)),
    b: fb.map((f) => vectorOf(f, rarity)),
    unique: (k: string) => rarity.unique(k),
  };
};

const c = (a: number, b: number, score: number, extra: Partial<Candidate> = {}): Candidate => ({
  a,
  b,
  score,
  shared: 3,
  unique: 1,
  ...extra,
});

describe('a figure said in two sentences and no other', () => {
  it('is read from the sentences: a count, not a day or a year', () => {
    const v = vectorsOf(
      [
        'A total of 4,812 growers had signed up for the tea auction scheme by March 3, 2024.',
        'The board met in Mombasa.',
      ],
      [
        'As many as 4,812 growers registered for the scheme, the board said.',
        'Registration closed on March 3, 2024.',
      ],
    );
    expect(sharedUniqueFigure(v.a[0] as Vector, v.b[0] as Vector, v.unique)).toBe(true);
    // A day and a year shared are dates, not figures (sharedUniqueDate's business).
    expect(sharedUniqueFigure(v.a[0] as Vector, v.b[1] as Vector, v.unique)).toBe(false);
    // Said in a third sentence, the figure links nothing in particular.
    const w = vectorsOf(
      ['A total of 4,812 growers had signed up.', 'Of the 4,812, most farm in Kericho.'],
      ['As many as 4,812 growers registered.'],
    );
    expect(sharedUniqueFigure(w.a[0] as Vector, w.b[0] as Vector, w.unique)).toBe(false);
  });

  it('pairs two weak sentences out of order when each is the other’s best match', () => {
    // Three anchors in order (A0–B1, A1–B2, A2–B3); A3 and B0 match weakly and out of order.
    const anchors = [c(0, 1, 0.6), c(1, 2, 0.6), c(2, 3, 0.6)];
    const moved = c(3, 0, 0.2, { uniqueFigure: true });
    const pairs = (x: Candidate) => selectPairs([...anchors, x], 4, 4).map((p) => [p.a, p.b]);
    expect(pairs(moved)).toContainEqual([3, 0]);
    // Without the figure, the same weak pair out of order is not taken.
    expect(pairs(c(3, 0, 0.2))).not.toContainEqual([3, 0]);
    // Nor when the figure's sentence has a better match elsewhere (not each other's best).
    const rival = c(3, 3, 0.25);
    expect(selectPairs([...anchors, moved, rival], 4, 4).map((p) => [p.a, p.b])).not.toContainEqual([3, 0]);
  });
});
