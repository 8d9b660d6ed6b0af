/**
 * "from Oct. 15, a week ago, …": a date counted from publication set right after an absolute
 * date ("Oct. 15", read with the year of publication), with only a comma between, restates it (issue #7). The absolute date before it then
 * does not make it "another date between the event's words and this one" (date-ties.ts,
 * `dateBetween`): both are the same event's, and a restatement that disagrees with the record
 * is as wrong as the date it restates would be.
 */
import { weekday } from './dates';
import type { TemporalExpression } from './temporal';

/** Only a comma (or a dash) between the two dates. */
const APPOSITION = /^\s*(?:,|—|–|-)\s*$/;

/** True when `e` (counted from publication) restates the date right before it (a calendar date, year-less or not). */
export function restatesDate(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): boolean {
  return e.kind === 'relative' && dateRightBefore(text, e, expressions);
}

/**
 * True when a date of `expressions` (absolute or relative, resolved) stands right before `e` with
 * only a comma or a dash between: "Oct. 15, a week ago", "on Oct. 9, three weeks earlier".
 */
export function dateRightBefore(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): boolean {
  return apposedDate(text, e, expressions) !== undefined;
}

/** The date of `expressions` right before `e` with only a comma or a dash between, if any. */
export function apposedDate(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): TemporalExpression | undefined {
  return expressions.find(
    (x) =>
      x !== e &&
      (x.kind === 'absolute' || x.kind === 'relative') &&
      x.interval !== null &&
      x.end <= e.start &&
      APPOSITION.test(text.slice(x.end, e.start)),
  );
}

/**
 * "on Monday 21 October 2024", "on Tuesday, Oct. 21": a weekday set right before a calendar day
 * names that day's weekday, not a day counted from publication (ADR 0045, round 17).
 */
export function weekdayOfDate(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): boolean {
  if (e.rule !== 'weekday') return false;
  return expressions.some(
    (x) =>
      x.start >= e.end &&
      /^[\s,]*$/.test(text.slice(e.end, x.start)) &&
      // "on Tuesday, May 5": a calendar day without its year too, when the weekday is that
      // day's (its year is read from the publication date; "on Wednesday, Oct. 30" of a
      // Thursday stays a weekday of its own, which can be wrong).
      (x.kind === 'absolute' ||
        ((x.rule === 'month-day' || x.rule === 'day-month') &&
          x.interval !== null &&
          e.interval !== null &&
          weekday(x.interval.start) === weekday(e.interval.start))) &&
      x.interval?.precision === 'day',
  );
}
