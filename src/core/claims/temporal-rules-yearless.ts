/**
 * Rules for dates written without a year: "October last year", "2 November last year",
 * "22–23 November", "Oct. 25-26", "from Oct. 25 to Oct. 26", "last June", "in June". Their
 * year comes from the publication date (by tense) or from the paragraph's year (chooseYear).
 */
import { dayInterval, dayNumber, isValidDay, monthInterval, ymd } from './dates';
import {
  BASIS_WORDS,
  capitalisable,
  chooseMonthYear,
  chooseYear,
  DASH,
  day,
  dayRange,
  defineRule,
  month,
  monthOf,
  num,
  RANGE_TO,
} from './temporal-common';
import type { Groups, Reading, RuleContext, TemporalRule } from './temporal-types';
import { MEASURE_NOUNS } from './words';

/**
 * Words after which "that" opens a clause ("said that June was wet", "so that May's harvest"),
 * so "that <month>" after them is no date pointing back.
 */
export const THAT_CLAUSE_VERBS = [
  'said|says|say|saying|told|tell|tells|noted|notes|added|adds|argued|argues|stated|states|claimed',
  'claims|insisted|insists|warned|warns|reported|reports|announced|announces|confirmed|confirms',
  'believe|believes|believed|think|thinks|thought|hope|hopes|hoped|expect|expects|expected|fear',
  'fears|feared|know|knows|knew|found|finds|show|shows|showed|shown|mean|means|meant|suggest',
  'suggests|suggested|indicate|indicates|indicated|agreed|agree|agrees|decided|ensure|ensured',
  'so|such|now|than|given|fact|clear|sure',
].join('|');

// Words that make a capitalised month a month, not a name ("in May", not "May said").
const MONTH_LEADS = capitalisable([
  'in early',
  'in late',
  'in mid',
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'through',
  'of',
  'early',
  'mid',
  'late',
  'around',
]);

/** How much wider a hedged span ("between roughly April and June") is read at each end, in days. */
const HEDGE_DAYS = 15;

/**
 * A proper name's possessive standing as a determiner ("Wang Yi's August visit"), not a
 * contraction of "is" or "has" ("It's", "There's", "He's"). Not before a measure noun ("China's
 * April controls"): a name's measure of a month is read by the measure rules (date-owners.ts
 * attributivePhrase and the instruments' own names), and as a month of its own it would take
 * the place of an offset set in apposition after it ("…, imposed nearly a year ago").
 */
const NAME_POSSESSIVE = `\\b(?!(?:It|That|There|Here|What|Who|He|She|Let|Where|When|How|This)[’']s)[A-Z][A-Za-z-]*[’']s(?=\\s+\\S+\\s+(?!(?:[a-z][\\w-]*\\s+)?(?:${MEASURE_NOUNS}|package)\\b))`;

