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
import { COUNTED_RULES } from './temporal-rules-counted';
import { MONTH_END_RULES } from './temporal-rules-month-end';
import { RELATIVE_RULES } from './temporal-rules-relative';
import { SEASON_RULES } from './temporal-rules-seasons';
import { YEAR_ATTRIBUTIVE_RULES } from './temporal-rules-year-attributive';
import { YEARLESS_RULES } from './temporal-rules-yearless';
import type { TemporalRule } from './temporal-types';
import { MONTH_NAMES } from './words';

export type { Candidate } from './temporal-types';

/** All rules, most specific first; where matches overlap the longest wins (ties: the earlier rule). */
export const RULES: readonly TemporalRule[] = [
  ...ABSOLUTE_RULES,
  ...YEARLESS_RULES,
  ...RELATIVE_RULES,
  ...COUNTED_RULES,
  ...MONTH_END_RULES,
  ...SEASON_RULES,
  ...YEAR_ATTRIBUTIVE_RULES,
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
 * For the rules that read no month's name, words every match of the rule holds (ADR 0048, round 20),
 * read from its pattern: without them in a sentence the rule cannot match there, and is not run. Each
 * is a small pattern; the rules' own are up to 680 characters (the number words of CARDINALS), and a
 * woken worker compiles each on its first run. In the rule's case, or in any case (a superset) where
 * the rule keeps case.
 */
const SEASONS = 'spring|summer|autumn|fall|winter';
export const SCREENS: ReadonlyMap<string, RegExp> = new Map([
  ['iso-date', /\d-\d/],
  ['numeric-date', /\d[-/.]\d/],
  ['year-range', /(?:19|20)\d\d/],
  ['year', /(?:19|20)\d\d/],
  ['year-attributive', /(?:19|20)\d\d/],
  ['year-possessive', /(?:19|20)\d\d/],
  ['day-of-that-month', /[Oo]n\s+the\s+\d/],
  ['weekday', /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/],
  ['weekend', /weekend/],
  ['day-word', /today|yesterday|tomorrow|tonight/i],
  ['relative-period', /(?:last|this|next|past)\s+(?:week|month|year)/i],
  ['ago-today', /\sago\s/i],
  ['ago-compound', /\sago/i],
  ['ago', /\sago/i],
  ['anchored-next', /(?:following|next|previous|preceding|same)\s+(?:day|week|month|year)/i],
  ['anchored-that-month', /[Tt]hat\s+month/],
  ['anchored-offset-compound', /\sand\s[\s\S]*(?:month|day)s?\s+(?:later|after|earlier|before)/i],
  ['anchored-offset', /(?:day|week|fortnight|month|year)s?\s+(?:later|after|earlier|before|into)/i],
  ['duration', /[-\s](?:day|week|month|year|decade)/i],
  ['month-end', /(?:end|close)\s+of\s+(?:the|this|that|next|last)\s+month/i],
  ['season-year', new RegExp(`(?:${SEASONS})\\s+(?:of\\s+)?(?:19|20)\\d\\d`, 'i')],
  ['from-now', /(?:from\s+(?:now|today)|away|hence)\b/i],
  ['past-span', /(?:over|during)\s+the\s+(?:past|last)\s/i],
  ['unit-old', /(?:year|decade|month|week)-old/],
  ['that-season', /[Tt]hat\s+(?:same\s+)?(?:spring|summer|autumn|winter)/],
  ['season-relative', new RegExp(`(?:this|last|next)\\s+(?:${SEASONS})`, 'i')],
]);
const SCREENED = [...SCREENS.keys()];

/** The rules kept, by which screens the words pass (month cased, month in any case, each rule's words). */
const kept = new Map<string, readonly TemporalRule[]>();

/**
 * The rules that can match in `words` (ADR 0048, rounds 18 and 20): all of them, in order, less those
 * that read a month's name when no month's name is there and those whose words (SCREENS) are not
 * there. What they find is the same; a rule left out is one whose pattern a woken worker would
 * otherwise compile, on its first page, only to find nothing.
 */
export function rulesFor(words: string): readonly TemporalRule[] {
  const cased = MONTH_CASED.test(words);
  const anyCase = cased || MONTH_ANY_CASE.test(words);
  let key = cased ? 'C' : anyCase ? 'a' : '-';
  for (const name of SCREENED) key += SCREENS.get(name)?.test(words) ? '1' : '0';
  let rules = kept.get(key);
  if (!rules) {
    rules = RULES.filter(
      (r) =>
        (!readsMonth(r) || cased || (anyCase && r.pattern.flags.includes('i'))) &&
        (SCREENS.get(r.name)?.test(words) ?? true),
    );
    kept.set(key, rules);
  }
  return rules;
}
