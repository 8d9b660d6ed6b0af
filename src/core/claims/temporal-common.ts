/**
 * What the temporal rule families share: regex fragments, the rule constructor, and the
 * choice of year for a date written without one (by tense, or from the paragraph's year).
 */
import { type DateInterval, dayInterval, dayNumber, isValidDay, monthInterval, weekday, ymd } from './dates';
import type { Groups, Reading, RuleContext, TemporalRule, Tense } from './temporal-types';
import { MONTH_NAMES, monthNumber } from './words';

/** A month name in a named group: `month('month')` → `(?<month>Jan(?:uary)?|…)`. */
export const month = (name: string) => `(?<${name}>${MONTH_NAMES})`;
/** A day of the month in a named group, with an optional ordinal suffix outside it. */
export const day = (name: string) => `(?<${name}>\\d{1,2})(?:st|nd|rd|th)?`;
/** Joins the two ends of a range within one month ("22–23", "22 to 23", "22 and 23"). */
export const DASH = '\\s*(?:-|–|—|to|and)\\s*';
/**
 * Joins the two ends of a range across months; not "and" ("Oct. 25 and Nov. 2" are two dates),
 * nor "until" ("measures announced on Oct. 9 until Nov. 10, 2026" are a date and an end,
 * each checked on its own).
 */
export const RANGE_TO = '\\s*(?:-|–|—|to|through)\\s*';
/** A four-digit year in a named group. */
export const year = (name: string) => `(?<${name}>\\d{4})`;

/**
 * Alternatives that match lower case or with a capital first letter ("in", "In"), for
 * patterns that must stay case-sensitive because of the month "May".
 */
export const capitalisable = (words: readonly string[]) =>
  words.map((w) => `[${w[0]}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`).join('|');

/** Years a news article can plausibly mean; others are figures, not years. */
export const plausibleYear = (y: number) => y >= 1900 && y <= 2100;

/** The number of a month name in the groups (0 when absent). */
export const monthOf = (g: Groups, name = 'month') => monthNumber(g[name] ?? '');

/** A group as a number (NaN when absent). */
export const num = (g: Groups, name: string) => Number(g[name] ?? Number.NaN);

/**
 * Declares a rule. `read` of a rule that needs a publication date gets a non-null one:
 * findTemporal never calls it without (it yields an unresolved expression instead), so the
 * cast only restates that contract for the type checker.
 */
export function defineRule<Dated extends boolean>(r: {
  name: string;
  pattern: RegExp;
  needs: { published: Dated; orTextYear?: boolean };
  unresolved?: string;
  read(groups: Groups, ctx: RuleContext<Dated>): Reading | null | undefined;
}): TemporalRule {
  return r as unknown as TemporalRule;
}

/**
 * The days d1..d2 of a month (d2 absent: one day); a range may end in a later month
 * (`month2`), and in the next year when that month comes earlier ("Dec 30 – Jan 2").
 * Null for impossible dates and for ranges that do not run forwards.
 */
export function dayRange(y: number, m: number, d1: number, d2?: number, m2: number = m): DateInterval | null {
  if (!plausibleYear(y) || !isValidDay(y, m, d1)) return null;
  if (d2 === undefined || Number.isNaN(d2)) return dayInterval(dayNumber(y, m, d1));
  const y2 = m2 < m ? y + 1 : y;
  if (!isValidDay(y2, m2, d2)) return null;
  const start = dayNumber(y, m, d1);
  const end = dayNumber(y2, m2, d2);
  return end > start ? { start, end, precision: 'range' } : null;
}

/** How a year-less date got its year, in params and in words. */
export type YearBasis = 'context' | 'latest' | 'earliest' | 'nearest' | 'upcoming';

export const BASIS_WORDS: Record<YearBasis, string> = {
  context: 'the year of the date earlier in the paragraph',
  latest: 'latest on or before publication',
  earliest: 'earliest on or after publication (future tense)',
  nearest: 'nearest to publication (future in the past)',
  upcoming: 'the coming one, within three months of publication (no tense)',
};

/** A day without a year and without tense is read as the coming one only this close after publication. */
export const UPCOMING_DAYS = 92;

/** Cost of an occurrence for "future in the past": earlier ones count four times their distance. */
export function nearCost(iv: DateInterval, published: number): number {
  if (iv.start > published) return iv.start - published;
  if (iv.end < published) return 4 * (published - iv.end);
  return 0;
}

