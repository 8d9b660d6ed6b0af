/**
 * The temporal patterns and how each match is read (see temporal.ts for the contract).
 * News convention: an unqualified weekday or month is the latest one on or before
 * publication; a relative date without a publication date stays unresolved, and says why.
 */
import {
  addMonths,
  type DateInterval,
  dayInterval,
  dayNumber,
  isValidDay,
  monthInterval,
  weekday,
  yearInterval,
  ymd,
} from './dates';
import type { AnchorOffset, DurationValue, TemporalExpression, TimeUnit } from './temporal';
import {
  comparatorOf,
  MONTH_PATTERN,
  monthNumber,
  NUMBER_PATTERN,
  parseNumberWord,
  QUALIFIER_PATTERN,
} from './words';

export interface Candidate {
  start: number;
  end: number;
  kind: TemporalExpression['kind'];
  interval: DateInterval | null;
  offset?: AnchorOffset;
  duration?: DurationValue;
  how: string;
}

type Rule = (m: RegExpExecArray, published: number | null) => Omit<Candidate, 'start' | 'end'> | null;

const M = MONTH_PATTERN;
const N = NUMBER_PATTERN;
const ORD = '(?:st|nd|rd|th)?';
const DASH = '\\s*(?:-|–|—|to|and)\\s*';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const UNIT = '(day|week|month|year|decade)s?';

const plausibleYear = (y: number) => y >= 1900 && y <= 2100;

function dayRange(year: number, month: number, d1: number, d2: number | undefined): DateInterval | null {
  if (!plausibleYear(year) || !isValidDay(year, month, d1)) return null;
  if (d2 === undefined) return dayInterval(dayNumber(year, month, d1));
  if (!isValidDay(year, month, d2) || d2 <= d1) return null;
  return { start: dayNumber(year, month, d1), end: dayNumber(year, month, d2), precision: 'range' };
}

/** The latest occurrence of month/day on or before `published` (news convention). */
function latestMonthDay(month: number, day: number, published: number): DateInterval | null {
  const { year } = ymd(published);
  for (const y of [year, year - 1]) {
    if (isValidDay(y, month, day) && dayNumber(y, month, day) <= published)
      return dayInterval(dayNumber(y, month, day));
  }
  return null;
}

function latestMonth(month: number, published: number): DateInterval {
  const { year, month: pm } = ymd(published);
  return monthInterval(month <= pm ? year : year - 1, month);
}

function unitOf(s: string): TimeUnit {
  return s.toLowerCase().replace(/s$/, '') as TimeUnit;
}

const needsDate = (published: number | null, how: string): Omit<Candidate, 'start' | 'end'> | null =>
  published === null
    ? { kind: 'relative', interval: null, how: `${how}; unresolved: the article has no publication date` }
    : null;

