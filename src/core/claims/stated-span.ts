/**
 * "The SCO summit in Tianjin ran from August 30 to September 1", "India hosted the talks on 17–18
 * June": a span of days the text states with both its ends, set against an event the record gives
 * a span of days for, says when the event began. Overlap (verdict.ts) is the right test for a day
 * inside a span ("met on the summit's opening day") or a span read from a vaguer phrase; for a
 * stated first day it lets a wrong start pass. The start must be the record's. Only the start:
 * coverage reports the last day of a visit loosely ("Aug. 18 to 20" for a visit the record ends on
 * the 19th, the guest leaving the next morning), so a differing end is left to overlap (ADR 0167).
 */
import type { Fact } from '../facts/schema';
import type { DateInterval } from './dates';
import { formatInterval } from './dates';
import { reason } from './reasons';
import type { Comparison } from './verdict';
import { MONTH_NAMES } from './words';

/** A month's name or abbreviation, optionally with a dot (words.ts's names). */
const MONTH = `(?:${MONTH_NAMES})\\.?`;

/**
 * Two day numbers joined as one span: "13–16 July", "July 13-16", "August 31 to September 2",
 * "30 August to 1 September". Not "and" ("18 and 19 August" may be two days of something), nor a
 * hedge before it (then the ends are not stated as such).
 */
const STATED_SPAN = new RegExp(
  `^(?:from\\s+)?(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}(?:\\s+${MONTH})?)\\s*(?:[-–—]|\\s(?:to|until|till|through)\\s)\\s*(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}(?:\\s+${MONTH})?)(?:,?\\s+\\d{4})?$`,
  'i',
);

/** A full calendar day ("2025-08-31"). */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The comparison of a stated span's first day with a record's span of days: `null` when this rule has nothing to say. */
export function statedStartMisses(
  quote: string,
  claimed: DateInterval,
  record: DateInterval,
  fact: Fact,
): Comparison | null {
  const date = fact.date;
  if (!date?.end || !FULL_DAY.test(date.start) || !FULL_DAY.test(date.end)) return null;
  if (claimed.end <= claimed.start || record.end <= record.start) return null;
  if (claimed.start === record.start || !STATED_SPAN.test(quote.trim())) return null;
  return {
    agrees: false,
    reason: reason('dates-apart', {
      claimed: formatInterval(claimed),
      record: formatInterval(record),
      days: Math.abs(claimed.start - record.start),
    }),
  };
}