const shiftOf = (rel: string | undefined) => (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
const relWords = (rel: string | undefined) => (rel === 'this' ? 'of' : rel === 'last' ? 'before' : 'after');

/** A day or day range without a year: its year by chooseYear, said in `how` and params. */
function readDays(g: Groups, ctx: RuleContext<true>, what: string): Reading | null {
  const [d, m] = [num(g, 'day'), monthOf(g)];
  const d2 = g.day3 ? num(g, 'day3') : num(g, 'day2');
  const m2 = g.month2 ? monthOf(g, 'month2') : m;
  const got = chooseYear((y) => dayRange(y, m, d, d2, m2), ctx, true);
  if (!got) return null;
  return {
    kind: 'relative',
    interval: got.interval,
    how: `${what}, ${BASIS_WORDS[got.basis]}`,
    params: {
      day: d,
      month: m,
      ...(Number.isNaN(d2) ? {} : { day2: d2 }),
      ...(m2 !== m ? { month2: m2 } : {}),
      year: got.year,
      yearFrom: got.basis,
    },
    // "from Oct. 25 to Oct. 26" is a range, not a bound.
    ...(Number.isNaN(d2) ? {} : { bound: null }),
  };
}

/** A month without a year: its year by chooseMonthYear, said in `what` and params. */
function readMonth(g: Groups, ctx: RuleContext<true>, what: string): Reading | null {
  const m = monthOf(g);
  const got = chooseMonthYear(m, ctx);
  if (!got) return null;
  return {
    kind: 'relative',
    interval: got.interval,
    how: `${what}: ${got.basis === 'latest' ? 'the latest on or before publication' : BASIS_WORDS[got.basis]}`,
    params: { month: m, year: got.year, yearFrom: got.basis },
  };
}

/** "2 November last year", "Nov. 2 next year": a day of the year before, of or after publication. */
/** A month in the year written before it ("May that year", "that June"); none there, no date. */
function monthOfThatYear(g: Groups, { thatYear }: RuleContext): Reading | null {
  if (thatYear === null || thatYear === undefined) return null;
  const m = monthOf(g);
  return {
    kind: 'absolute',
    interval: monthInterval(thatYear, m),
    how: 'month of the year written before it',
    params: { month: m, year: thatYear, yearFrom: 'context' },
  };
}

function dayOfRelativeYear(g: Groups, published: number, words: string): Reading | null {
  const [d, m, shift] = [num(g, 'day'), monthOf(g), shiftOf(g.rel)];
  const y = ymd(published).year + shift;
  if (!isValidDay(y, m, d)) return null;
  return {
    kind: 'relative',
    interval: dayInterval(dayNumber(y, m, d)),
    how: `${words} of the year ${relWords(g.rel)} publication`,
    params: { day: d, month: m, year: y, yearShift: shift },
  };
}

/** The last days of a month and the first of the next, in named groups. */
const END = (name: string) => `(?<${name}>2[89]|3[01])(?:st|nd|rd|th)?`;
const START = (name: string) => `(?<${name}>0?1)(?:st)?`;

/** Year-less dates, most specific first. */
export const YEARLESS_RULES: readonly TemporalRule[] = [
  defineRule({
    name: 'day-month-relative-year',
    pattern: new RegExp(
      `\\b${day('day')}\\s+(?:of\\s+)?${month('month')}\\.?,?\\s+(?<rel>last|this|next)\\s+year\\b`,
      'g',
    ),
    needs: { published: true },
    read: (g, ctx) => dayOfRelativeYear(g, ctx.published, 'day and month'),
  }),
  defineRule({
    name: 'month-day-relative-year',
    pattern: new RegExp(
      `\\b${month('month')}\\.?\\s+${day('day')},?\\s+(?<rel>last|this|next)\\s+year\\b`,
      'g',
    ),
    needs: { published: true },
    read: (g, ctx) => dayOfRelativeYear(g, ctx.published, 'month and day'),
  }),
  defineRule({
    // "the standoff that had begun in May that year" after "called off in 2020".
    name: 'month-that-year',
    pattern: new RegExp(`\\b${month('month')}\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b`, 'g'),
    needs: { published: false },
    read: monthOfThatYear,
  }),
  defineRule({
    // "a standoff that began in May 2020 … the clash in the Galwan Valley that June": "that <month>"
    // points back, so it takes the year written before it (sentence, then paragraph), as "June that
    // year" does; none there, no date (ADR 0044, round 23). Not "said that June was wet", where
    // "that" opens a clause: not after a verb of saying, thinking or showing, nor "so", "such", "now".
    name: 'that-month-name',
    pattern: new RegExp(
      `(?<!\\b(?:${THAT_CLAUSE_VERBS})\\s+)\\b[Tt]hat\\s+(?:same\\s+)?${month('month')}\\b(?!\\.?\\s*\\d)`,
      'g',
    ),
    needs: { published: false },
    read: monthOfThatYear,
  }),
  defineRule({
    // "The ice began to crack only in October 2024. On the 21st of that month, …": a day without
    // its month takes the month of the last date naming one, as a year-less date takes its year.
    // Not "on the 24th round", "on the 21st-century": an ordinal before a word is a rank.
    name: 'day-of-that-month',
    pattern:
      /\b[Oo]n\s+the\s+(?<day>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:that|the\s+same|the)\s+month)?\b(?!-|\s+(?!(?:and|when|as|after|before|but|while|with|in|at|to|the|a|an)\b)[a-z])/g,
    needs: { published: false },
    read(g, { thatMonth }) {
      const d = num(g, 'day');
      if (!thatMonth || !isValidDay(thatMonth.year, thatMonth.month, d)) return undefined;
      return {
        kind: 'absolute',
        interval: dayInterval(dayNumber(thatMonth.year, thatMonth.month, d)),
        how: 'day of the month named before it',
        params: { day: d, month: thatMonth.month, year: thatMonth.year, monthFrom: 'context' },
      };
    },
  }),
  defineRule({
    name: 'month-relative-year',
    pattern: new RegExp(`\\b${month('month')}\\s+(?<rel>last|this|next)\\s+year\\b`, 'g'),
    needs: { published: true },
    read(g, { published }) {
      const [m, shift] = [monthOf(g), shiftOf(g.rel)];
      const y = ymd(published).year + shift;
      return {
        kind: 'relative',
        interval: monthInterval(y, m),
        how: `month of the year ${relWords(g.rel)} publication`,
        params: { month: m, year: y, yearShift: shift },
      };
    },
  }),
  defineRule({
    // "Aug. 31 and Sept. 1", "31 August and 1 September": two days across a month's end are
    // one span ("Oct. 25 and Nov. 2", farther apart, stay two dates).
    name: 'across-month-end',
    pattern: new RegExp(
      `\\b(?:${month('month')}\\.?\\s+${END('day')}\\s+and\\s+${month('month2')}\\.?\\s+${START('day3')}|${END('dayB')}\\s+(?:of\\s+)?${month('monthB')}\\s+and\\s+${START('day3B')}\\s+(?:of\\s+)?${month('month2B')})\\b(?![,.]?\\d)(?!,?\\s*\\d{4})`,
      'g',
    ),
    needs: { published: true, orTextYear: true },
    unresolved: 'two days across a month’s end without a year',
    read(g, ctx) {
      const b = g.dayB !== undefined;
      const both: Groups = b ? { ...g, day: g.dayB, month: g.monthB, day3: g.day3B, month2: g.month2B } : g;
      // Only the month's last day and the next one's first: "Oct. 30 and Nov. 1" are two dates.
      const m = monthOf(both);
      if (monthOf(both, 'month2') !== (m % 12) + 1 || num(both, 'day3') !== 1) return undefined;
      if (isValidDay(2001, m, num(both, 'day') + 1) && !(m === 2 && num(both, 'day') === 28))
        return undefined;
      return readDays(both, ctx, 'two days across a month’s end');
    },
  }),
  defineRule({
    name: 'day-month',
    pattern: new RegExp(`\\b${day('day')}(?:${DASH}${day('day2')})?\\s+(?:of\\s+)?${month('month')}\\b`, 'g'),
    needs: { published: true, orTextYear: true },
    unresolved: 'day and month without a year',
    read: (g, ctx) => readDays(g, ctx, 'day and month'),
  }),
  defineRule({
    name: 'month-day',
    // "November 22-23", "Oct. 25", "from Oct. 25 to Oct. 26"; not "May 2,000" or "Oct 25.5".
    pattern: new RegExp(
      `\\b${month('month')}\\.?\\s+${day('day')}(?:${DASH}${day('day2')}|${RANGE_TO}${month('month2')}\\.?\\s+${day('day3')})?\\b(?![,.]?\\d)`,
      'g',
    ),
    needs: { published: true, orTextYear: true },
    unresolved: 'month and day without a year',
    read(g, ctx) {
      if (num(g, 'day') > 31) return null;
      return readDays(g, ctx, 'month and day');
    },
  }),
  defineRule({
    // "between April and June", "from April to June", "April–June": two months of one span,
    // the year chosen for the whole span as for a month ("between November and January" spans New Year).
    name: 'month-range',
    pattern: new RegExp(
      `\\b(?:(?<lead>${capitalisable(['between', 'from', 'in'])})\\s+(?:(?<hedge>roughly|about|approximately|around)\\s+)?(?:early\\s+|mid-?|late\\s+)?)?${month('month')}(?<sep>\\s+(?:and|to|until|till|through)\\s+|\\s*[-–—]\\s*)(?:early\\s+|mid-?|late\\s+)?${month('month2')}\\b(?!\\.?\\s*\\d)`,
      'g',
    ),
    needs: { published: true },
    unresolved: 'two months without a year',
    read(g, ctx) {
      const [m, m2] = [monthOf(g), monthOf(g, 'month2')];
      // "in April and June" are two months; only "between April and June" is one span.
      if (m === m2 || (/and/.test(g.sep ?? '') && !/^between$/i.test(g.lead ?? ''))) return null;
      const got = chooseYear((y) => {
        const y1 = m2 < m ? y - 1 : y;
        return {
          start: monthInterval(y1, m).start,
          end: monthInterval(y, m2).end,
          precision: 'range' as const,
        };
      }, ctx);
      if (!got) return null;
      // "between roughly April and June": a hedged span's ends are read half a month wider
      // (ADR 0076), so a record a few days outside it is no disagreement.
      const widen = g.hedge ? HEDGE_DAYS : 0;
      return {
        kind: 'relative',
        interval: { ...got.interval, start: got.interval.start - widen, end: got.interval.end + widen },
        how: `two months without a year${g.hedge ? `, ${g.hedge.toLowerCase()}` : ''}, ${BASIS_WORDS[got.basis]}`,
        params: {
          month: m,
          month2: m2,
          year: got.year,
          yearFrom: got.basis,
          ...(g.hedge ? { qualifier: g.hedge.toLowerCase() } : {}),
        },
        bound: null,
      };
    },
  }),
  defineRule({
    name: 'last-month-name',
    // "Last December, Wang and Doval met …": at a sentence's start too (ADR 0076).
    pattern: new RegExp(`\\b(?:[Ll]ast|[Tt]his past)\\s+${month('month')}\\b`, 'g'),
    needs: { published: true },
    read(g, { published }) {
      const m = monthOf(g);
      const { year, month: pm } = ymd(published);
      const y = m < pm ? year : year - 1;
      return {
        kind: 'relative',
        interval: monthInterval(y, m),
        how: 'the latest such month before publication',
        params: { month: m, year: y },
      };
    },
  }),
  defineRule({
    // "When China loosened its urea ban this June": that month of publication's year.
    name: 'this-month-name',
    pattern: new RegExp(`\\b[Tt]his\\s+${month('month')}\\b(?!\\s+\\d)`, 'g'),
    needs: { published: true },
    read(g, { published }) {
      const y = ymd(published).year;
      return {
        kind: 'relative',
        interval: monthInterval(y, monthOf(g)),
        how: 'that month of the year of publication',
        params: { month: monthOf(g), year: y },
      };
    },
  }),
  defineRule({
    // "when the pause runs out next November" (ADR 0076): a month after publication's. A month
    // still ahead in publication's year ("next November" said in March) may be this year's or the
    // next: read as this year's, and ambiguous, so it can confirm but never contradict a record.
    // One not ahead (said in November or December) is the next year's, unambiguously.
    name: 'next-month-name',
    pattern: new RegExp(`\\b[Nn]ext\\s+${month('month')}\\b(?!\\.?\\s*\\d)`, 'g'),
    needs: { published: true },
    read(g, { published }) {
      const m = monthOf(g);
      const { year, month: pm } = ymd(published);
      const ahead = m > pm;
      const y = ahead ? year : year + 1;
      return {
        kind: 'relative',
        interval: monthInterval(y, m),
        how: ahead
          ? 'the next such month after publication (or the one after it)'
          : 'the next such month after publication',
        params: { month: m, year: y },
        ambiguous: ahead,
      };
    },
  }),
  defineRule({
    // "an October agreement on patrolling", "the April regime": a month naming which one.
    // A name's possessive is a determiner too: "Wang Yi's August visit", "Beijing's October curbs".
    // It can confirm a fact of that month, never contradict one (expressions.ts).
    name: 'month-attributive',
    pattern: new RegExp(
      `(?<=(?:\\b(?:${capitalisable(['an', 'the', 'its', 'their', 'this', 'his', 'her', 'our'])})|${NAME_POSSESSIVE})\\s+)${month('month')}(?=\\s+[a-z])(?!\\s+(?:and|or|to|of|in|on|at|by|for|was|were|is|are|had|has|have|that|which|when|after|before|since|until|this|last|next)\\b)`,
      'g',
    ),
    needs: { published: true },
    unresolved: 'a month without a year',
    read: (g, ctx) => readMonth(g, ctx, 'month naming which one'),
  }),
  defineRule({
    name: 'month',
    pattern: new RegExp(`\\b(?:${MONTH_LEADS})[-\\s]+${month('month')}\\b(?!\\.?\\s*\\d)`, 'g'),
    needs: { published: true },
    unresolved: 'a month without a year',
    read: (g, ctx) => readMonth(g, ctx, 'month without a year'),
  }),
];
