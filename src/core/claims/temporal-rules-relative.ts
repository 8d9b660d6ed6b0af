/**
 * Rules for dates counted from publication ("on Thursday", "yesterday", "last week", "two
 * months ago"), from an earlier date in the text ("the following month", "two days later"),
 * and for durations ("more than four years", "a four-year standoff").
 */
import {
  addMonths,
  type DateInterval,
  dayInterval,
  dayNumber,
  monthInterval,
  weekday,
  yearInterval,
  ymd,
} from './dates';
import { chooseWeekday, defineRule } from './temporal-common';
import type { AnchorOffset, TemporalRule, TimeUnit } from './temporal-types';
import { CARDINALS, comparatorOf, parseNumberWord, QUALIFIER_WORDS } from './words';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const N = `(?<n>${CARDINALS})`;
const UNIT = '(?<unit>day|week|month|year|decade)s?';

const unitOf = (s: string | undefined) => (s ?? '').toLowerCase().replace(/s$/, '') as TimeUnit;

const PER_YEAR: Record<TimeUnit, number> = {
  day: 1 / 365.25,
  week: 7 / 365.25,
  month: 1 / 12,
  year: 1,
  decade: 10,
};

/** "this/last/next/past week|month|year" around the publication day. */
function period(rel: string, unit: string, pub: number): DateInterval {
  const shift = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
  const { year, month } = ymd(pub);
  if (unit === 'year')
    return rel === 'past' ? { start: pub - 365, end: pub, precision: 'range' } : yearInterval(year + shift);
  if (unit === 'month') {
    if (rel === 'past') return { start: addMonths(pub, -1), end: pub, precision: 'range' };
    const f = ymd(addMonths(dayNumber(year, month, 1), shift));
    return monthInterval(f.year, f.month);
  }
  if (rel === 'past') return { start: pub - 7, end: pub, precision: 'range' };
  const monday = pub - ((weekday(pub) + 6) % 7) + 7 * shift;
  return { start: monday, end: monday + 6, precision: 'range' };
}

