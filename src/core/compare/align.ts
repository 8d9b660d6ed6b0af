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
/** Candidates kept per sentence of A. */
export const CANDIDATES_PER_SENTENCE = 6;
/** Features shared by at least this share of all sentences do not propose candidates (they still score). */
export const COMMON_SHARE = 0.1;
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

/** Inverted index: feature → B sentences having it. */
export function invertedIndex(vectors: readonly Vector[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  vectors.forEach((v, j) => {
    for (const k of v.w.keys()) {
      const list = index.get(k);
      if (list) list.push(j);
      else index.set(k, [j]);
    }
  });
  return index;
}

/** The best candidates in B for sentence `i` of A. */
export function candidatesFor(
  i: number,
  va: Vector,
  vb: readonly Vector[],
  index: ReadonlyMap<string, number[]>,
  totalSentences: number,
  unique: (key: string) => boolean = () => false,
): Candidate[] {
  const cap = Math.max(COMMON_MIN, Math.ceil(totalSentences * COMMON_SHARE));
  const partial = new Map<number, number>();
  for (const [k, x] of va.w) {
    const list = index.get(k);
    if (!list || list.length > cap) continue;
    for (const j of list) partial.set(j, (partial.get(j) ?? 0) + x * ((vb[j] as Vector).w.get(k) ?? 0));
  }
  const top = [...partial].sort((p, q) => q[1] - p[1]).slice(0, CANDIDATES_PER_SENTENCE * 2);
  const out: Candidate[] = [];
  for (const [j] of top) {
    const c = cosine(va, vb[j] as Vector, unique);
    if (c.score >= WEAK && c.shared >= 2) out.push({ a: i, b: j, ...c });
  }
  return out.sort((p, q) => q.score - p.score).slice(0, CANDIDATES_PER_SENTENCE);
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
  const sorted = [...candidates].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
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
    let changed = true;
    while (changed) {
      changed = false;
      for (const c of sorted) {
        // A weak pair needs a link of its own: a feature no other sentence has, or each
        // sentence being the other's best match.
        if (c.score >= STRONG || !free(c) || (c.unique < 1 && !mutual(c))) continue;
        const framed = c.b > (lowB[c.a] as number) && c.b < (highB[c.a] as number);
        const beside =
          (c.a > 0 && partnerA[c.a - 1] === c.b - 1) || (c.a + 1 < nA && partnerA[c.a + 1] === c.b + 1);
        if (framed || beside) {
          take(c);
          if (!framed) moved.add(c.a);
          changed = true;
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
