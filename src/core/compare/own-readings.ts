/**
 * Across-readings the article's own reading contradicts (ADR 0112). A value read across a pair
 * (across.ts: the other side's words put in this side's sentence, or this side's in the
 * other's) is tied to the fact the other side's sentence tells. When the claim engine, reading
 * the article's own sentence, already tied those very words to another fact, and they give
 * exactly that fact's recorded value (not a day within its span: "September 1" of a summit held
 * "August 31 and September 1" may be a meeting's day there), the words are that fact's value: the two sentences give the dates of two
 * happenings in the same slot ("put off … the controls due to take effect on November 8" /
 * "suspend … the controls it had announced on October 9"), not two dates of one. Such a
 * reading is no side of a conflict.
 */
import type { SideClaim } from './facts';

const agrees = (c: SideClaim) => c.verdict === 'consistent' || c.verdict === 'outdated';

/**
 * The claims of `across` (one article's values read across its pairs) whose words no claim of
 * `own` (the same article's own reading) ties to another fact, giving exactly its recorded value.
 */
export function notOwnedElsewhere(across: readonly SideClaim[], own: readonly SideClaim[]): SideClaim[] {
  if (!across.length) return [];
  return across.filter(
    (x) =>
      !own.some(
        (o) =>
          o.sentence === x.sentence &&
          o.factId !== x.factId &&
          o.start < x.end &&
          x.start < o.end &&
          o.resolved !== null &&
          o.resolved === o.record &&
          !o.reporting &&
          agrees(o),
      ),
  );
}
