/**
 * "China's commerce ministry on Thursday added five rare earths to the list, six months after
 * seven others were placed under control": a fact named before a gap and dated there by a date
 * that agrees with its record is what the gap dates, the sentence's subject; a word of it after
 * the gap ("control") does not make it what the gap counts from (ADR 0056).
 */
import type { Checker } from './check-common';
import { factInterval } from './dates';
import type { Mention } from './mentions';
import type { TemporalExpression } from './temporal';

export function datedBeforeGap(c: Checker, m: Mention, e: TemporalExpression): boolean {
  const record = m.fact.date ? factInterval(m.fact.date) : null;
  if (!record || !m.positions.some((p) => p >= c.sentence.start && p < e.start)) return false;
  return (c.expressions ?? []).some(
    (x) =>
      x !== e &&
      x.kind !== 'anchored' &&
      x.start >= c.sentence.start &&
      x.end <= e.start &&
      x.interval !== null &&
      x.interval.start <= record.end &&
      x.interval.end >= record.start,
  );
}