/** Relative and anchored dates, and durations. */
export const RELATIVE_RULES: readonly TemporalRule[] = [
  defineRule({
    name: 'weekday',
    pattern:
      // Not "on the Wednesday": a weekday of the story's own week, which publication does not
      // give ("the Thursday meeting", a weekday naming a noun after it, still is this week's).
      /\b(?:(?<rel>[Ll]ast|[Tt]his past|[Nn]ext|[Oo]n)\s+)?(?:(?<![Tt]he\s)|(?=[A-Z][a-z]+day\s+(?:meeting|talks|summit|announcement|briefing|session|call|visit|deadline|statement|notice|event|ceremony|flight)s?\b))(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    needs: { published: true },
    read(g, { published, tense }) {
      const name = g.weekday ?? '';
      const rel = (g.rel ?? '').toLowerCase();
      const got = chooseWeekday(WEEKDAYS.indexOf(name), rel, published, tense);
      return {
        kind: 'relative',
        interval: dayInterval(got.day),
        how: `the ${got.which} ${name} ${got.relation} publication`,
        params: { weekday: name, which: got.which, ...(rel ? { rel } : {}) },
      };
    },
  }),
  defineRule({
    // "over the weekend", "last weekend", "this past weekend", "next weekend".
    name: 'weekend',
    pattern: /\b(?<rel>[Ll]ast|[Tt]his past|[Oo]ver the|[Tt]his|[Nn]ext|[Aa]t the)\s+weekend\b/g,
    needs: { published: true },
    read(g, { published, tense }) {
      const rel = (g.rel ?? '').toLowerCase();
      const future = rel === 'next' || ((rel === 'this' || rel === 'at the') && tense === 'future');
      // The Saturday of the weekend on or before publication (a Sunday's is the day before).
      const back = (weekday(published) + 1) % 7;
      let saturday = published - back;
      if (future && saturday + 1 < published) saturday += 7;
      if (rel === 'next' && back <= 1) saturday += 7;
      return {
        kind: 'relative',
        interval: { start: saturday, end: saturday + 1, precision: 'range' },
        how: future ? 'the coming weekend after publication' : 'the weekend on or before publication',
        params: { word: 'weekend', ...(rel ? { rel } : {}) },
      };
    },
  }),
  defineRule({
    name: 'day-word',
    // (Not after "ago": "a week ago today" is one date, the day a week back, which "ago" reads;
    // "today" there is no second date of its own: ADR 0113.)
    pattern: /(?<!\bago\s+)\b(?<word>today|yesterday|tomorrow|tonight)\b/gi,
    needs: { published: true },
    read(g, { published }) {
      const w = (g.word ?? '').toLowerCase();
      const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      return {
        kind: 'relative',
        interval: dayInterval(published + shift),
        how: `"${w}" from the publication date`,
        params: { word: w, days: shift },
      };
    },
  }),
  defineRule({
    name: 'relative-period',
    pattern: /\b(?:(?:earlier|later)\s+)?(?<rel>last|this|next|past)\s+(?<unit>week|month|year)\b/gi,
    needs: { published: true },
    read(g, { published }) {
      const rel = (g.rel ?? '').toLowerCase();
      const unit = (g.unit ?? '').toLowerCase();
      return {
        kind: 'relative',
        interval: period(rel, unit, published),
        how: `"${rel} ${unit}" relative to publication`,
        params: { rel, unit },
      };
    },
  }),
  defineRule({
    // "Five years ago tonight", "a year ago today": an anniversary, the publication day N years
    // back ("four years ago yesterday": the day before publication, N years back).
    name: 'ago-today',
    pattern: new RegExp(
      `\\b${N}\\s+(?<unit>year|month)s?\\s+ago\\s+(?<word>today|tonight|this week|yesterday)\\b`,
      'gi',
    ),
    needs: { published: true },
    read(g, { published: pub }) {
      const n = parseNumberWord(g.n ?? '');
      if (!Number.isFinite(n) || n <= 0) return null;
      const months = (g.unit ?? '').toLowerCase() === 'year' ? 12 * n : n;
      const day = addMonths(pub - ((g.word ?? '').toLowerCase() === 'yesterday' ? 1 : 0), -months);
      return {
        kind: 'relative',
        interval: { start: day - 1, end: day + 1, precision: 'range' },
        how: 'an anniversary: the publication day, counted back',
        params: { n, unit: (g.unit ?? '').toLowerCase() },
      };
    },
  }),
  defineRule({
    // "A year ago this month", "two years ago this month": the publication's month, N years back
    // (ADR 0057). Month-precise: "this month" is not a second date of its own.
    name: 'ago-this-month',
    pattern: new RegExp(`\\b${N}\\s+years?\\s+ago\\s+this\\s+month\\b`, 'gi'),
    needs: { published: true },
    read(g, { published: pub }) {
      const n = parseNumberWord(g.n ?? '');
      if (!Number.isFinite(n) || n <= 0) return null;
      const d = ymd(addMonths(pub, -12 * n));
      return {
        kind: 'relative',
        interval: monthInterval(d.year, d.month),
        how: `the publication's month, ${n} years back`,
        params: { n, unit: 'year', direction: -1 },
      };
    },
  }),
  defineRule({
    // "One year and a day ago", "two years and three months ago": both parts count back from
    // publication (ADR 0043). Read alone, "a day ago" would be yesterday.
    name: 'ago-compound',
    pattern: new RegExp(
      `\\b${N}\\s+(?<unit>year|month|week)s?,?\\s+and\\s+(?<n2>${CARDINALS})\\s+(?<unit2>month|week|day)s?\\s+ago\\b`,
      'gi',
    ),
    needs: { published: true },
    read(g, { published: pub }) {
      const n = parseNumberWord(g.n ?? '');
      const n2 = parseNumberWord(g.n2 ?? '');
      const unit = unitOf(g.unit);
      const unit2 = unitOf(g.unit2);
      if (!Number.isFinite(n) || !Number.isFinite(n2) || n <= 0 || n2 <= 0) return null;
      const months = (u: TimeUnit, k: number) => (u === 'year' ? 12 * k : u === 'month' ? k : 0);
      const days = (u: TimeUnit, k: number) => (u === 'week' ? 7 * k : u === 'day' ? k : 0);
      const day = addMonths(pub, -(months(unit, n) + months(unit2, n2))) - days(unit, n) - days(unit2, n2);
      const params = { n, unit, direction: -1 };
      const how = `${n} ${unit}s and ${n2} ${unit2}s before publication`;
      if (unit2 === 'day') return { kind: 'relative', interval: dayInterval(day), how, params };
      if (unit2 === 'week')
        return {
          kind: 'relative',
          interval: { start: day - 3, end: day + 3, precision: 'range' },
          how,
          params,
        };
      const d = ymd(day);
      return { kind: 'relative', interval: monthInterval(d.year, d.month), how, params };
    },
  }),
  defineRule({
    // "a fortnight ago": two weeks (ADR 0076).
    name: 'ago',
    pattern: new RegExp(`\\b${N}\\s+(?<unit>day|week|fortnight|month|year|decade)s?\\s+ago\\b`, 'gi'),
    needs: { published: true },
    read(g, { published: pub }) {
      const fortnights = unitOf(g.unit) === ('fortnight' as TimeUnit);
      const n = parseNumberWord(g.n ?? '') * (fortnights ? 2 : 1);
      const unit = fortnights ? 'week' : unitOf(g.unit);
      if (!Number.isFinite(n) || unit === 'decade') return null;
      const params = { n, unit, direction: -1 };
      const how = `${n} ${unit}s before publication`;
      if (unit === 'day') return { kind: 'relative', interval: dayInterval(pub - n), how, params };
      if (unit === 'week')
        return {
          kind: 'relative',
          interval: { start: pub - 7 * n - 3, end: pub - 7 * n + 3, precision: 'range' },
          how,
          params,
        };
      const d = ymd(addMonths(pub, unit === 'month' ? -n : -12 * n));
      const interval = unit === 'month' ? monthInterval(d.year, d.month) : yearInterval(d.year);
      return { kind: 'relative', interval, how, params };
    },
  }),
  defineRule({
    name: 'anchored-next',
    pattern: /\b(?:the\s+)?(?<rel>following|next|previous|preceding|same)\s+(?<unit>day|week|month|year)\b/gi,
    needs: { published: false },
    read(g) {
      const rel = (g.rel ?? '').toLowerCase();
      const unit = unitOf(g.unit) as AnchorOffset['unit'];
      const direction = rel === 'previous' || rel === 'preceding' ? -1 : 1;
      const amount = rel === 'same' ? 0 : 1;
      return {
        kind: 'anchored',
        interval: null,
        offset: { amount, unit, direction, granularity: unit },
        how: `"the ${rel} ${unit}" after the date before it`,
        params: { rel, n: amount, unit, direction },
      };
    },
  }),
  defineRule({
    // "Supplies picked up in August, and Wang Yi gave his assurance during his visit that month":
    // "that month" is "the same month" as the date before it (ADR 0044, round 23). Its end ("by the
    // end of that month") is month-end's; "the 21st of that month" is day-of-that-month's.
    name: 'anchored-that-month',
    pattern: /(?<!\b(?:of|than|so|such)\s+)\b[Tt]hat\s+month\b/g,
    needs: { published: false },
    read() {
      return {
        kind: 'anchored',
        interval: null,
        offset: { amount: 0, unit: 'month', direction: 1, granularity: 'month' },
        how: '"that month": the month of the date before it',
        params: { rel: 'same', n: 0, unit: 'month', direction: 1 },
      };
    },
  }),
  defineRule({
    // "a week and a day after the Busan summit", "a year and two months later": both parts count
    // from the date before it, as "ago-compound" counts both back from publication (ADR 0161). Read
    // alone, the last part ("a day after") would be the whole offset. Units that do not add up in
    // one unit ("a year and three days") are left to the rules before. Not after "for", "in" or
    // "over": "his first trip in five years and three months after the pilgrims" joins a length
    // to another phrase.
    name: 'anchored-offset-compound',
    pattern: new RegExp(
      `(?<!\\b(?:for|in|over|within|than)\\s+)\\b${N}\\s+(?:(?<unit>year)s?,?\\s+and\\s+(?<n2>${CARDINALS})\\s+(?<unit2>month)s?|(?<wunit>week)s?,?\\s+and\\s+(?<wn2>${CARDINALS})\\s+(?<wunit2>day)s?)\\s+(?<dir>later|after(?:wards)?|earlier|before)\\b`,
      'gi',
    ),
    needs: { published: false },
    read(g) {
      const weeks = g.wunit !== undefined;
      const n = parseNumberWord(g.n ?? '');
      const n2 = parseNumberWord((weeks ? g.wn2 : g.n2) ?? '');
      const unit = weeks ? 'week' : 'year';
      const unit2 = weeks ? 'day' : 'month';
      if (!Number.isFinite(n) || !Number.isFinite(n2) || n <= 0 || n2 <= 0) return null;
      const amount = weeks ? 7 * n + n2 : 12 * n + n2;
      const direction = /^(later|after)/i.test(g.dir ?? '') ? 1 : -1;
      const u = unit2 as AnchorOffset['unit'];
      return {
        kind: 'anchored',
        interval: null,
        offset: { amount, unit: u, direction, granularity: u },
        how: `${n} ${unit}(s) and ${n2} ${unit2}(s) ${direction > 0 ? 'after' : 'before'} the date before it`,
        params: { n: amount, unit: u, direction },
      };
    },
  }),
  defineRule({
    name: 'anchored-offset',
    pattern: new RegExp(
      // Not after "for": "paused for a year after Thursday's talks" is a duration and its start.
      // "a fortnight before": two weeks.
      // "six weeks into a standoff": that long after its start (ADR 0098).
      `(?<!\\bfor\\s+)\\b${N}\\s+(?<unit>day|week|fortnight|month|year)s?\\s+(?<dir>later|after(?:wards)?|earlier|before|into)\\b`,
      'gi',
    ),
    needs: { published: false },
    read(g) {
      const fortnights = unitOf(g.unit) === ('fortnight' as TimeUnit);
      const n = parseNumberWord(g.n ?? '') * (fortnights ? 2 : 1);
      if (!Number.isFinite(n)) return null;
      const unit = (fortnights ? 'week' : unitOf(g.unit)) as AnchorOffset['unit'];
      const into = /^into$/i.test(g.dir ?? '');
      const direction = into || /^(later|after)/i.test(g.dir ?? '') ? 1 : -1;
      return {
        kind: 'anchored',
        interval: null,
        offset: {
          amount: n,
          unit,
          direction,
          granularity: unit,
          ...(into ? { fromStart: true as const } : {}),
        },
        how: `${n} ${unit}(s) ${direction > 0 ? 'after' : 'before'} the date before it`,
        params: { n, unit, direction },
      };
    },
  }),
  defineRule({
    name: 'duration',
    pattern: new RegExp(
      // "for a year after the talks": after "for", a span followed by after/before is still a duration.
      `\\b(?:(?<qual>${QUALIFIER_WORDS})\\s+)?${N}[-\\s]${UNIT}(?:[-\\s]long)?\\b(?!\\s+(?:ago|later|earlier|old)\\b)(?!\\s+into\\s)(?!\\s+(?:after|before)\\b(?<!\\bfor\\s+(?:\\S+\\s+){1,3}(?:after|before)))`,
      'gi',
    ),
    needs: { published: false },
    read(g) {
      const n = parseNumberWord(g.n ?? '');
      if (!Number.isFinite(n)) return null;
      const unit = unitOf(g.unit);
      const qual = g.qual?.toLowerCase();
      return {
        kind: 'duration',
        interval: null,
        duration: { years: n * PER_YEAR[unit], comparator: comparatorOf(qual) },
        how: `a duration of ${qual ? `${qual} ` : ''}${n} ${unit}(s)`,
        params: { n, unit, ...(qual ? { qualifier: qual } : {}) },
      };
    },
  }),
];
