/**
 * One story told in other words (ADR 0022, sixth round): two articles with fewer strong
 * anchors than `relatedAt` still tell one story when their anchors and weak links (each
 * other's best match, score ≥ LINK, a feature unique to the two) line up in order over half
 * the shorter article; an anchor dropped for want of a story is still a weak candidate; and a
 * weak pair beside a pair (a moved passage) must be beside a strong one.
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import { ALONE, LINK, relatedAt, STRONG, sameStoryChain } from '../../../src/core/compare/thresholds';

const c = (a: number, b: number, score: number, unique = 1): Candidate => ({
  a,
  b,
  score,
  shared: 3,
  unique,
});
const pairsOf = (cands: Candidate[], nA: number, nB: number) =>
  selectPairs(cands, nA, nB).map((p) => [p.a, p.b]);

describe('one story in other words', () => {
  it('needs half the shorter article in order, never fewer than CHAIN_MIN', () => {
    expect(sameStoryChain(8, 8)).toBe(4);
    expect(sameStoryChain(12, 20)).toBe(6);
    expect(sameStoryChain(3, 3)).toBe(4);
  });

  it('keeps the pairs of one story with one strong anchor and weak links in order', () => {
    const n = 8;
    expect(relatedAt(n, n)).toBe(2);
    const link = (LINK + STRONG) / 2;
    const ordered = [c(0, 0, (STRONG + ALONE) / 2), c(2, 2, link), c(4, 4, link), c(6, 6, link)];
    expect(pairsOf(ordered, n, n)).toEqual([
      [0, 0],
      [2, 2],
      [4, 4],
      [6, 6],
    ]);
  });

  it('pairs nothing when the same links are scattered (two stories on one theme)', () => {
    const n = 8;
    const link = (LINK + STRONG) / 2;
    const scattered = [c(0, 0, (STRONG + ALONE) / 2), c(2, 6, link), c(4, 1, link), c(6, 3, link)];
    expect(pairsOf(scattered, n, n)).toEqual([]);
  });

  it('does not count links below LINK or with nothing unique to the two', () => {
    const n = 8;
    const low = [
      c(0, 0, (STRONG + ALONE) / 2),
      c(2, 2, LINK - 0.01),
      c(4, 4, LINK - 0.01),
      c(6, 6, LINK - 0.01),
    ];
    expect(pairsOf(low, n, n)).toEqual([]);
    const common = [c(0, 0, (STRONG + ALONE) / 2), c(2, 2, 0.25, 0), c(4, 4, 0.25, 0), c(6, 6, 0.25, 0)];
    expect(pairsOf(common, n, n)).toEqual([]);
  });
});

describe('an anchor dropped for want of a story', () => {
  it('is still taken as a weak pair where a weaker one would be', () => {
    // 15 sentences: 3 anchors are needed; one close match (≥ ALONE) stands alone and frames the rest.
    const n = 15;
    expect(relatedAt(n, n)).toBe(3);
    const close = c(8, 8, ALONE + 0.1);
    expect(pairsOf([close, c(2, 2, (STRONG + ALONE) / 2)], n, n)).toEqual([
      [2, 2],
      [8, 8],
    ]);
    // The same with the pair below STRONG: taken as before.
    expect(pairsOf([close, c(2, 2, STRONG - 0.05)], n, n)).toEqual([
      [2, 2],
      [8, 8],
    ]);
  });
});

describe('a moved passage', () => {
  it('takes the weak sentence beside a strong moved pair, not the next one beside a weak pair', () => {
    const n = 14;
    const chain = [0, 1, 2, 3, 9, 10].map((k) => c(k, k, 0.6));
    const weak = (STRONG + LINK) / 2;
    const got = pairsOf([...chain, c(5, 11, 0.4), c(6, 12, weak), c(7, 13, weak)], n, n);
    expect(got).toContainEqual([5, 11]);
    expect(got).toContainEqual([6, 12]);
    expect(got).not.toContainEqual([7, 13]);
  });
});

describe('two short stories', () => {
  it('are not one story for one shared sentence, unless it is a close match', () => {
    expect(relatedAt(6, 5)).toBe(2);
    expect(relatedAt(1, 5)).toBe(1);
    expect(pairsOf([c(4, 2, (STRONG + ALONE) / 2)], 6, 5)).toEqual([]);
    expect(pairsOf([c(4, 2, ALONE + 0.05)], 6, 5)).toEqual([[4, 2]]);
  });
});
