/**
 * A day that is exactly the record of the whole a keyword-found part belongs to (ADR 0042,
 * round 17): "On Oct. 9 it went further, adding … rules reaching foreign-made products" finds
 * the start of No. 61's extraterritorial provisions (1 Dec) by the provisions' own words, but
 * those words describe the package they are part of, announced that day. Used by check-dates.ts.
 */

import type { Fact } from '../facts/schema';
import type { DateTie } from './date-ties';
import { type DateInterval, factInterval } from './dates';
import { reason } from './reasons';
import { compareDates } from './verdict';

/**
 * The tie of `best`'s whole (its `part-of` target) when `best` was found by keywords only, the
 * date disagrees with it, and the day is exactly the whole's day-precise record. Null otherwise.
 */
export function wholeOwningDay(
  best: DateTie,
  claimed: DateInterval,
  factById: (id: string) => Fact | undefined,
): DateTie | null {
  if (best.mention.strength !== 'evidence' || best.cmp.agrees || claimed.precision !== 'day') return null;
  for (const r of best.mention.fact.relations ?? []) {
    if (r.type !== 'part-of') continue;
    const whole = factById(r.target);
    const record = whole?.date ? factInterval(whole.date) : null;
    if (!whole || !record || record.precision !== 'day' || record.start !== claimed.start) continue;
    const via = reason(best.mention.via.code, { ...best.mention.via.params, fact: whole.title });
    return {
      ...best,
      mention: { ...best.mention, fact: whole, via },
      record,
      cmp: compareDates(claimed, record),
    };
  }
  return null;
}
