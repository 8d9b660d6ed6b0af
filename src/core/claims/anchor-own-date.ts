/**
 * A gap counted from an event the text dates right there (issue #7, ADR 0057): "two weeks before
 * Thursday's rare-earth news", "a day after Monday's talks". The possessive date says when the
 * anchor happened, so the gap counts from that day, not from the record of some fact whose words
 * stand in the anchor phrase (which may be an earlier event of the same kind: April's controls
 * for Thursday's news on them).
 */
import type { Checker } from './check-common';
import { type DateInterval, factInterval } from './dates';
import type { Mention } from './mentions';
import type { TemporalExpression } from './temporal';

/** The gap's word, then at most "the", then the date: nothing else between. */
const RIGHT_AFTER_GAP = /^\s*(?:(?:after|before|ahead of|prior to|following)\s+)?(?:the\s+)?$/i;

/**
 * The date that dates the gap's anchor: a date in the possessive ("Thursday's", "Oct. 30's")
 * right after the gap's word, resolved and not itself a gap or bound. Null when there is none.
 */
export function anchorOwnDate(c: Checker, e: TemporalExpression): TemporalExpression | null {
  if (e.kind !== 'anchored' || !/\b(?:after|before|following)$/i.test(e.text)) return null;
  const text = c.input.text;
  const x = (c.expressions ?? []).find(
    (d) => d.start >= e.end && d.start < c.sentence.end && RIGHT_AFTER_GAP.test(text.slice(e.end, d.start)),
  );
  if (!x || x.kind === 'anchored' || x.kind === 'duration' || x.bound !== null || !x.interval) return null;
  return /^['’]s\b/.test(text.slice(x.end, x.end + 3)) ? x : null;
}

/** True when the mention's fact has a record that shares a day with `day`. */
export function happenedOn(m: Mention, day: DateInterval | undefined): boolean {
  const record = m.fact.date ? factInterval(m.fact.date) : null;
  return record !== null && day !== undefined && record.start <= day.end && record.end >= day.start;
}
