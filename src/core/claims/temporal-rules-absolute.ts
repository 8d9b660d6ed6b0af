/**
 * Rules for dates that carry their own year: "2024-10-30", "30/10/2025", "21 October 2024",
 * "Sept. 1, 2025", "15–16 June 2020", "the first week of October 2024", "May 2020",
 * "between 2020 and 2022", "in 2024". None needs the publication date.
 */
import { dayNumber, isValidDay, monthInterval, yearInterval } from './dates';
import {
  DASH,
  day,
  dayRange,
  defineRule,
  month,
  monthOf,
  num,
  plausibleYear,
  RANGE_TO,
  year,
} from './temporal-common';
import type { TemporalParams, TemporalRule } from './temporal-types';

/** Params of a day or day range: day, month, year and, for a range, day2 (and month2). */
function dayParams(d: number, m: number, y: number, d2: number, m2: number): TemporalParams {
  return {
    day: d,
    month: m,
    year: y,
    ...(Number.isNaN(d2) ? {} : { day2: d2 }),
    ...(m2 !== m && m2 > 0 ? { month2: m2 } : {}),
  };
}

const Y = '(?:19|20)\\d{2}';

/** Dates with a year, most specific first. */
export const ABSOLUTE_RULES: readonly TemporalRule[] = [
  defineRule({
    name: 'iso-date',
    pattern: /\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b/g,
    needs: { published: false },
    read(g) {
      const iv = dayRange(num(g, 'year'), num(g, 'month'), num(g, 'day'));
      const params = { year: num(g, 'year'), month: num(g, 'month'), day: num(g, 'day') };
      return iv && { kind: 'absolute', interval: iv, how: 'ISO date', params };
    },
  }),
  defineRule({
    name: 'numeric-date',
    // Day first, as most of the world writes it; not inside a longer run of numbers.
    pattern: /(?<![\d.,/-])(?<a>\d{1,2})(?<sep>[-/.])(?<b>\d{1,2})\k<sep>(?<year>\d{4})(?![\d]|[-/.,]\d)/g,
    needs: { published: false },
    read(g) {
      const [a, b, y] = [num(g, 'a'), num(g, 'b'), num(g, 'year')];
      const dayFirst = isValidDay(y, b, a);
      const monthFirst = isValidDay(y, a, b);
      if (!plausibleYear(y) || !(dayFirst || monthFirst)) return null;
      // Both readings valid and different ("05/11/2025"): read day-first, and say it is a guess.
      const ambiguous = dayFirst && monthFirst && a !== b;
      const [d, m] = dayFirst ? [a, b] : [b, a];
      return {
        kind: 'absolute',
        interval: { start: dayNumber(y, m, d), end: dayNumber(y, m, d), precision: 'day' },
        how: ambiguous
          ? 'numeric date, read day-first (month-first would also be a date)'
          : `numeric date (${dayFirst ? 'day' : 'month'} first)`,
        params: { day: d, month: m, year: y, order: dayFirst ? 'day-first' : 'month-first' },
        ambiguous,
      };
    },
  }),
  defineRule({
    name: 'day-month-year',
    pattern: new RegExp(
      `\\b${day('day')}(?:${DASH}${day('day2')})?\\s+(?:of\\s+)?${month('month')}\\.?,?\\s+${year('year')}\\b`,
      'g',
    ),
    needs: { published: false },
    read(g) {
      const [d, m, y, d2] = [num(g, 'day'), monthOf(g), num(g, 'year'), num(g, 'day2')];
      const iv = dayRange(y, m, d, d2);
      return (
        iv && {
          kind: 'absolute',
          interval: iv,
          how: 'day, month and year',
          params: dayParams(d, m, y, d2, m),
        }
      );
    },
  }),
  defineRule({
    name: 'month-day-year',
    // "Oct. 25-26, 2025", "from Oct. 25 to Nov. 2, 2025".
    pattern: new RegExp(
      `\\b${month('month')}\\.?\\s+${day('day')}(?:${DASH}${day('day2')}|${RANGE_TO}${month('month2')}\\.?\\s+${day('day3')})?,?\\s+${year('year')}\\b`,
      'g',
    ),
    needs: { published: false },
    read(g) {
      const [d, m, y] = [num(g, 'day'), monthOf(g), num(g, 'year')];
      const d2 = g.day3 ? num(g, 'day3') : num(g, 'day2');
      const m2 = g.month2 ? monthOf(g, 'month2') : m;
      // A range across the new year ends in the stated year: "Dec. 30 – Jan. 2, 2025".
      const iv = m2 < m ? dayRange(y - 1, m, d, d2, m2) : dayRange(y, m, d, d2, m2);
      return (
        iv && {
          kind: 'absolute',
          interval: iv,
          how: 'month, day and year',
          params: dayParams(d, m, y, d2, m2),
        }
      );
    },
  }),
  defineRule({
    name: 'week-of-month-year',
    pattern: new RegExp(
      `\\b(?<nth>first|second|third|fourth|last)\\s+week\\s+of\\s+${month('month')}\\.?,?\\s+${year('year')}\\b`,
      'gi',
    ),
    needs: { published: false },
    read(g) {
      const [m, y] = [monthOf(g), num(g, 'year')];
      if (!plausibleYear(y) || m === 0) return null;
      const nth = (g.nth ?? '').toLowerCase();
      const whole = monthInterval(y, m);
      const index = ['first', 'second', 'third', 'fourth'].indexOf(nth);
      // "Week" here is the month's days 1–7, 8–14, …; the last week is its last seven days.
      const start = index >= 0 ? whole.start + 7 * index : whole.end - 6;
      return {
        kind: 'absolute',
        interval: { start, end: start + 6, precision: 'range' },
        how: `the ${nth} week of the month`,
        params: { week: nth, month: m, year: y },
      };
    },
  }),
  defineRule({
    // "April-May 2020", "between April and June 2025", "from November 2024 to January": no —
    // two month names and one year after the second: one span, the first month in the year
    // before when it comes later in the calendar ("November–January 2025").
    name: 'month-range-year',
    pattern: new RegExp(
      `\\b(?:(?<lead>between|from|in)\\s+)?${month('month')}\\.?(?<sep>\\s+(?:and|to|until|till|through)\\s+|\\s*[-–—/]\\s*)${month('month2')}\\.?,?\\s+${year('year')}\\b`,
      'gi',
    ),
    needs: { published: false },
    read(g) {
      const [m, m2, y] = [monthOf(g), monthOf(g, 'month2'), num(g, 'year')];
      // "in April and June 2025" are two months (not this rule's: undefined lets the others
      // read them); only "between April and June" is one span.
      if (m === m2 || (/and/.test(g.sep ?? '') && !/^between$/i.test(g.lead ?? ''))) return undefined;
      if (!plausibleYear(y)) return null;
      const y1 = m2 < m ? y - 1 : y;
      return {
        kind: 'absolute',
        interval: { start: monthInterval(y1, m).start, end: monthInterval(y, m2).end, precision: 'range' },
        how: 'two months and a year',
        params: { month: m, month2: m2, year: y },
        bound: null,
      };
    },
  }),
  defineRule({
    name: 'month-year',
    pattern: new RegExp(
      `\\b(?:(?<part>early|mid|late|end of|beginning of)[-\\s]+)?${month('month')}\\.?,?\\s+${year('year')}\\b`,
      'g',
    ),
    needs: { published: false },
    read(g) {
      const [m, y] = [monthOf(g), num(g, 'year')];
      if (!plausibleYear(y)) return null;
      return {
        kind: 'absolute',
        interval: monthInterval(y, m),
        how: 'month and year',
        params: { month: m, year: y, ...(g.part ? { part: g.part } : {}) },
      };
    },
  }),
  defineRule({
    name: 'year-range',
    pattern: new RegExp(
      `\\b(?:between\\s+(?<from1>${Y})\\s+and|from\\s+(?<from2>${Y})\\s+(?:to|until|till|through))\\s+(?<to>${Y})\\b`,
      'gi',
    ),
    needs: { published: false },
    read(g) {
      const from = Number(g.from1 ?? g.from2);
      const to = num(g, 'to');
      if (!(to > from)) return null;
      return {
        kind: 'absolute',
        interval: { start: yearInterval(from).start, end: yearInterval(to).end, precision: 'range' },
        how: 'a range of years',
        params: { year: from, year2: to },
        bound: null,
      };
    },
  }),
  defineRule({
    name: 'year',
    pattern: new RegExp(
      // (Not a year in the possessive, "from 2024's Announcement No. 46": the noun's year, ADR 0071.)
      `\\b(?:in|since|by|until|till|from|during|through|before|after|of|early|mid|late|throughout)[-\\s]+(?<year>${Y})\\b(?!\\s*(?:-|–)\\s*\\d)(?![’']s\\b)`,
      'gi',
    ),
    needs: { published: false },
    read(g) {
      const y = num(g, 'year');
      return plausibleYear(y)
        ? { kind: 'absolute', interval: yearInterval(y), how: 'a year', params: { year: y } }
        : null;
    },
  }),
];
