/**
 * "China's reported easing of urea exports this month comes …", written in August, when the
 * record the words find first is June's easing, which a later easing (August's) superseded: a
 * step of a story told relative to publication is most likely the story's latest step, not an
 * earlier one dated wrongly. When a date counted from publication disagrees with the fact it was
 * tied to and agrees with that fact's successor or predecessor (a `superseded-by` relation either
 * way), which of the two steps the sentence means is open: `context`, never `differs` (ADR 0113).
 * An absolute date ("in August") that disagrees stays a claim against the fact it was tied to.
 */
import type { Fact } from '../facts/schema';
import { type DateInterval, factInterval } from './dates';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/**
 * Periods counted from publication ("this month", "last week", "two months ago"): how a report
 * frames the latest development. Not a day ("on Wednesday", "yesterday"): a writer naming the
 * day of a step whose own words the sentence uses ("eased … on Wednesday, though not for India")
 * makes a claim about that step.
 */
const FROM_PUBLICATION = new Set(['relative-period', 'ago', 'ago-this-month']);

/** The title of the superseding or superseded neighbour of `fact` whose record `claimed` agrees with, or null. */
export function neighbourStepAgrees(
  e: TemporalExpression,
  fact: Fact,
  claimed: DateInterval,
  factById: (id: string) => Fact | undefined,
): string | null {
  if (!FROM_PUBLICATION.has(e.rule)) return null;
  for (const r of fact.relations ?? []) {
    const other = factById(r.target);
    if (!other) continue;
    // (A predecessor is found through the fact's own relations to it: the successor points back.)
    const step =
      r.type === 'superseded-by' ||
      (other.relations ?? []).some((o) => o.type === 'superseded-by' && o.target === fact.id);
    const record = other.date ? factInterval(other.date) : null;
    if (step && record && compareDates(claimed, record).agrees) return other.title;
  }
  return null;
}
