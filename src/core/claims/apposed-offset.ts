/**
 * "the export controls Beijing unveiled on Oct. 9, three weeks earlier": an offset ("three weeks
 * earlier", "two days later") set in apposition right after a date, with only a comma or a dash
 * between and nothing after it in its clause, restates that date by its distance from the
 * sentence's main event (issue #7, ADR 0060). It does not count from the date before it — a
 * writer who meant "three weeks before Oct. 9" would not set the two side by side — so it is no
 * new date to check: the date it restates is checked on its own.
 */
import { type DateInterval, gapDays } from './dates';
import { apposedDate, dateRightBefore } from './restated-date';
import type { TemporalExpression } from './temporal';

/** The offset ends its clause: a stop, a comma, a semicolon, a closing dash or the text's end. */
const ENDS_CLAUSE = /^\s*(?:[.,;:!?)—–]|$)/;

/** True when anchored offset `e` stands in apposition right after a date of `expressions`. */
export function apposedOffset(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): boolean {
  if (e.kind !== 'anchored') return false;
  if (!ENDS_CLAUSE.test(text.slice(e.end, e.end + 3))) return false;
  return dateRightBefore(text, e, expressions);
}

/** How far a gap set after a date may land from that date and still restate it. */
export const RESTATED_GAP_DAYS = 1;

/**
 * "Trump and Xi are due to meet in Busan tomorrow, three days after negotiators in Kuala Lumpur
 * agreed a framework": a gap in days counted from a named event, set in apposition right after a
 * date, restates that date as its distance from the event (ADR 0071). The date is checked on its
 * own. When the event counted from lasted several days (the talks of 25–26 Oct), which of its days
 * the writer counted from, and whether the outcome's own day is counted, is a reckoning: a gap that
 * lands within a day of the date it restates is that date counted another way, not a second date
 * that can be wrong. From a one-day event ("met on Wednesday, three days after the agreement of
 * 21 Oct") the count has no such latitude, and a day off is an error.
 */
export function restatesDateBefore(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
  anchor: DateInterval,
  claimed: DateInterval,
): boolean {
  if (e.kind !== 'anchored' || e.offset?.granularity !== 'day' || anchor.end <= anchor.start) return false;
  const before = apposedDate(text, e, expressions);
  return before?.interval != null && gapDays(before.interval, claimed) <= RESTATED_GAP_DAYS;
}
