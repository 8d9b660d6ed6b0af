/**
 * A sentence a split gave up takes its next anchor (ADR 0022, round 10): when one sentence
 * says what two say and the split rule moves its pair to the half with its main claim, the
 * sentence it let go is free again, and its own next strong match stands as if the first had
 * never been taken ("…cut the fee …, after meeting shop owners" goes to the fee; the meeting
 * then pairs with the sentence that tells the meeting). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';

describe('a sentence freed by a split', () => {
  const a = [
    'The mayor of Lyon said on Monday that he would cut the night parking fee to 2 euros from 4 euros, after meeting shop owners at the town hall.',
    'The two-hour session was the first face-to-face encounter of the two sides since 2019.',
    'The cheaper fee starts in June.',
  ].join(' ');
  const b = [
    'LYON, May 5 — The mayor met shop owners at the town hall on Monday, their first face-to-face meeting since 2019.',
    'The city will lower the night parking fee by 2 euros.',
    'The cheaper fee starts in June.',
  ].join(' ');

  it('pairs the freed sentence with its next strong match', () => {
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
  });

  it('swapping the articles swaps the result', () => {
    const r = compareArticles(b, a);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
  });
});
