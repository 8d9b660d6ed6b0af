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

export type { Candidate } from './temporal-types';

/** All rules, most specific first; where matches overlap the longest wins (ties: the earlier rule). */
export const RULES: readonly TemporalRule[] = [
  ...ABSOLUTE_RULES,
  ...YEARLESS_RULES,
  ...RELATIVE_RULES,
  ...MONTH_END_RULES,
  ...SEASON_RULES,
];
