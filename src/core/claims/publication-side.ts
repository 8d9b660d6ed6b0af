/**
 * A date and its event on different sides of the article's publication (issue #7, point 1):
 * a plan for later is not the date of an event already over, and a day already past is not the
 * date of an event still to come. Moved out of check-dates.ts (ADR 0042 round 22), unchanged.
 */
import type { DateInterval } from './dates';
import type { TemporalExpression } from './temporal';

/** A scheduled date is only checked against facts dated no earlier than this before publication. */
export const SCHEDULED_LOOKBACK_DAYS = 60;

const isScheduled = (e: TemporalExpression) => e.tense === 'future' || e.tense === 'future-in-past';

/** True when the date (`claimed`, read as `e`) and the event's record lie on different sides of publication. */
export function otherSideOfPublication(
  e: TemporalExpression,
  record: DateInterval,
  claimed: DateInterval,
  pub: number | null,
): boolean {
  if (pub === null) return false;
  // A plan for later, not this past event.
  if (isScheduled(e) && record.end < pub - SCHEDULED_LOOKBACK_DAYS) return true;
  // "were expected to exchange sweets on Thursday" (publication day or later): a plan, not
  // the date of an event that was already over when the article was written.
  if (isScheduled(e) && claimed.start >= pub && record.end < pub) return true;
  if (e.tense === 'future' && record.end < pub) return true;
  // "called on Modi on Tuesday and conveyed the invitation to the summit" (the summit still
  // ahead when the article was written): a day already past is not the date of an event to come.
  return record.start > pub && claimed.end <= pub && !isScheduled(e);
}

/**
 * A date still to come when the article was written, against an event the record puts before
 * it: whatever the tense ("In March 2026, the airlines plan more flights"), a later plan of the
 * same kind when only keywords found the event (the caller asks that), not the event's date
 * (ADR 0054 round 23).
 */
export function laterPlan(record: DateInterval, claimed: DateInterval, pub: number | null): boolean {
  return pub !== null && claimed.start > pub && record.end < pub;
}
