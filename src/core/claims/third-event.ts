/**
 * A date of a third event (ADR 0052): "The previous round of the special representatives' talks
 * was held in New Delhi in December 2019", where the sentence's words reach two recorded facts
 * (the Kazan meeting, the 24th round) and the date is years from both. A date that close
 * candidates all miss by more than a year is no statement about either; a card naming one of
 * them as the date's "context" would name the wrong event. (A date near one of them is a
 * possible error of that one and keeps its card.)
 */
import type { DateTie } from './date-ties';
import { type DateInterval, gapDays } from './dates';

/** How far a date must miss every candidate to belong to none of them. */
const YEAR_DAYS = 366;

/** True when the best candidate and its rivals all miss the date by more than a year. */
export function dateOfAThirdEvent(claimed: DateInterval, best: DateTie, rivals: readonly DateTie[]): boolean {
  if (!rivals.length || best.cmp.agrees) return false;
  return [best, ...rivals].every((t) => !t.cmp.agrees && gapDays(claimed, t.record) > YEAR_DAYS);
}
