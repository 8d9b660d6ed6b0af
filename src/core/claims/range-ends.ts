/**
 * "The SCO summit, held in the port city from Sunday to Monday": the two ends of one span date
 * one event. When the first end agrees with several facts, the one whose record holds the other
 * end as well is the span's (the summit of 31 Aug – 1 Sep, not the meeting of 31 Aug that fits
 * Sunday alone). Used by check-dates.ts (ADR 0042, round 21). A one-day event is dated by one end
 * only (ADR 0071).
 */
import type { DateTie } from './date-ties';
import type { DateInterval } from './dates';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/** "from Sunday to Monday", "between June 20 and July 10": the words that join a span's two ends. */
const OPENS_SPAN = /\b(?:from|between)\s+$/i;
const JOINS_SPAN = /^\s*(?:to|until|till|through|and|[-–])\s*$/i;

/** The expression that closes the span `e` opens, if `e` opens one. */
export function spanEnd(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): TemporalExpression | null {
  if (!OPENS_SPAN.test(text.slice(Math.max(0, e.start - 10), e.start))) return null;
  return expressions.find((o) => o.start > e.end && JOINS_SPAN.test(text.slice(e.end, o.start))) ?? null;
}

/** Of `ties`, those whose record also holds the span's other end, when any does; else all of them. */
export function holdingSpanEnd(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
  ties: readonly DateTie[],
  claimed: DateInterval,
): readonly DateTie[] {
  const last = spanEnd(text, e, expressions);
  if (!last?.interval) return ties;
  // A weekday that ends a span is the first such day after its start ("from Sunday to Monday").
  const week = last.rule === 'weekday' && last.interval.start < claimed.start ? 7 : 0;
  const end = { start: last.interval.start + week, end: last.interval.end + week };
  const holding = ties.filter((t) => t.cmp.agrees && t.record.start <= end.start && end.end <= t.record.end);
  return holding.length ? holding : ties;
}

/** The expression that opens the span `e` closes, if `e` closes one ("from 15 May to 15 October": 15 May for 15 October). */
export function spanStart(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): TemporalExpression | null {
  return (
    expressions.find((o) => o.end <= e.start && spanEnd(text, o, expressions)?.start === e.start) ?? null
  );
}

/**
 * "China's fertiliser export window ran from 15 May to 15 October before Beijing shut it": the two
 * ends of a span date the span (the window), and a one-day event can be only one of them. When
 * the other end agrees with the one-day record this end is tied to, the record is that end's, and
 * this end is the span's other bound, no date of the event (issue #7, ADR 0071). A record of
 * several days may hold both ends: then each is its own.
 */
export function otherEndAgrees(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
  record: DateInterval,
): boolean {
  if (record.end !== record.start) return false;
  const other = spanEnd(text, e, expressions) ?? spanStart(text, e, expressions);
  return other?.interval != null && compareDates(other.interval, record).agrees;
}
