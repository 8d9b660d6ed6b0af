/**
 * "Wang Yi visited New Delhi on Aug. 18-19" in an article with no publication date (ADR 0047):
 * the text gives the days and the month, not the year, and no year can be chosen for them. The
 * days read in the year of a record they are tied to, agreeing with it, are that event's days
 * stated right: `consistent`. A year the text never gave cannot make them wrong, so nothing
 * else is said of them (a reading that does not agree stays unresolved: context).
 */
import type { Checker } from './check-common';
import { checkDate } from './check-dates';
import { agreesWithRecord } from './claim';
import type { DateCheck } from './date-fallbacks';
import { factInterval, formatInterval, ymd } from './dates';
import { RANK } from './mentions';
import { reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { dayRange, monthOf, num } from './temporal-common';

/** The rules whose unresolved reading is a day or days and a month. */
const DAY_RULES = new Set(['day-month', 'month-day']);

/** The day-precise claim of `e` read in the year of a tied fact's record it agrees with, or null. */
export function undatedDays(c: Checker, e: TemporalExpression): DateCheck | null {
  if (c.input.published !== null || e.interval !== null || !DAY_RULES.has(e.rule ?? '')) return null;
  const g = e.params as Record<string, string>;
  const years = new Set<number>();
  for (const m of c.mentions) {
    if (!m.fact.date || RANK[m.strength] < RANK.cue) continue;
    const record = factInterval(m.fact.date);
    if (record && (record.precision === 'day' || record.precision === 'range'))
      years.add(ymd(record.start).year);
  }
  for (const year of years) {
    const d2 = g.day3 !== undefined ? num(g, 'day3') : num(g, 'day2');
    const days = dayRange(year, monthOf(g), num(g, 'day'), d2, g.month2 ? monthOf(g, 'month2') : undefined);
    if (!days) continue;
    const read = reason('read-date', {
      said: e.text,
      resolved: formatInterval(days),
      rule: e.rule ?? e.kind,
    });
    const got = checkDate(c, e, days, read);
    if (got.claim && agreesWithRecord(got.claim)) return got;
  }
  return null;
}
