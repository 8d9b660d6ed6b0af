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
const WITHOUT_MONTH = RULES.filter((r) => !readsMonth(r));
const WITHOUT_CASED_MONTH = RULES.filter((r) => !readsMonth(r) || r.pattern.flags.includes('i'));

/**
 * The rules that can match in `words` (ADR 0048, round 18): all of them, in order, less those that
 * read a month's name when no month's name is there. What they find is the same; a rule left out is
 * one whose pattern a woken worker would otherwise compile, on its first page, only to find nothing.
 */
export function rulesFor(words: string): readonly TemporalRule[] {
  if (MONTH_CASED.test(words)) return RULES;
  return MONTH_ANY_CASE.test(words) ? WITHOUT_CASED_MONTH : WITHOUT_MONTH;
}
