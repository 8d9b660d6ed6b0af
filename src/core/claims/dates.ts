/**
 * Calendar arithmetic on whole days, in UTC. A date is a day number (days since
 * 1970-01-01); a claim or a fact's date is an inclusive interval of days with the precision
 * it was stated at ("October 2024" is the whole month).
 */

import type { DatePrecision, FactDate } from '../facts/schema';
import { allMatches } from '../match/all-matches';

export interface DateInterval {
  /** First day (inclusive), as a day number. */
  readonly start: number;
  /** Last day (inclusive). */
  readonly end: number;
  readonly precision: DatePrecision;
}

const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date (no 31 June, no 29 February 2025). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && year >= 1 && year <= 9999
  );
}

export function dayInterval(day: number): DateInterval {
  return { start: day, end: day, precision: 'day' };
}

export function monthInterval(year: number, month: number): DateInterval {
  return {
    start: dayNumber(year, month, 1),
    end: dayNumber(year, month, daysInMonth(year, month)),
    precision: 'month',
  };
}

export function yearInterval(year: number): DateInterval {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
}

/** Parses "2024", "2024-10" or "2024-10-21" to the interval it denotes; null if malformed. */
export function parsePartialDate(s: string): DateInterval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    return isValidDay(year, month, day) ? dayInterval(dayNumber(year, month, day)) : null;
  }
  if (m[2]) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthInterval(year, month) : null;
  }
  return yearInterval(year);
}

/**
 * Intervals of the fact base's dates, worked out once per date object: the claim engine asks
 * for the same facts' intervals in every sentence (ties, recency, undated days). An interval
 * is read-only, so one object can be shared.
 */
const factIntervals = new WeakMap<FactDate, DateInterval | null>();

/** The interval of a fact's date (a range spans start's first day to end's last day). */
export function factInterval(date: FactDate): DateInterval | null {
  let out = factIntervals.get(date);
  if (out === undefined) {
    out = intervalOf(date);
    factIntervals.set(date, out);
  }
  return out;
}

function intervalOf(date: FactDate): DateInterval | null {
  const start = parsePartialDate(date.start);
  if (!start) return null;
  if (!date.end) return { ...start, precision: date.precision };
  const end = parsePartialDate(date.end);
  return end ? { start: start.start, end: end.end, precision: 'range' } : null;
}

/** Parses an ISO timestamp or date ("2025-10-30T18:30:00+05:30") to the local calendar day it names. */
export function parsePublished(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** Adds months to a day, clamping to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: d } = ymd(day);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayNumber(y, m, Math.min(d, daysInMonth(y, m)));
}

/** Days between two intervals: 0 if they overlap. */
export function gapDays(a: DateInterval, b: DateInterval): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

/** Human form: "21 Oct 2024", "Oct 2024", "2024", "15–16 Jun 2020", "5 May – 30 Oct 2024". */
export function formatInterval(iv: DateInterval): string {
  const a = ymd(iv.start);
  const b = ymd(iv.end);
  if (iv.precision === 'year' && a.year === b.year) return String(a.year);
  if (iv.precision === 'month' && a.month === b.month && a.year === b.year)
    return `${MONTHS[a.month - 1]} ${a.year}`;
  if (iv.start === iv.end) return `${a.day} ${MONTHS[a.month - 1]} ${a.year}`;
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS[a.month - 1]} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${MONTHS[a.month - 1]} – ${b.day} ${MONTHS[b.month - 1]} ${a.year}`;
  return `${a.day} ${MONTHS[a.month - 1]} ${a.year} – ${b.day} ${MONTHS[b.month - 1]} ${b.year}`;
}

/** ISO form of a day number. */
export function isoDay(day: number): string {
  const { year, month, day: d } = ymd(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The last year (1900–2099) written in `text`, or null ("called off in 2020 … in May that year"). */
export function lastYearIn(text: string): number | null {
  let year: number | null = null;
  for (const m of allMatches(text, YEAR_WORD)) year = Number(m[0]);
  return year;
}

/** A year written as a word of its own. */
export const YEAR_WORD = /\b(?:19|20)\d{2}\b/g;
