/**
 * Sentence alignment (ADR 0015). Candidates come from an inverted index over B's features,
 * so each sentence of A is scored only against B's sentences that share a rare feature
 * (never all n·m pairs). Selection is then:
 *  1. anchors: the best candidates above STRONG, one partner each, anywhere in the other
 *     article (moved paragraphs keep their pairs);
 *  2. the anchors that keep the articles' order (a longest increasing run) frame the rest:
 *     a weaker candidate above WEAK is taken when it falls between its framing anchors, or
 *     right beside an existing pair (the next sentence of a moved paragraph);
 *  3. nothing is taken below WEAK, nothing weak without an anchor, and nothing weak unless
 *     the two sentences are each other's best match or share a feature unique to them (a
 *     word, figure or fact in no other sentence of either article): unrelated articles get
 *     no pairs rather than forced ones, and a sentence that shares only the story's common
 *     words with a better-matched sentence stays unpaired.
 */
import { cosine, type Vector } from './features';

/** Above this, a pair needs no support from its neighbours (an anchor). */
export const STRONG = 0.3;
/** Below this, never a pair. */
export const WEAK = 0.15;
/**
 * A feature in more sentences than this proposes no candidates (it still scores): about
 * 2√N of N sentences, never fewer than COMMON_MIN. In a 40-sentence comparison that is 13
 * sentences; in 5 000 sentences, 142: a word that common links nothing in particular.
 */
export function commonCap(totalSentences: number): number {
  return Math.max(COMMON_MIN, Math.ceil(2 * Math.sqrt(totalSentences)));
}
/** …but a feature in this many sentences or fewer always does. */
export const COMMON_MIN = 12;

export interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly shared: number;
  /** Shared features found in no other sentence of either article (see Rarity.unique). */
  readonly unique: number;
}

/** Adds B's sentence `j` to the inverted index (feature → B sentences having it). */
export function addToIndex(index: Map<string, number[]>, v: Vector, j: number): void {
  for (const k of v.w.keys()) {
    const list = index.get(k);
    if (list) list.push(j);
    else index.set(k, [j]);
  }
}

/** The candidates in B for sentence `i` of A, scored (see below). No cut-off by rank, so the
 * candidates are the same whichever article is A (swapping A and B swaps the result). */
export function candidatesFor(
  i: number,
  va: Vector,
  vb: readonly Vector[],
  index: ReadonlyMap<string, number[]>,
  features: { common(key: string): boolean; unique(key: string): boolean },
): Candidate[] {
  // Dot products over the features that propose candidates; a B sentence is scored in full
  // only when they alone reach half of WEAK (the rest, common words, cannot make a pair of
  // it on their own). The same rule whichever article is A.
  const partial = new Map<number, number>();
  for (const [k, x] of va.w) {
    const list = index.get(k);
    if (!list || features.common(k)) continue;
    for (const j of list) partial.set(j, (partial.get(j) ?? 0) + x * ((vb[j] as Vector).w.get(k) ?? 0));
  }
  const out: Candidate[] = [];
  for (const [j, dot] of partial) {
    const v = vb[j] as Vector;
    if (dot < (WEAK / 2) * va.norm * v.norm) continue;
    const c = cosine(va, v, features.unique);
    if (c.score >= WEAK && c.shared >= 2) out.push({ a: i, b: j, ...c });
  }
  return out;
}

/** Indexes (into `pairs`, sorted by a) of a longest run increasing in b. */
function longestIncreasing(pairs: readonly { a: number; b: number }[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(pairs.length).fill(-1);
  pairs.forEach((p, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as { b: number }).b < p.b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1] as number;
    tails[lo] = k;
  });
  const keep = new Set<number>();
  let k = tails.length ? (tails[tails.length - 1] as number) : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k] as number;
  }
  return keep;
}

export interface Selected {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly moved: boolean;
}

/** One-to-one pairs from the candidates (see the file comment). */
export function selectPairs(candidates: readonly Candidate[], nA: number, nB: number): Selected[] {
  // Best first; ties broken by position, the same way whichever article is A.
  const sorted = [...candidates].sort(
    (p, q) =>
      q.score - p.score ||
      Math.abs(p.a - p.b) - Math.abs(q.a - q.b) ||
      p.a + p.b - (q.a + q.b) ||
      Math.min(p.a, p.b) - Math.min(q.a, q.b),
  );
  // Each sentence's best candidate (first in score order), for mutual-best checks.
  const bestOfA = new Int32Array(nA).fill(-1);
  const bestOfB = new Int32Array(nB).fill(-1);
  for (const c of sorted) {
    if (bestOfA[c.a] === -1) bestOfA[c.a] = c.b;
    if (bestOfB[c.b] === -1) bestOfB[c.b] = c.a;
  }
  const mutual = (c: Candidate) => bestOfA[c.a] === c.b && bestOfB[c.b] === c.a;
  const partnerA = new Int32Array(nA).fill(-1);
  const partnerB = new Int32Array(nB).fill(-1);
  const scoreA = new Float64Array(nA);
  const free = (c: Candidate) => partnerA[c.a] === -1 && partnerB[c.b] === -1;
  const take = (c: Candidate) => {
    partnerA[c.a] = c.b;
    partnerB[c.b] = c.a;
    scoreA[c.a] = c.score;
  };
  for (const c of sorted) if (c.score >= STRONG && free(c)) take(c);
  const anchors: { a: number; b: number }[] = [];
  for (let i = 0; i < nA; i++)
    if ((partnerA[i] as number) >= 0) anchors.push({ a: i, b: partnerA[i] as number });
  const inOrder = longestIncreasing(anchors);
  const ordered = anchors.filter((_, k) => inOrder.has(k));
  const moved = new Set(anchors.filter((_, k) => !inOrder.has(k)).map((p) => p.a));
  if (anchors.length) {
    // Framing: for each sentence of A, the B range its partner must fall in to keep order.
    const lowB = new Int32Array(nA).fill(-1);
    const highB = new Int32Array(nA).fill(nB);
    let k = 0;
    for (let i = 0; i < nA; i++) {
      while (k < ordered.length && (ordered[k] as { a: number }).a < i) k++;
      lowB[i] = k > 0 ? (ordered[k - 1] as { b: number }).b : -1;
      const next = ordered[k] && (ordered[k] as { a: number }).a === i ? ordered[k + 1] : ordered[k];
      highB[i] = next ? next.b : nB;
    }
    // Framed weak pairs in one pass (best first); then pairs beside a pair, until none is added.
    let weak = sorted.filter((c) => c.score < STRONG && (c.unique >= 1 || mutual(c)));
    for (const c of weak) {
      if (free(c) && c.b > (lowB[c.a] as number) && c.b < (highB[c.a] as number)) take(c);
    }
    for (let added = true; added; ) {
      added = false;
      weak = weak.filter(free);
      for (const c of weak) {
        const beside =
          (c.a > 0 && partnerA[c.a - 1] === c.b - 1) || (c.a + 1 < nA && partnerA[c.a + 1] === c.b + 1);
        if (beside && free(c)) {
          take(c);
          moved.add(c.a);
          added = true;
        }
      }
    }
  }
  const out: Selected[] = [];
  for (let i = 0; i < nA; i++) {
    const j = partnerA[i] as number;
    if (j >= 0) out.push({ a: i, b: j, score: scoreA[i] as number, moved: moved.has(i) });
  }
  return out;
}
