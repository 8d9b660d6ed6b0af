/**
 * The temporal rules, in one list, most specific first (see temporal.ts for how they are
 * applied). Each is a named pattern with named groups and a reader; the families live in
 * temporal-rules-absolute.ts (dates with a year), temporal-rules-yearless.ts (dates without
 * one), temporal-rules-relative.ts (relative, anchored, durations) and
 * temporal-rules-seasons.ts (seasons, same-day anchors).
 * News convention: an unqualified weekday or month is the latest one on or before
 * publication unless the sentence's tense says otherwise; a relative date without a
 * publication date stays unresolved, and says why.
 */
import { ABSOLUTE_RULES } from './temporal-rules-absolute';
import { MONTH_END_RULES } from './temporal-rules-month-end';
import { RELATIVE_RULES } from './temporal-rules-relative';
import { SEASON_RULES } from './temporal-rules-seasons';
import { YEARLESS_RULES } from './temporal-rules-yearless';
import type { TemporalRule } from './temporal-types';
import { MONTH_NAMES } from './words';

export type { Candidate } from './temporal-types';

/** All rules, most specific first; where matches overlap the longest wins (ties: the earlier rule). */
export const RULES: readonly TemporalRule[] = [
  ...ABSOLUTE_RULES,
  ...YEARLESS_RULES,
  ...RELATIVE_RULES,
  ...MONTH_END_RULES,
  ...SEASON_RULES,
];

/**
 * A month's name as the rules spell it: each of MONTH_NAMES's spellings starts with one of these
 * three letters ("Jan", "Sept" …), capitalised as there.
 */
const MONTH_STEMS = MONTH_NAMES.split('|').map((name) => name.slice(0, 3));
const MONTH_CASED = new RegExp(MONTH_STEMS.join('|'));
const MONTH_ANY_CASE = new RegExp(MONTH_STEMS.join('|'), 'i');

/**
 * The rules that read a month's name: each needs one of MONTH_NAMES's spellings in its match (none
 * has it optional), in MONTH_NAMES's case unless the rule ignores case.
 */
const readsMonth = (rule: TemporalRule) => rule.pattern.source.includes(MONTH_NAMES);

/**
 * The rules whose every match holds a digit: a year (`(?:19|20)\d{2}`) or a day's number is required
 * in each pattern (ADR 0048, round 20).
 */
export const DIGIT_RULES: ReadonlySet<string> = new Set([
  'iso-date',
  'numeric-date',
  'year-range',
  'year',
  'day-of-that-month',
  'season-year',
]);
const DIGIT = /\d/;

/**
 * The rules whose every match holds a unit of time (or a weekday's name, which ends in "day"; "the
 * weekend" holds "week"), in any case (ADR 0048, round 20): a superset of what each pattern reads.
 */
export const UNIT_RULES: ReadonlySet<string> = new Set([
  'weekday',
  'weekend',
  'relative-period',
  'ago-today',
  'ago-compound',
  'ago',
  'anchored-next',
  'anchored-offset',
  'duration',
  'month-end',
]);
const UNIT = /day|week|month|year|decade/i;

/** The rules kept, by which screens the words pass (month cased, month in any case, digit, unit). */
const kept = new Map<number, readonly TemporalRule[]>();

/**
 * The rules that can match in `words` (ADR 0048, rounds 18 and 20): all of them, in order, less those
 * that read a month's name when no month's name is there, those that need a digit when there is none
 * and those that need a unit of time when none is named. What they find is the same; a rule left out
 * is one whose pattern a woken worker would otherwise compile, on its first page, only to find nothing.
 */
export function rulesFor(words: string): readonly TemporalRule[] {
  const cased = MONTH_CASED.test(words);
  const anyCase = cased || MONTH_ANY_CASE.test(words);
  const digit = DIGIT.test(words);
  const unit = UNIT.test(words);
  const key = (cased ? 1 : 0) | (anyCase ? 2 : 0) | (digit ? 4 : 0) | (unit ? 8 : 0);
  let rules = kept.get(key);
  if (!rules) {
    rules = RULES.filter(
      (r) =>
        (!readsMonth(r) || cased || (anyCase && r.pattern.flags.includes('i'))) &&
        (digit || !DIGIT_RULES.has(r.name)) &&
        (unit || !UNIT_RULES.has(r.name)),
    );
    kept.set(key, rules);
  }
  return rules;
}
