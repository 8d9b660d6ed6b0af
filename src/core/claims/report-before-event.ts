/**
 * A report dated before the event it tells of as done (issue #7): "China will hold off …, its
 * commerce ministry said on Tuesday, after President Donald Trump and President Xi Jinping met
 * at an air base" cannot be true of a Thursday meeting. The "after" phrase with a past verb
 * places the event before the report; a report day (a weekday, "yesterday") earlier than the
 * first day of that event's record contradicts the record. Only a firmly named event (its name
 * or cue, or strong evidence) inside that phrase, the only one there, decides; anything else
 * keeps to the engine's usual caution. Used by check-dates.ts where no fact owns the date.
 */

import type { Checker } from './check-common';
import { firm } from './check-common';
import { certainDateClaim } from './date-claim';
import type { DateCheck } from './date-fallbacks';
import type { DateTie } from './date-ties';
import type { DateInterval } from './dates';
import type { Reason } from './reasons';
import type { TemporalExpression } from './temporal';

/** Rules whose day is counted from publication and is a single day. */
const DAY_RULES = new Set(['weekday', 'day-word']);

/**
 * "after" (or "following") and the phrase it heads, up to the end of the sentence or a clause
 * break, with a verb that says the event was over: "after X and Y met", "after what he called an
 * amazing meeting", "after talks … that he called 'amazing'".
 */
const AFTER_PAST =
  /\b(?:after|following)\b(?<phrase>[^.;:!?]*?\b(?:met|held|called|concluded|ended|wrapped\s+up|took\s+place|agreed|reached|signed|spoke|talked|sat\s+down)\b)/i;

/** Words that put the event after the report after all ("after talks expected on Thursday"). */
const STILL_TO_COME =
  /\b(?:will|would|shall|expected|due|scheduled|planned|slated|set\s+to|upcoming|next)\b/i;

/** The claim that the report's day is wrong for the event it follows, or null when that is not certain. */
export function reportBeforeEvent(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
  ties: readonly DateTie[],
): DateCheck | null {
  const pub = c.input.published;
  if (!e.reporting || !DAY_RULES.has(e.rule) || claimed.precision !== 'day' || pub === null) return null;
  const rest = c.input.text.slice(e.end, c.sentence.end);
  const after = AFTER_PAST.exec(rest);
  if (!after || STILL_TO_COME.test(after[0])) return null;
  const from = e.end + after.index;
  // The phrase goes on to the clause's end ("after what he called an amazing meeting with Xi").
  const tail = /[,;:.!?]/.exec(rest.slice(after.index + after[0].length));
  const to = tail ? from + after[0].length + tail.index : c.sentence.end;
  const inside = ties.filter(
    (t) =>
      firm(t) &&
      !t.mention.derived &&
      !t.mention.loose &&
      !t.mention.inherited &&
      t.mention.fact.kind === 'event' &&
      t.mention.positions.some((p) => p >= from && p < to),
  );
  const facts = new Set(inside.map((t) => t.mention.fact.id));
  const t = inside[0];
  if (facts.size !== 1 || !t) return null;
  // The report came after the event: only a day before the event's first day contradicts it,
  // and only for an event over by publication.
  if (!(claimed.end < t.record.start) || t.record.start > pub) return null;
  const cmp = { agrees: false, reason: t.cmp.reason };
  return {
    claim: certainDateClaim(c, e, claimed, read, t.mention.fact, t.mention.via, t.record, cmp),
    anchor: t.record,
  };
}
