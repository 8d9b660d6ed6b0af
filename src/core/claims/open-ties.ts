/**
 * Months that cannot be a fact's date (ADR 0047, round 18): a year-less month against a record
 * wholly in another month, and a month modifying a measure noun beside an event that is no
 * measure. Such a card is about the wrong event (a neighbouring step, the meeting that paused
 * the measure), and a "maybe" card about the wrong event is noise.
 */
import type { Fact } from '../facts/schema';
import { type DateInterval, ymd } from './dates';
import type { TemporalExpression } from './temporal';
import { MEASURE_NOUNS, monthNumber } from './words';

/**
 * "For Indian industry the April rules were the ones that hurt" in an undated article, tied to
 * the November suspension: a month named without a year cannot be placed in time, but it can be
 * told apart from a record that lies wholly in another month of every year. Such a record is
 * another event's, and a `context` card for it says nothing true (round 18). Day-precise and
 * month-precise records only; a weekday or "last month" names no month and keeps its card.
 */
export function monthNoYearFits(e: TemporalExpression, record: DateInterval): boolean {
  const said = e.params.month;
  if (said === undefined || e.params.month2 !== undefined || e.params.day2 !== undefined) return true;
  const month = typeof said === 'number' ? said : monthNumber(said);
  if (!(month >= 1 && month <= 12)) return true;
  const [a, b] = [ymd(record.start), ymd(record.end)];
  if (a.year !== b.year || a.month !== b.month) return true;
  return a.month === month;
}

/** Nouns that name a government measure: "the October measures", "the April regime", "its October package". */
export const MEASURE_HEAD = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:${MEASURE_NOUNS}|package)\\b`);

/**
 * "Beijing agreed to put its October measures on hold", "China suspended the October package
 * until Nov. 10, 2026": a month that modifies a measure noun dates the measure. Only an
 * instrument can be what the noun names; a meeting or other event of that month named beside
 * the phrase does not own it (round 18).
 */
export const measureMonthNotOwned = (text: string, e: TemporalExpression, fact: Fact | undefined): boolean =>
  e.rule === 'month-attributive' &&
  MEASURE_HEAD.test(text.slice(e.end, e.end + 40)) &&
  fact !== undefined &&
  fact.kind !== 'instrument';
