/**
 * Periods that are no event's date. "This year marks …" (periodAsSubject, moved from check-dates.ts).
 * "…, which mark the 75th anniversary of diplomatic ties this year", "Noting that this year marks
 * the 75th anniversary …" (ADR 0047): a year in a clause about an anniversary is the anniversary's
 * year, the date of nothing the sentence reports (the flights, the meeting). No claim.
 */
import type { Span } from '../match/sentences';
import type { DateInterval } from './dates';
import { clauseAt } from './ties';

const ANNIVERSARY = /\banniversary\b/i;
/** A period this long or longer is a year, not a day or month of an event. */
const YEAR_DAYS = 300;

/** True when `claimed` is a year and the value's clause speaks of an anniversary. */
export function anniversaryYear(text: string, sentence: Span, value: Span, claimed: DateInterval): boolean {
  if (claimed.end - claimed.start < YEAR_DAYS) return false;
  const clause = clauseAt(text, sentence, value.start);
  return ANNIVERSARY.test(text.slice(clause.start, clause.end));
}

/** "This year marks …", "2025 is …", "Last year saw …": a period that is the subject of its clause. */
export function periodAsSubject(text: string, e: Span): boolean {
  const before = text.slice(Math.max(0, e.start - 3), e.start);
  if (!/(?:^|[.;:!?"“]\s*|\n\s*)$/.test(before) && e.start > 2) return false;
  return /^\s+(?:marks|marked|is|was|will be|has been|had been|saw|sees|brings|brought)\b/i.test(
    text.slice(e.end, e.end + 16),
  );
}
