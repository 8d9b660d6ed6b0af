/**
 * Finds date and duration expressions in a sentence and resolves them against the
 * article's publication date:
 * - absolute: "21 October 2024", "Oct. 21, 2024", "30/10/2025", "May 2020", "in 2024",
 *   "15–16 June 2020", "between 2020 and 2022";
 * - relative to publication: "on Thursday", "last year", "October last year", "in June",
 *   "22–23 November", "this week", "two months ago" (unresolved, and said so, when there is no
 *   publication date); which year a year-less date falls in depends on the sentence's tense
 *   and on the paragraph's year (`context.yearHint`);
 * - anchored to an earlier date in the text: "the following month", "two days later";
 * - durations: "more than four years", "a four-year standoff", "six decades".
 * The rules are in temporal-rules*.ts, the sentence cues (tense, reporting, bound) in
 * temporal-cues.ts.
 */

import { allMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';
import {
  addMonths,
  type DateInterval,
  dayInterval,
  lastYearIn,
  monthInterval,
  yearInterval,
  ymd,
} from './dates';
import { type DatedYear, datedYears, sentenceYear } from './sentence-year';
import { boundOf, isReporting, tenseOf } from './temporal-cues';
import { rulesFor } from './temporal-rules';
import type {
  AnchorOffset,
  Candidate,
  Groups,
  NamedMonth,
  Reading,
  TemporalExpression,
} from './temporal-types';
import { monthNumber } from './words';

export type {
  AnchorOffset,
  Bound,
  Candidate,
  DurationValue,
  NamedMonth,
  TemporalExpression,
  TemporalParams,
  Tense,
  TimeUnit,
} from './temporal-types';

/** What the caller knows beyond the sentence. */
export interface TemporalContext {
  /**
   * The year of the last absolute date earlier in the same paragraph: a year-less month or
   * day takes it ("In March 2019 … in April" → April 2019) unless that contradicts the tense
   * (puts a past date after publication, or a future one before it).
   */
  readonly yearHint?: number | null;
  /** The last year written in the paragraph before this sentence. */
  readonly lastYear?: number | null;
  /** The month of the last date naming a month in the paragraph before this sentence (namedMonth). */
  readonly lastMonth?: NamedMonth | null;
  /**
   * Read the sentence's dates with every month-with-its-year lending its year, a gap's start
   * too: how sentenceYear learns the years the sentence's other dates tell on their own.
   */
  readonly gapStartsLend?: boolean;
}

/**
 * The month of the last date of `expressions` when it names one and dates a day or a month of it
 * ("October 2024", "1 November", "22–23 November"): what "on the 21st" after it takes its month
 * from. A last date naming none (a weekday, "last month"), a span across months or a bound
 * ("from November 8", "until February the following year") ends the loan (null); undefined
 * when there is no date at all. An offset counted from the date before it ("October 21 … two
 * days later") keeps the loan when the day it reaches lies in one month (ADR 0076): "by the end of
 * that month" after it is that day's month. `carried` is the loan from the sentences before.
 */
export function namedMonth(
  expressions: readonly TemporalExpression[],
  carried?: NamedMonth | null,
): NamedMonth | null | undefined {
  let got: NamedMonth | null | undefined;
  let last: DateInterval | null = carried?.interval ?? null;
  for (const e of expressions) {
    if (e.kind === 'duration') continue;
    got = null;
    if (e.kind === 'anchored') {
      // "last October, … two days later … by the end of that month": a few days on from a day of a
      // month the text does not give are most likely that month still, and "that month" says the
      // writer sees one month (ADR 0076).
      if (last && e.offset && fewDaysOnFromAMonth(last, e.offset)) {
        got = monthWith(last);
        continue;
      }
      const reached = last && e.offset ? applyOffset(last, e.offset) : null;
      last = reached && oneMonth(reached) ? reached : null;
      if (last) got = monthWith(last);
      continue;
    }
    last = null;
    if (e.interval === null || e.bound !== null) continue;
    if (e.params.month === undefined || e.params.month2 !== undefined) continue;
    if (!oneMonth(e.interval)) continue;
    last = e.interval;
    got = monthWith(e.interval);
  }
  return got;
}

/** Days an offset from a month-precise date may count and keep its month ("two days later"). */
const FEW_DAYS = 7;

/** A count of a few days from a date known only to its month. */
const fewDaysOnFromAMonth = (from: DateInterval, offset: AnchorOffset): boolean =>
  from.precision === 'month' && offset.unit === 'day' && offset.amount <= FEW_DAYS;

/** Whether an interval lies within one month. */
function oneMonth(iv: DateInterval): boolean {
  const [a, b] = [ymd(iv.start), ymd(iv.end)];
  return a.year === b.year && a.month === b.month;
}

/** The month of an interval within one month, with the interval (for an offset counted from it). */
function monthWith(iv: DateInterval): NamedMonth {
  const { year, month } = ymd(iv.start);
  return { year, month, interval: iv };
}

// How far around a date its cues are looked for: a clause, not a paragraph.
const CUE_WINDOW = 200;

/** The groups of a match that are present, as params (what an unresolved rule read). */
function presentGroups(g: Groups): Record<string, string> {
  // A loop, not Object.fromEntries over a filtered Object.entries: the same keys in the same order.
  const out: Record<string, string> = {};
  for (const k of Object.keys(g)) {
    const v = g[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The year of the last month-with-its-year in `before`, or null. */
function datedYearBefore(before: string): number | null {
  return datedYears(before).at(-1)?.year ?? null;
}

/**
 * The years of the sentence's dates read on their own: written with their year or counted from
 * publication ("today", "on Friday", "last year"), not a year-less date's borrowed year, nor a gap's start.
 */
function ownYears(
  text: string,
  span: Span,
  published: number | null,
  context: TemporalContext | undefined,
): DatedYear[] {
  const out: DatedYear[] = [];
  for (const e of findTemporal(text, span, published, { ...context, gapStartsLend: true })) {
    if (e.kind === 'duration' || e.kind === 'anchored' || !e.interval || e.bound === 'since') continue;
    if (e.params.yearFrom !== undefined) continue;
    const { year } = ymd(e.interval.start);
    if (year !== ymd(e.interval.end).year) continue;
    out.push({ year, month: 0, start: e.start - span.start, end: e.end - span.start });
  }
  return out;
}

/**
 * The year the sentence `span` lends a year-less date at `at` of it (naming `month`), or null: the
 * last month-with-its-year before it, but a gap's start ("since December 2019") lends none when the
 * sentence tells another year (sentence-year.ts, ADR 0133) — unless `gapStartsLend` (ownYears).
 */
function yearLent(
  text: string,
  span: Span,
  at: number,
  month: string | undefined,
  published: number | null,
  context: TemporalContext | undefined,
): number | null {
  const slice = text.slice(span.start, span.end);
  if (context?.gapStartsLend) return datedYearBefore(slice.slice(0, at));
  // Read once per date, however many gap starts stand before it.
  let own: DatedYear[] | undefined;
  return sentenceYear(slice, at, monthNumber(month ?? ''), () => {
    own ??= ownYears(text, span, published, context);
    return own;
  });
}

/** "No. ", "Nos. 55–", "Number ": what comes before a document's number. */
const DOCUMENT_NUMBER_BEFORE = /\b(?:No|Nos|Number)\.?\s*(?:\d+\s*[-–,]\s*)?$/i;

/** Finds the temporal expressions of `span` in `text` (longest first where they overlap). */
export function findTemporal(
  text: string,
  span: Span,
  published: number | null,
  context?: TemporalContext,
): TemporalExpression[] {
  const slice = text.slice(span.start, span.end);
  const yearHint = context?.yearHint ?? null;
  const found: Candidate[] = [];
  // A pattern that matched but does not make a date ("31 June 2024") blocks shorter
  // readings of the same words ("June 2024").
  const blocked: Span[] = [];
  for (const rule of rulesFor(slice)) {
    // allMatches collects every match before this loop reads them: the month a day takes reads
    // the text before it with the same rules (thatMonth), which must not move this loop's place.
    for (const m of allMatches(slice, rule.pattern)) {
      const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      const before = slice.slice(Math.max(0, m.index - CUE_WINDOW), m.index);
      const after = slice.slice(m.index + m[0].length, m.index + m[0].length + CUE_WINDOW);
      const tense = tenseOf(before, after, m[0]);
      // "Announcement No. 18 of April 4": a number after "No." is a document's, not a day.
      if (/^\d/.test(m[0]) && DOCUMENT_NUMBER_BEFORE.test(before)) continue;
      const groups: Groups = m.groups ?? {};
      // "Supplies picked up in August 2025 … during his Aug. 18-19 visit" in an undated article:
      // a year-less day still takes the year its sentence or paragraph gives (ADR 0042, round 17).
      const undated = rule.needs.published && published === null;
      const textYear =
        undated && rule.needs.orTextYear ? (datedYearBefore(slice.slice(0, m.index)) ?? yearHint) : null;
      const got: Reading | null | undefined =
        undated && textYear === null
          ? {
              kind: 'relative',
              interval: null,
              how: `${rule.unresolved ?? `"${m[0]}"`}; unresolved: the article has no publication date`,
              params: presentGroups(groups),
            }
          : rule.read(groups, {
              published,
              tense,
              undated,
              // "on the night of June 15-16, 2020, … a brawl … on May 5": a month or day with its
              // year earlier in the sentence lends its year, as one in an earlier sentence does.
              // (Read only by the rules that choose a year.)
              get yearHint() {
                return yearLent(text, span, m.index, groups.month, published, context) ?? yearHint;
              },
              thatYear: lastYearIn(slice.slice(0, m.index)) ?? context?.lastYear ?? null,
              // "A fact sheet followed on 1 November, and on the 17th …": the sentence's own
              // dates before the match first, then the paragraph's.
              get thatMonth() {
                const earlier = { start: span.start, end: span.start + m.index };
                const own = namedMonth(findTemporal(text, earlier, published, context), context?.lastMonth);
                return own === undefined ? (context?.lastMonth ?? null) : own;
              },
            });
      if (got) found.push({ ...got, ...at, rule: rule.name, tense });
      else if (got === null) blocked.push(at);
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const c of found) {
    const blocker = blocked.find((b) => overlaps(b, c) && b.end - b.start > c.end - c.start);
    if (!blocker && !kept.some((k) => overlaps(k, c))) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => {
    const before = text.slice(Math.max(span.start, c.start - CUE_WINDOW), c.start);
    const after = text.slice(c.end, Math.min(span.end, c.end + CUE_WINDOW));
    const lead = text.slice(c.start, c.end);
    return {
      start: c.start,
      end: c.end,
      text: lead,
      kind: c.kind,
      interval: c.interval,
      ...(c.offset ? { offset: c.offset } : {}),
      ...(c.duration ? { duration: c.duration } : {}),
      // Durations and anchored offsets are not dates a report can be dated by.
      reporting: (c.kind === 'absolute' || c.kind === 'relative') && isReporting(before, after),
      bound: c.bound !== undefined ? c.bound : c.kind === 'duration' ? null : boundOf(before, lead),
      how: c.how,
      rule: c.rule,
      params: c.params,
      tense: c.tense,
      ambiguous: c.ambiguous ?? false,
    };
  });
}

/**
 * Applies an anchored offset ("two days later") to the anchor interval it follows.
 * Forwards counts from the anchor's END and backwards from its START: "two days after the
 * 21–23 Oct meeting" is 25 Oct (after it was over), "two days before it" is 19 Oct (before it
 * began); for a one-day anchor both are the same day. When the anchor is a month or a year
 * and the offset finer ("In May 2020 … two days later"), the anchor's day is unknown, so the
 * whole interval shifts (3 May – 2 Jun) rather than claiming a day the text never gave.
 */
export function applyOffset(from: DateInterval, offset: AnchorOffset): DateInterval {
  // "six weeks into a standoff" counts from its first day (a day-precise start; a month or year stays).
  const anchor: DateInterval =
    offset.fromStart && from.precision === 'range'
      ? { start: from.start, end: from.start, precision: 'day' }
      : from;
  const base = offset.direction > 0 ? anchor.end : anchor.start;
  const n = offset.amount * offset.direction;
  const coarse = anchor.precision === 'month' || anchor.precision === 'year';
  // A span of days counted from in days ("11 days after Jaishankar landed", of a three-day
  // visit) may be counted from any of its days: the offset moves the whole span.
  const span = coarse || (anchor.precision === 'range' && anchor.end > anchor.start);
  switch (offset.unit) {
    case 'day':
      return span
        ? { start: anchor.start + n, end: anchor.end + n, precision: 'range' }
        : dayInterval(base + n);
    case 'week':
      return coarse
        ? { start: anchor.start + 7 * n, end: anchor.end + 7 * n, precision: 'range' }
        : { start: base + 7 * n - 3, end: base + 7 * n + 3, precision: 'range' };
    case 'month': {
      const d = ymd(addMonths(base, n));
      if (offset.granularity === 'month' && offset.amount <= 1) return monthInterval(d.year, d.month);
      if (coarse)
        return { start: addMonths(anchor.start, n), end: addMonths(anchor.end, n), precision: 'range' };
      return { start: addMonths(base, n) - 15, end: addMonths(base, n) + 15, precision: 'range' };
    }
    default:
      // "four and a half years before": a fraction of a year is counted in months, give or
      // take a month and a half (a quarter of the half year it names).
      if (!Number.isInteger(n)) {
        const at = addMonths(base, Math.round(n * 12));
        return { start: at - 45, end: at + 45, precision: 'range' };
      }
      return yearInterval(ymd(base).year + n);
  }
}
