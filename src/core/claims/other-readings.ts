/**
 * The other readings of a date the news convention read one way (ADR 0011's latest-before-
 * publication rule, ADR 0042): a year-less date or weekday read as upcoming, in the
 * publication's year, in the year of the record it was tied to, and "this month"/"last year"
 * filed in a period's first days. Each returns the other interval or null; `checkNonAnchored`
 * (expressions.ts) checks the expression in each and keeps the one that agrees.
 */
import type { Checker } from './check-common';
import type { DateCheck } from './check-dates';
import { agreesWithRecord } from './claim';
import { addMonths, type DateInterval, dayNumber, factInterval, ymd } from './dates';
import type { TemporalExpression } from './temporal';
import { UPCOMING_DAYS } from './temporal-common';

/** A year-less date is read as upcoming only this close after publication ("from Nov. 9"). */
export { UPCOMING_DAYS };

/** Rules that read a year-less date or a weekday, which news may also use for the days ahead. */
const YEARLESS = new Set(['weekday', 'day-month', 'month-day', 'across-month-end', 'month']);

/**
 * The other reading of a year-less date or weekday stated without tense: the next such
 * day after publication ("when they meet in South Korea on Thursday"). Null otherwise.
 */
export function forwardReading(e: TemporalExpression, published: number | null): DateInterval | null {
  if (published === null || (e.tense !== null && e.tense !== 'past') || !e.interval || !YEARLESS.has(e.rule))
    return null;
  if (e.params.yearFrom === 'context') return null;
  const { start, end, precision } = e.interval;
  // A day read as the coming one (ADR 0147): the other reading is the one a year back.
  if (e.params.yearFrom === 'upcoming')
    return { start: addMonths(start, -12), end: addMonths(end, -12), precision };
  const next =
    e.rule === 'weekday'
      ? { start: start + 7, end: end + 7, precision }
      : { start: addMonths(start, 12), end: addMonths(end, 12), precision };
  return next.start > published && next.start - published <= UPCOMING_DAYS ? next : null;
}

/**
 * The other reading of a year-less date whose year came from an earlier date of the
 * paragraph ("curbs dating to April 2025 and October 2022. … imposed on April 4"): the
 * latest such day on or before publication.
 */
export function publicationYearReading(e: TemporalExpression, published: number | null): DateInterval | null {
  if (published === null || !e.interval || e.params.yearFrom !== 'context' || !YEARLESS.has(e.rule))
    return null;
  const { start, end, precision } = e.interval;
  let shift = (ymd(published).year - ymd(start).year) * 12;
  if (addMonths(start, shift) > published) shift -= 12;
  if (shift === 0) return null;
  return { start: addMonths(start, shift), end: addMonths(end, shift), precision };
}

/**
 * The other reading of a day or days written without a year, in a sentence about the past,
 * whose year only the news convention chose (the latest on or before publication): the same
 * days in the year of the record they were tied to. "Six years ago tonight … In the fighting on
 * the night of June 15-16": the article gave the days, not the year; the days agree with the
 * clash's record, so the claim is the clash's 2020, never a contradiction made of our guess.
 * Only day-precise dates, and only a year before publication's.
 */
export function recordYearReading(c: Checker, e: TemporalExpression, got: DateCheck): DateInterval | null {
  const claim = got.claim;
  if (!claim || agreesWithRecord(claim) || !e.interval || e.tense === 'future') return null;
  // Undated, the paragraph's year is as much a guess (ADR 0042, round 17): in any year.
  const undated = c.input.published === null && e.params.yearFrom === 'context';
  if ((e.params.yearFrom !== 'latest' && !undated) || (e.rule !== 'day-month' && e.rule !== 'month-day'))
    return null;
  if (e.interval.precision !== 'day' && e.interval.precision !== 'range') return null;
  const fact = c.mentions.find((m) => m.fact.id === claim.factId)?.fact;
  const record = fact?.date ? factInterval(fact.date) : null;
  if (!record) return null;
  const shift = (ymd(record.start).year - ymd(e.interval.start).year) * 12;
  if (shift === 0 || (shift > 0 && !undated)) return null;
  return {
    start: addMonths(e.interval.start, shift),
    end: addMonths(e.interval.end, shift),
    precision: e.interval.precision,
  };
}

/** Days into a month or year within which "this month"/"last year" may still be the writer's previous one. */
export const PERIOD_EDGE_DAYS = 3;

/**
 * The other reading of "this month", "last month", "this year", "last year" in an article
 * published in a period's first days: written (or datelined) before midnight of the period
 * before, it meant the period before ("earlier this month" filed on 31 August, dated
 * 1 September). Null otherwise.
 */
export function edgeReading(e: TemporalExpression, published: number | null): DateInterval | null {
  if (published === null || e.rule !== 'relative-period' || !e.interval) return null;
  const rel = String(e.params.rel ?? '');
  const unit = String(e.params.unit ?? '');
  if ((rel !== 'this' && rel !== 'last') || (unit !== 'month' && unit !== 'year')) return null;
  const { year, day } = ymd(published);
  const into = unit === 'month' ? day - 1 : published - dayNumber(year, 1, 1);
  if (into >= PERIOD_EDGE_DAYS) return null;
  const { start, end } = e.interval;
  return unit === 'month'
    ? { start: addMonths(start, -1), end: start - 1, precision: e.interval.precision }
    : { start: addMonths(start, -12), end: addMonths(end + 1, -12) - 1, precision: e.interval.precision };
}
