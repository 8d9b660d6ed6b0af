/**
 * The length of an event with a date range ("the three-day trip", "a two-day visit"), checked
 * against its record's days. Used by check-quantities.ts for durations in days or weeks.
 */
import { byStrength, type Checker } from './check-common';
import { buildClaim, type Claim } from './claim';
import { factInterval, formatInterval } from './dates';
import { eventOfLengthHead, lengthOfItsName } from './length-head';
import { RANK } from './mentions';
import { reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { tieOf } from './ties';

/** Units in which a stated length is the length of an event ("a three-day visit"). */
export const EVENT_LENGTH_UNITS = new Set(['day', 'week']);
/**
 * How many days apart ways of counting an event's length fall: the days of a visit with or without
 * its day of arrival or departure, a summit with or without its eve (ADR 0119). A length in days
 * further than this from the record is not another count of it.
 */
export const LENGTH_COUNTING_DAYS = 1;

/**
 * "The three-day trip", "a two-day visit": the length of an event with a date range,
 * counted inclusively. Outlets count visits differently, so a length that does not fit is
 * context, unless it is more than `LENGTH_COUNTING_DAYS` off an event named or cued in its clause
 * (ADR 0119); a length the sources dispute is context either way.
 */
export function checkLength(c: Checker, e: TemporalExpression, days: number): Claim | null {
  const t = c.mentions
    .filter(
      (m) => m.fact.kind === 'event' && m.fact.date?.precision === 'range' && RANK[m.strength] >= RANK.cue,
    )
    .map((m) => tieOf(c.input.text, c.sentence, e, m))
    .filter((x) => x.sameClause && !x.related)
    .sort(byStrength)[0];
  // "The two-day SCO summit": the event whose name holds the noun the length qualifies.
  const headed = t ? null : eventOfLengthHead(c.input.text, e, c.sentence, c.mentions);
  const mention = t?.mention ?? headed;
  const iv = mention?.fact.date ? factInterval(mention.fact.date) : null;
  if (!mention || !iv) return null;
  const recordDays = iv.end - iv.start + 1;
  const fits = Math.abs(days - recordDays) <= (e.params.unit === 'week' ? 3 : 0);
  // Found only by its keywords, the event is the length's noun; a length that does not fit says nothing.
  if (!t && !fits) return null;
  const disputed = mention.fact.disputed?.includes('length') === true;
  const params = { said: e.text, record: formatInterval(iv), days: recordDays };
  // "a five-day visit" for a visit of two days: no way of counting (arrival, departure) explains
  // it, when the length qualifies a noun of the event's own name ("visit", "summit") and the event
  // is named or cued in its clause. ("in the coming 20–25 days", "two days of talks" are not so.)
  const beyondCounting =
    !fits &&
    t !== undefined &&
    e.params.unit === 'day' &&
    Math.abs(days - recordDays) > LENGTH_COUNTING_DAYS &&
    lengthOfItsName(c.input.text, e, c.sentence, mention.fact);
  if (beyondCounting && !disputed)
    return buildClaim(c.input.text, {
      span: e,
      fact: mention.fact,
      via: mention.via,
      agrees: false,
      certain: true,
      resolved: `${days} days`,
      record: formatInterval(iv),
      reasons: [reason('length-off', params)],
      doubts: [],
      published: c.input.published,
      confidence: mention.fact.confidence,
    });
  return buildClaim(c.input.text, {
    span: e,
    fact: mention.fact,
    via: mention.via,
    agrees: disputed ? null : fits,
    certain: false,
    resolved: `${days} days`,
    record: formatInterval(iv),
    reasons: [reason(fits ? 'length-fits' : 'length-off', params)],
    doubts: [disputed ? reason('disputed', { part: 'length' }) : reason('length-counted')],
    published: c.input.published,
    confidence: mention.fact.confidence,
  });
}