/**
 * The year of a date written without one. A year hint (the paragraph's last year) wins when
 * it agrees with the tense: not after publication for past/no tense/future-in-past, not
 * before it for the future. Otherwise by tense: past/null → the latest occurrence starting on
 * or before publication (news convention); future → the earliest ending on or after it;
 * future-in-past → of the previous, this and next year's, the nearest (see nearCost).
 */
export function chooseYear(
  build: (y: number) => DateInterval | null,
  ctx: RuleContext<true>,
  /** A day or days (readDays): untensed, one a few weeks ahead is the coming one (ADR 0147). */
  days = false,
): { interval: DateInterval; year: number; basis: YearBasis } | null {
  const { published: pub, tense, yearHint } = ctx;
  if (yearHint !== null) {
    const iv = build(yearHint);
    // Undated: no publication to check the text's year against (ADR 0042, round 17).
    if (iv && (ctx.undated || (tense === 'future' ? iv.end >= pub : iv.start <= pub)))
      return { interval: iv, year: yearHint, basis: 'context' };
  }
  if (ctx.undated) return null;
  const y0 = ymd(pub).year;
  // Five years either way finds a 29 February.
  const years = (from: number, to: number, step: number) =>
    Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => from + i * step);
  if (tense === 'future') {
    for (const y of years(y0 - 1, y0 + 4, 1)) {
      const iv = build(y);
      if (iv && iv.end >= pub) return { interval: iv, year: y, basis: 'earliest' };
    }
    return null;
  }
  if (tense === 'future-in-past') {
    let best: { interval: DateInterval; year: number; basis: YearBasis } | null = null;
    for (const y of [y0 - 1, y0, y0 + 1]) {
      const iv = build(y);
      if (iv && (!best || nearCost(iv, pub) < nearCost(best.interval, pub)))
        best = { interval: iv, year: y, basis: 'nearest' };
    }
    // No such day in the years around publication (29 February): no reading, rather than a
    // far one.
    return best;
  }
  // "effective Nov. 8", "from 1 December" in a report of 10 October, with no tense: news writes
  // the year of a date in the publication's year only when it is another year, so a day a few
  // weeks ahead is the coming one, not the one eleven months back (ADR 0147). Days only, and
  // only untensed: a past verb ("met on Nov. 8") still reads last year's. The other year stays
  // the other reading (other-readings.ts forwardReading), so which is meant is checked both ways.
  if (tense === null && days) {
    // (Of this year or, said in December, of the next: "from Jan. 5".)
    for (const y of [y0, y0 + 1]) {
      const iv = build(y);
      if (iv && iv.precision !== 'month' && iv.start > pub && iv.start - pub <= UPCOMING_DAYS)
        return { interval: iv, year: y, basis: 'upcoming' };
    }
  }
  for (const y of years(y0, y0 - 4, -1)) {
    const iv = build(y);
    if (iv && iv.start <= pub) return { interval: iv, year: y, basis: 'latest' };
  }
  return null;
}

/** A month without a year, by chooseYear. */
export const chooseMonthYear = (m: number, ctx: RuleContext<true>) =>
  chooseYear((y) => monthInterval(y, m), ctx);

/**
 * The day a weekday names. "last"/"this past" → strictly before publication; "next" →
 * strictly after; otherwise by tense as for year-less dates (past → on or before, future →
 * on or after, future-in-past → the nearer of the two, earlier ones counting four times).
 */
export function chooseWeekday(
  target: number,
  rel: string,
  published: number,
  tense: Tense,
): { day: number; which: 'latest' | 'first' | 'nearest'; relation: string } {
  const back = (weekday(published) - target + 7) % 7;
  const ahead = (target - weekday(published) + 7) % 7;
  if (rel === 'last' || rel === 'this past')
    return { day: published - (back || 7), which: 'latest', relation: 'before' };
  if (rel === 'next') return { day: published + (ahead || 7), which: 'first', relation: 'after' };
  if (tense === 'future') return { day: published + ahead, which: 'first', relation: 'on or after' };
  if (tense === 'future-in-past') {
    const day = 4 * back <= ahead ? published - back : published + ahead;
    return { day, which: 'nearest', relation: 'to' };
  }
  return { day: published - back, which: 'latest', relation: 'on or before' };
}
