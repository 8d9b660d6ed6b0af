/**
 * Each sentence's candidates in score order, gathered in one pass over the sorted candidates
 * (ADR 0022, round 32). The re-anchoring passes (passing.ts, minor-rivals.ts, own-accounts.ts)
 * look for a rival among one anchor's sentences' candidates; round 31 read the texts of every
 * anchor first (minor parts, quotations) and scanned every candidate for some, and
 * passing.ts scanned the strong candidates from the top for each anchor: a 50 000-word
 * comparison's selection step took 60 ms with round 31, 30 ms without. Here a pass asks the
 * index for the candidates that share a sentence with the anchor, and (minor-rivals.ts,
 * own-accounts.ts) whether any could take it (free, best matched with the anchor's sentence),
 * which few can, and reads the texts only then.
 */
import type { Candidate } from './candidates';

/** Each sentence's candidates as positions in the sorted list (best first), and its best one's partner. */
export interface SentenceCandidates {
  readonly sorted: readonly Candidate[];
  readonly ofA: readonly (readonly number[])[];
  readonly ofB: readonly (readonly number[])[];
  /** The partner of each A sentence's best candidate (-1 for none). */
  readonly bestOfA: Int32Array;
  /** The partner of each B sentence's best candidate (-1 for none). */
  readonly bestOfB: Int32Array;
}

const NONE: readonly number[] = [];

/** Each sentence's candidates in the order of `sorted` (best first): one pass over `sorted`. */
export function candidatesBySentence(
  sorted: readonly Candidate[],
  bestOfA: Int32Array,
  bestOfB: Int32Array,
): SentenceCandidates {
  const ofA = Array.from({ length: bestOfA.length }, (): number[] => []);
  const ofB = Array.from({ length: bestOfB.length }, (): number[] => []);
  for (let p = 0; p < sorted.length; p++) {
    const c = sorted[p] as Candidate;
    ofA[c.a]?.push(p);
    ofB[c.b]?.push(p);
  }
  return { sorted, ofA, ofB, bestOfA, bestOfB };
}

/**
 * The candidates that share a sentence with `anchor` (the anchor itself among them), in the order
 * of `sorted`: what a scan of `sorted` for candidates sharing a sentence with the anchor meets,
 * in the same order, without reading the others.
 */
export function* sharingSentence(index: SentenceCandidates, anchor: Candidate): Generator<Candidate> {
  const la = index.ofA[anchor.a] ?? NONE;
  const lb = index.ofB[anchor.b] ?? NONE;
  for (let i = 0, j = 0; i < la.length || j < lb.length; ) {
    const pa = i < la.length ? (la[i] as number) : Number.POSITIVE_INFINITY;
    const pb = j < lb.length ? (lb[j] as number) : Number.POSITIVE_INFINITY;
    // The anchor is in both lists: met once.
    if (pa <= pb) i++;
    if (pb <= pa) j++;
    yield index.sorted[Math.min(pa, pb)] as Candidate;
  }
}

/**
 * The candidates of one side's sentence `i` (A's when `sideA`) that could take it from its
 * anchor: below the anchor, their other sentence still free (`otherPartner`: the other side's
 * partners) and best matched with `i`. Best first.
 */
export function freeRivals(
  index: SentenceCandidates,
  sideA: boolean,
  i: number,
  anchor: Candidate,
  otherPartner: Int32Array,
): Candidate[] {
  const out: Candidate[] = [];
  for (const p of (sideA ? index.ofA[i] : index.ofB[i]) ?? NONE) {
    const c = index.sorted[p] as Candidate;
    if (c === anchor || c.score >= anchor.score) continue;
    const other = sideA ? c.b : c.a;
    if (otherPartner[other] !== -1) continue;
    if ((sideA ? index.bestOfB[other] : index.bestOfA[other]) !== i) continue;
    out.push(c);
  }
  return out;
}
