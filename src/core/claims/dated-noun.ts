/**
 * "IndiGo's Delhi–Guangzhou service began on Monday, joining the Kolkata route that restarted on
 * 26 October": the flights' resumption, found only by keywords (IndiGo, Guangzhou, Kolkata), is
 * dated rightly by a relative clause on a noun phrase that holds one of those keywords ("the
 * Kolkata route that restarted on 26 October"). That noun phrase is the event; a date outside it
 * and its clause is another happening's (a second route), not a wrong date of the one the
 * sentence has dated already (issue #7, ADR 0161). Keywords only: a name or a cue in the date's
 * own clause still owns it.
 */
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import { gapDays } from './dates';
import { relativeClauseOf } from './relative-clause';
import { SAME_PRECISION_DAYS } from './rivals-disagree';
import type { TemporalExpression } from './temporal';

/** True when a keyword of `t` heads a relative clause whose own date agrees with `t`'s record, away from `e`. */
export function keywordNounDatedElsewhere(c: Checker, e: TemporalExpression, t: DateTie): boolean {
  if (t.mention.strength !== 'evidence' || t.cmp.agrees) return false;
  const text = c.input.text;
  return (c.expressions ?? []).some((x) => {
    if (x === e || x.start === e.start || !x.interval || (x.kind !== 'absolute' && x.kind !== 'relative'))
      return false;
    if (gapDays(x.interval, t.record) !== 0) return false;
    // (At about the record's own precision: "this year" does not date a day's event.)
    if (x.interval.end - x.interval.start > t.record.end - t.record.start + SAME_PRECISION_DAYS) return false;
    const rel = relativeClauseOf(text, c.sentence, x);
    if (!rel || rel.byName || x.start < rel.clause.start || x.start >= rel.clause.end) return false;
    const noun = (p: number) => [rel.head, rel.last].some((s) => p >= s.start && p < s.end);
    if (!t.mention.positions.some(noun)) return false;
    return e.start < rel.head.start || e.start >= rel.clause.end;
  });
}
