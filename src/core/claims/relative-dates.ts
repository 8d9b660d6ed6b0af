/**
 * A date in a relative clause opened after a figure ("300 applications are pending under the
 * curbs China imposed in April") dates the clause's noun (relative-clause.ts), so it does not
 * name the period the figure is counted for (figure-period.ts, otherPeriod; ADR 0042, round 25).
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { relativeClauseOf } from './relative-clause';

/**
 * The words of `within` on either side of the figure at `span`, with the dates blanked that stand
 * in a relative clause opened after the figure ("300 applications are pending under the curbs
 * China imposed in April"): such a date is its noun's, not the period the figure is counted for.
 */
export function periodWordsBeside(c: Checker, span: Span, within: Span): string {
  const text = c.input.text;
  let after = text.slice(span.end, within.end);
  for (const x of c.expressions ?? []) {
    if (x.start < span.end || x.end > within.end) continue;
    const rel = relativeClauseOf(text, c.sentence, x);
    if (rel && rel.clause.start >= span.end) {
      const at = x.start - span.end;
      after = after.slice(0, at) + ' '.repeat(x.end - x.start) + after.slice(at + x.end - x.start);
    }
  }
  return text.slice(within.start, span.start) + after;
}
