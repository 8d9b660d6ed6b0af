/**
 * A dateline's day that the lead sentence gives again (ADR 0077): "TIANJIN, Aug. 31 -- Xi met
 * Modi on Sunday in Tianjin". A dateline dates the report, not the event (datelines.ts), so its
 * date is no claim by itself; but when the sentence it opens dates an event with a day that is the
 * dateline's own day ("on Sunday" read as 31 August), the dateline says that day of that event
 * too. It only confirms: a day that agrees with the record gives the dateline the same card (the
 * same fact and verdict); a day that does not is flagged where the sentence gives it, and the
 * dateline, which may only be the day the report was filed, is left alone. A dateline a day after the
 * event ("BEIJING, Nov 8 - China on Friday …", Friday the 7th) says nothing of it and stays
 * unclaimed; so does one with no day of the event beside it.
 */
import { agreesWithRecord, type Claim } from './claim';
import type { TemporalExpression } from './temporal';

/** A day, resolved: "Aug. 31", "on Sunday" (not a month, a range, or an unresolved date). */
const dayOf = (e: TemporalExpression): number | null =>
  (e.kind === 'absolute' || e.kind === 'relative') && e.bound === null && e.interval?.precision === 'day'
    ? e.interval.start
    : null;

/**
 * Claims on the dateline's date (`lineDays`, the expressions read inside the dateline) for the
 * facts the sentence's own day expressions (`expressions`) were claimed for (`here`), when both
 * name the same day.
 */
export function datelineDays(
  text: string,
  lineDays: readonly TemporalExpression[],
  expressions: readonly TemporalExpression[],
  here: readonly Claim[],
): Claim[] {
  const out: Claim[] = [];
  for (const line of lineDays) {
    const day = dayOf(line);
    if (day === null) continue;
    for (const e of expressions) {
      if (dayOf(e) !== day) continue;
      for (const c of here) {
        if (c.start >= e.end || e.start >= c.end || !agreesWithRecord(c)) continue;
        if (out.some((o) => o.factId === c.factId)) continue;
        out.push({ ...c, start: line.start, end: line.end, quote: text.slice(line.start, line.end) });
      }
    }
  }
  return out;
}
