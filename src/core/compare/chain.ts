/**
 * The anchors that keep both articles' order (align.ts, ADR 0015): the longest chain of pairs
 * increasing in both articles, found with a Fenwick tree of prefix maxima in O(n log n).
 */

/** A chain of anchors in order: how many, their total score, their total distance from the diagonal. */
interface Chain {
  readonly count: number;
  readonly score: number;
  readonly distance: number;
  /** The anchor ending the chain (index into the anchors), -1 for none. */
  readonly last: number;
}

const NONE: Chain = { count: 0, score: 0, distance: 0, last: -1 };

/** A name for a pair that is the same whichever article is A (its two texts, sorted). */
export type PairKey = (a: number, b: number) => string;

/**
 * Indexes (into `anchors`, sorted by a) of the best chain increasing in both a and b: the
 * most anchors, then the highest total score, then by the texts, then the closest to the
 * diagonal, so the choice does not depend on which article is A, nor on where an unrelated
 * sentence is added. O(n log n) with a Fenwick tree of prefix
 * maxima over b.
 */
export function orderedChain(
  anchors: readonly { a: number; b: number; score: number }[],
  nB: number,
  key: PairKey,
): Set<number> {
  const tree: Chain[] = new Array(nB + 1).fill(NONE);
  const prev = new Int32Array(anchors.length).fill(-1);
  const keys = anchors.map((p) => key(p.a, p.b));
  /** Longer, then higher total score, then by the anchors' texts from the last, then closer to the diagonal. */
  const better = (x: Chain, y: Chain): boolean => {
    if (x.count !== y.count) return x.count > y.count;
    if (Math.abs(x.score - y.score) > 1e-9) return x.score > y.score;
    for (let i = x.last, j = y.last; i >= 0 && j >= 0; i = prev[i] as number, j = prev[j] as number)
      if (keys[i] !== keys[j]) return (keys[i] as string) < (keys[j] as string);
    return x.distance < y.distance;
  };
  let best = NONE;
  anchors.forEach((p, k) => {
    let before = NONE;
    for (let i = p.b; i > 0; i -= i & -i) if (better(tree[i] as Chain, before)) before = tree[i] as Chain;
    const chain: Chain = {
      count: before.count + 1,
      score: before.score + p.score,
      distance: before.distance + Math.abs(p.a - p.b),
      last: k,
    };
    prev[k] = before.last;
    for (let i = p.b + 1; i <= nB; i += i & -i) if (better(chain, tree[i] as Chain)) tree[i] = chain;
    if (better(chain, best)) best = chain;
  });
  const keep = new Set<number>();
  for (let k = best.last; k >= 0; k = prev[k] as number) keep.add(k);
  return keep;
}
