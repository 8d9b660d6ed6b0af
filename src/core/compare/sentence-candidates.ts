/**
 * Each sentence's candidates in score order, gathered in one pass over the sorted candidates
 * (ADR 0022, round 32). The re-anchoring passes (minor-rivals.ts, own-accounts.ts) look for a
 * rival among one sentence's candidates; round 31 read the texts of every anchor first (minor
 * parts, quotations) and scanned every candidate for some, and a 50 000-word comparison's
 * selection took twice the long-task limit. Here a pass first asks the index whether the anchor
 * has a rival that could take it (free, its best match the anchor's sentence), which few have,
 * and reads the texts only then.
 */
import type { Candidate } from './candidates';

/** Each sentence's candidates, best first (the order of `sorted`), and its best one's partner. */
export interface SentenceCandidates {
  readonly ofA: readonly (readonly Candidate[])[];
  readonly ofB: readonly (readonly Candidate[])[];
  /** The partner of each A sentence's best candidate (-1 for none). */
  readonly bestOfA: Int32Array;
  /** The partner of each B sentence's best candidate (-1 for none). */
  readonly bestOfB: Int32Array;
}

const NONE: readonly Candidate[] = [];

/** Each sentence's candidates in the order of `sorted` (best first): one pass over `sorted`. */
export function candidatesBySentence(
  sorted: readonly Candidate[],
  bestOfA: Int32Array,
  bestOfB: Int32Array,
): SentenceCandidates {
  const ofA = Array.from({ length: bestOfA.length }, (): Candidate[] => []);
  const ofB = Array.from({ length: bestOfB.length }, (): Candidate[] => []);
  for (const c of sorted) {
    ofA[c.a]?.push(c);
    ofB[c.b]?.push(c);
  }
  return { ofA, ofB, bestOfA, bestOfB };
}

/**
 * The candidates of one side's sentence `i` (A's when `sideA`) that could take it from its
 * anchor: below the anchor, their other sentence still free (`partner` of the other side) and
 * best matched with `i`. Best first.
 */
export function freeRivals(
  index: SentenceCandidates,
  sideA: boolean,
  i: number,
  anchor: Candidate,
  otherPartner: Int32Array,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of (sideA ? index.ofA[i] : index.ofB[i]) ?? NONE) {
    if (c === anchor || c.score >= anchor.score) continue;
    const other = sideA ? c.b : c.a;
    if (otherPartner[other] !== -1) continue;
    if ((sideA ? index.bestOfB[other] : index.bestOfA[other]) !== i) continue;
    out.push(c);
  }
  return out;
}