/** The patterns, most specific first; each reads a match into a candidate (or null: not a date). */
export const RULES: [RegExp, Rule][] = [
  [
    /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    (m) => {
      const iv = dayRange(Number(m[1]), Number(m[2]), Number(m[3]), undefined);
      return iv && { kind: 'absolute', interval: iv, how: 'ISO date' };
    },
  ],
  [
    new RegExp(
      `\\b(\\d{1,2})${ORD}(?:${DASH}(\\d{1,2})${ORD})?\\s+(?:of\\s+)?${M}\\.?,?\\s+(\\d{4})\\b`,
      'g',
    ),
    (m) => {
      const iv = dayRange(
        Number(m[4]),
        monthNumber(m[3] as string),
        Number(m[1]),
        m[2] ? Number(m[2]) : undefined,
      );
      return iv && { kind: 'absolute', interval: iv, how: 'day, month and year' };
    },
  ],
  [
    new RegExp(`\\b${M}\\.?\\s+(\\d{1,2})${ORD}(?:${DASH}(\\d{1,2})${ORD})?,?\\s+(\\d{4})\\b`, 'g'),
    (m) => {
      const iv = dayRange(
        Number(m[4]),
        monthNumber(m[1] as string),
        Number(m[2]),
        m[3] ? Number(m[3]) : undefined,
      );
      return iv && { kind: 'absolute', interval: iv, how: 'month, day and year' };
    },
  ],
  [
    new RegExp(`\\b(?:(?:early|mid|late|end of|beginning of)[-\\s]+)?${M}\\.?,?\\s+(\\d{4})\\b`, 'g'),
    (m) => {
      const y = Number(m[2]);
      return plausibleYear(y)
        ? { kind: 'absolute', interval: monthInterval(y, monthNumber(m[1] as string)), how: 'month and year' }
        : null;
    },
  ],
  [
    new RegExp(`\\b${M}\\s+(last|this|next)\\s+year\\b`, 'g'),
    (m, pub) => {
      const pending = needsDate(pub, `"${m[0]}"`);
      if (pending || pub === null) return pending;
      const shift = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      const iv = monthInterval(ymd(pub).year + shift, monthNumber(m[1] as string));
      return {
        kind: 'relative',
        interval: iv,
        how: `month of the year ${m[2] === 'this' ? 'of' : m[2] === 'last' ? 'before' : 'after'} publication`,
      };
    },
  ],
  [
    new RegExp(`\\b(\\d{1,2})${ORD}(?:${DASH}(\\d{1,2})${ORD})?\\s+(?:of\\s+)?${M}\\b`, 'g'),
    (m, pub) => {
      const pending = needsDate(pub, 'day and month without a year');
      if (pending || pub === null) return pending;
      const month = monthNumber(m[3] as string);
      const iv = latestMonthDay(month, Number(m[1]), pub);
      return iv && { kind: 'relative', interval: iv, how: 'day and month, latest on or before publication' };
    },
  ],
  [
    new RegExp(`\\b${M}\\.?\\s+(\\d{1,2})${ORD}\\b(?![,.]?\\d)`, 'g'),
    (m, pub) => {
      if (m[1] === 'May' && Number(m[2]) > 31) return null;
      const pending = needsDate(pub, 'month and day without a year');
      if (pending || pub === null) return pending;
      const iv = latestMonthDay(monthNumber(m[1] as string), Number(m[2]), pub);
      return iv && { kind: 'relative', interval: iv, how: 'month and day, latest on or before publication' };
    },
  ],
  [
    new RegExp(`\\b(?:last|this past)\\s+${M}\\b`, 'g'),
    (m, pub) => {
      const pending = needsDate(pub, `"${m[0]}"`);
      if (pending || pub === null) return pending;
      const month = monthNumber(m[1] as string);
      const { year, month: pm } = ymd(pub);
      return {
        kind: 'relative',
        interval: monthInterval(month < pm ? year : year - 1, month),
        how: 'the latest such month before publication',
      };
    },
  ],
  [
    new RegExp(
      `\\b(?:in|since|by|until|till|from|during|through|of|early|mid|late|in early|in late|in mid)[-\\s]+${M}\\b(?!\\s+\\d)`,
      'g',
    ),
    (m, pub) => {
      const pending = needsDate(pub, 'a month without a year');
      if (pending || pub === null) return pending;
      return {
        kind: 'relative',
        interval: latestMonth(monthNumber(m[1] as string), pub),
        how: 'month without a year: the latest on or before publication',
      };
    },
  ],
  [
    /\b(?:in|since|by|until|till|from|during|through|before|after|of|early|mid|late|throughout)[-\s]+((?:19|20)\d{2})\b(?!\s*(?:-|–)\s*\d)/gi,
    (m) => {
      const y = Number(m[1]);
      return plausibleYear(y) ? { kind: 'absolute', interval: yearInterval(y), how: 'a year' } : null;
    },
  ],
  [
    /\b(?:(last|this past|on)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    (m, pub) => {
      const pending = needsDate(pub, `"${m[0]}"`);
      if (pending || pub === null) return pending;
      const target = WEEKDAYS.indexOf(m[2] as string);
      const strict = m[1] === 'last' || m[1] === 'this past';
      let back = (weekday(pub) - target + 7) % 7;
      if (strict && back === 0) back = 7;
      return {
        kind: 'relative',
        interval: dayInterval(pub - back),
        how: `the latest ${m[2]} ${strict ? 'before' : 'on or before'} publication`,
      };
    },
  ],
  [
    /\b(today|yesterday|tomorrow|tonight)\b/gi,
    (m, pub) => {
      const pending = needsDate(pub, `"${m[0]}"`);
      if (pending || pub === null) return pending;
      const w = (m[1] as string).toLowerCase();
      const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      return {
        kind: 'relative',
        interval: dayInterval(pub + shift),
        how: `"${w}" from the publication date`,
      };
    },
  ],
  [
    /\b(?:(earlier|later)\s+)?(last|this|next|past)\s+(week|month|year)\b/gi,
    (m, pub) => {
      const pending = needsDate(pub, `"${m[0]}"`);
      if (pending || pub === null) return pending;
      const rel = (m[2] as string).toLowerCase();
      const unit = (m[3] as string).toLowerCase();
      const shift = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const { year, month } = ymd(pub);
      let iv: DateInterval;
      if (unit === 'year')
        iv = rel === 'past' ? { start: pub - 365, end: pub, precision: 'range' } : yearInterval(year + shift);
      else if (unit === 'month') {
        const first = addMonths(dayNumber(year, month, 1), shift);
        const f = ymd(first);
        iv =
          rel === 'past'
            ? { start: addMonths(pub, -1), end: pub, precision: 'range' }
            : monthInterval(f.year, f.month);
      } else {
        const monday = pub - ((weekday(pub) + 6) % 7) + 7 * shift;
        iv =
          rel === 'past'
            ? { start: pub - 7, end: pub, precision: 'range' }
            : { start: monday, end: monday + 6, precision: 'range' };
      }
      return { kind: 'relative', interval: iv, how: `"${rel} ${unit}" relative to publication` };
    },
  ],
  [
    new RegExp(`\\b${N}\\s+${UNIT}\\s+ago\\b`, 'gi'),
    (m, pub) => {
      const pending = needsDate(pub, `"${m[0]}"`);
      if (pending || pub === null) return pending;
      const n = parseNumberWord(m[1] as string);
      const unit = unitOf(m[2] as string);
      if (!Number.isFinite(n) || unit === 'decade') return null;
      if (unit === 'day')
        return { kind: 'relative', interval: dayInterval(pub - n), how: `${n} days before publication` };
      if (unit === 'week')
        return {
          kind: 'relative',
          interval: { start: pub - 7 * n - 3, end: pub - 7 * n + 3, precision: 'range' },
          how: `${n} weeks before publication`,
        };
      const d = ymd(addMonths(pub, unit === 'month' ? -n : -12 * n));
      return unit === 'month'
        ? {
            kind: 'relative',
            interval: monthInterval(d.year, d.month),
            how: `${n} months before publication`,
          }
        : { kind: 'relative', interval: yearInterval(d.year), how: `${n} years before publication` };
    },
  ],
  [
    /\b(?:the\s+)?(following|next|previous|preceding|same)\s+(day|week|month|year)\b/gi,
    (m) => {
      const rel = (m[1] as string).toLowerCase();
      const unit = (m[2] as string).toLowerCase() as AnchorOffset['unit'];
      const direction = rel === 'previous' || rel === 'preceding' ? -1 : 1;
      return {
        kind: 'anchored',
        interval: null,
        offset: { amount: rel === 'same' ? 0 : 1, unit, direction, granularity: unit },
        how: `"the ${rel} ${unit}" after the date before it`,
      };
    },
  ],
  [
    new RegExp(`\\b${N}\\s+(day|week|month|year)s?\\s+(later|after(?:wards)?|earlier|before)\\b`, 'gi'),
    (m) => {
      const n = parseNumberWord(m[1] as string);
      if (!Number.isFinite(n)) return null;
      const unit = unitOf(m[2] as string) as AnchorOffset['unit'];
      const direction = /^(later|after)/i.test(m[3] as string) ? 1 : -1;
      return {
        kind: 'anchored',
        interval: null,
        offset: { amount: n, unit, direction, granularity: unit === 'week' ? 'week' : unit },
        how: `${n} ${unit}(s) ${direction > 0 ? 'after' : 'before'} the date before it`,
      };
    },
  ],
  [
    new RegExp(
      `\\b(?:${QUALIFIER_PATTERN}\\s+)?${N}[-\\s]${UNIT}(?:[-\\s]long)?\\b(?!\\s+(?:ago|later|earlier|after|before|old)\\b)`,
      'gi',
    ),
    (m) => {
      const n = parseNumberWord(m[2] as string);
      if (!Number.isFinite(n)) return null;
      const unit = unitOf(m[3] as string);
      const perYear: Record<TimeUnit, number> = {
        day: 1 / 365.25,
        week: 7 / 365.25,
        month: 1 / 12,
        year: 1,
        decade: 10,
      };
      return {
        kind: 'duration',
        interval: null,
        duration: { years: n * perYear[unit], comparator: comparatorOf(m[1]) },
        how: `a duration of ${m[1] ? `${(m[1] as string).toLowerCase()} ` : ''}${n} ${unit}(s)`,
      };
    },
  ],
];
