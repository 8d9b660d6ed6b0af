/**
 * "Most of those measures were to have taken effect on Nov. 28", "had been due to kick in on
 * Nov. 18" (ADR 0094): a counterfactual schedule, told after the day it named, of a fact whose
 * record is itself a schedule that was never carried out (its own words say "scheduled"). The
 * date is the schedule as it stood, not a plan still ahead, so a day past publication is compared
 * with the record like any other; the publication-side guard (publication-side.ts) only keeps a
 * plan for later from dating an event already over.
 *
 * Not a present or simple future schedule ("are now due to take effect on …": that may be a new
 * date), nor a verb with more than a few words between it and the date, nor a record older than
 * the scheduled look-back.
 */
import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import type { DateInterval } from './dates';
import { ownWords } from './phases';
import { SCHEDULED_LOOKBACK_DAYS } from './publication-side';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** A counterfactual schedule right before the date: its verb, at most four words, a preposition. */
const COUNTERFACTUAL_BEFORE =
  /\b(?:would\s+have|(?:was|were)\s+to\s+have|had\s+been\s+(?:due|set|scheduled|slated|supposed|meant)\s+to)(?:\s+[\p{L}-]+){1,4}?\s+(?:on|from|for|in)\s+$/iu;

/** True when `e` is a counterfactual schedule's date for a fact recording that schedule. */
export function counterfactualSchedule(
  c: Checker,
  e: TemporalExpression,
  fact: Fact,
  record: DateInterval,
): boolean {
  const pub = c.input.published;
  if (pub === null || record.end < pub - SCHEDULED_LOOKBACK_DAYS) return false;
  if (!/\bscheduled\b/.test(ownWords(fact))) return false;
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  return COUNTERFACTUAL_BEFORE.test(c.input.text.slice(clause.start, e.start));
}

/**
 * "Some provisions of the extraterritorial rule, which would have applied from today, are
 * suspended …": a counterfactual schedule's date is the day the measure was to start, never the
 * date of an act on it (its issue, its suspension). A fact whose record is no schedule is not
 * called wrong by it (ADR 0113); a scheduled start stated wrongly still is.
 */
export function counterfactualOfOther(c: Checker, e: TemporalExpression, fact: Fact): boolean {
  if (/\bscheduled\b/.test(ownWords(fact))) return false;
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  return COUNTERFACTUAL_BEFORE.test(c.input.text.slice(clause.start, e.start));
}
