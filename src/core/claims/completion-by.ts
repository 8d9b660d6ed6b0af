/**
 * "Disengagement at both sites was completed by Oct. 30", "By October 30, troops had pulled back
 * from Depsang and Demchok": a "by" before a date after a word of completion, or opening a clause
 * whose verb is perfect, gives the latest day on which the act was done (issue #7, ADR 0042
 * round 22). The event itself owns that day, not only a deadline (date-owners.ts `ownsDate`); and
 * since the words say "no later than", a record on or before the day is what they say: only a
 * record after it disagrees (check-dates.ts).
 */
import type { DateInterval } from './dates';
import type { TemporalExpression } from './temporal';

/** A word of completion right before "by" ("was completed by", "had been wound up by"). */
const DONE_BEFORE =
  /\b(?:complete|completed|finished|concluded|over|done|wound\s+up|wrapped\s+up)\s+(?:(?:the|its|their|all|entirely|fully)\s+)?by\s+(?:the\s+)?$/i;

/** "By" opening its sentence or clause ("…; by October 25, troops had …"). */
const OPENING_BY = /(?:^|[.;:!?]\s+|\n\s*)by\s+(?:the\s+)?$/i;

/** A perfect verb in the clause after a fronted "by DATE," ("troops had pulled back", "the two sides had completed"). */
const PERFECT_AFTER =
  /^\s*,\s*(?:[\p{L}\p{N}'’-]+\s+){1,6}?(?:had|has|have)\s+(?:(?:already|all|largely|fully|been)\s+)*[a-z]+(?:ed|en|wn|ne)\b/iu;

/** True when a "by" date gives the latest day an act was completed. */
export function completedBy(text: string, e: TemporalExpression): boolean {
  if (e.bound !== 'by') return false;
  // The date's text may lead with the bound word ("by the end of October").
  const lead = /^by\s+(?:the\s+)?/i.exec(e.text)?.[0] ?? '';
  const before = `${text.slice(Math.max(0, e.start - 60), e.start)}${lead}`;
  if (DONE_BEFORE.test(before)) return true;
  return OPENING_BY.test(before) && PERFECT_AFTER.test(text.slice(e.end, e.end + 90));
}

/** True when a "by" date of completion is on or after the record's day: done in time, as said. */
export const doneInTime = (
  text: string,
  e: TemporalExpression,
  record: DateInterval,
  claimed: DateInterval,
) => record.start <= claimed.end && completedBy(text, e);
