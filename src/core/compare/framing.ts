/**
 * The anchors in order frame the rest (align.ts step 2 and 4, ADR 0015 and ADR 0022, fourth
 * round): for each sentence of A, the range of B (and of A) between the chain anchors around
 * it; and the ordered prior, which pairs two free sentences in a narrow gap between two pairs
 * in order when they are each other's best remaining candidate and tell one event. Split from
 * align.ts in round 14.
 */
import type { Candidate } from './candidates';
import { sameEvent } from './evidence';
import type { Vector } from './features';
import { GAP_MAX, STRONG } from './thresholds';

/** For each sentence of A, the chain anchors' B (and A) positions before and after it. */
export interface Frame {
  readonly lowB: Int32Array;
  readonly highB: Int32Array;
  readonly lowA: Int32Array;
  readonly highA: Int32Array;
}

/** The frame of each sentence of A from the anchors in order (`ordered`, sorted by A). */
export function frameOf(ordered: readonly { a: number; b: number }[], nA: number, nB: number): Frame {
  // Framing: for each sentence of A, the B range its partner must fall in to keep order.
  const lowB = new Int32Array(nA).fill(-1);
  const highB = new Int32Array(nA).fill(nB);
  // The same in A: the chain anchors' A sentences around each sentence of A.
  const lowA = new Int32Array(nA).fill(-1);
  const highA = new Int32Array(nA).fill(nA);
  let k = 0;
  for (let i = 0; i < nA; i++) {
    while (k < ordered.length && (ordered[k] as { a: number }).a < i) k++;
    lowB[i] = k > 0 ? (ordered[k - 1] as { b: number }).b : -1;
    lowA[i] = k > 0 ? (ordered[k - 1] as { a: number }).a : -1;
    const next = ordered[k] && (ordered[k] as { a: number }).a === i ? ordered[k + 1] : ordered[k];
    highB[i] = next ? next.b : nB;
    highA[i] = next ? next.a : nA;
  }
  return { lowB, highB, lowA, highA };
}

/** The candidate's B sentence falls between the anchors that frame its A sentence. */
export function framed(frame: Frame, c: Candidate): boolean {
  return c.b > (frame.lowB[c.a] as number) && c.b < (frame.highB[c.a] as number);
}

/**
 * Ordered prior: between two pairs in order, a free sentence and a free sentence of the
 * partner gap that are each other's best remaining candidate, and that the claim engine
 * finds telling of one event, say the same thing more often than not, even with no feature
 * of their own (a paraphrase: "settled on new patrolling arrangements" / "a patrolling
 * deal"). Names alone are not enough: every sentence of a story has them. Returns the
 * candidates to take, in score order (each still free when returned).
 */
export function orderedPrior(
  sorted: readonly Candidate[],
  frame: Frame,
  free: (c: Candidate) => boolean,
  nA: number,
  nB: number,
  vectors?: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
): Candidate[] {
  // Sentences with any candidate, counted from the start (prefix sums): a gap's size counts
  // only those, so an unrelated sentence added in a gap changes nothing (ADR 0015's property).
  const linkedA = new Int32Array(nA + 1);
  const linkedB = new Int32Array(nB + 1);
  {
    const hasA = new Uint8Array(nA);
    const hasB = new Uint8Array(nB);
    for (const c of sorted) {
      hasA[c.a] = 1;
      hasB[c.b] = 1;
    }
    for (let i = 0; i < nA; i++) linkedA[i + 1] = (linkedA[i] as number) + (hasA[i] as number);
    for (let j = 0; j < nB; j++) linkedB[j + 1] = (linkedB[j] as number) + (hasB[j] as number);
  }
  /** Linked sentences strictly between positions `lo` and `hi`. */
  const between = (prefix: Int32Array, lo: number, hi: number) =>
    (prefix[hi] as number) - (prefix[lo + 1] as number);
  /** The gap between the two chain pairs around the candidate is small on one side at least. */
  const narrow = (c: Candidate) =>
    Math.min(
      between(linkedA, frame.lowA[c.a] as number, frame.highA[c.a] as number),
      between(linkedB, frame.lowB[c.a] as number, frame.highB[c.a] as number),
    ) <= GAP_MAX;
  const gap = sorted.filter(
    (c) =>
      c.score < STRONG &&
      free(c) &&
      framed(frame, c) &&
      narrow(c) &&
      (!vectors || sameEvent(vectors.a[c.a], vectors.b[c.b])),
  );
  const gapBestA = new Map<number, Candidate>();
  const gapBestB = new Map<number, Candidate>();
  for (const c of gap) {
    if (!gapBestA.has(c.a)) gapBestA.set(c.a, c);
    if (!gapBestB.has(c.b)) gapBestB.set(c.b, c);
  }
  return gap.filter((c) => gapBestA.get(c.a) === c && gapBestB.get(c.b) === c);
}
