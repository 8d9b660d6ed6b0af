/**
 * Durations (check-quantities.ts reads figures): the length of an event ("a three-day trip"),
 * or a gap in years ("the first in five years"), read by what was interrupted (ADR 0047).
 */

import type { Checker } from './check-common';
import { checkQuantity } from './check-quantities';
import type { Claim } from './claim';
import { checkLength, EVENT_LENGTH_UNITS } from './event-length';
import { elapsedOrLeft } from './figure-owners';
import { sameGapUnclear } from './gap-unclear';
import { presenceGapOfOther } from './presence-gap';
import { reason } from './reasons';
import { relatedLength } from './related-length';
import { stoppageOfOther } from './stoppage-length';
import type { TemporalExpression } from './temporal';
import { fmt } from './verdict';

/** Units of a duration that can state a gap of years ("three-day" cannot). */
const YEARLY_UNITS = new Set(['year', 'decade']);

/** A duration ("more than four years", "the first in five years", "a three-day visit"). */
export function checkDuration(c: Checker, e: TemporalExpression): Claim | null {
  const d = e.duration;
  if (!d) return null;
  const unit = String(e.params.unit ?? 'year');
  if (EVENT_LENGTH_UNITS.has(unit)) return checkLength(c, e, Math.round(d.years * 365.25));
  // "remain in force seven months on", "leaving exporters about five months of certainty": a
  // few months elapsed or left (up to or from now) are not the length of anything recorded.
  if (d.years < 1 && elapsedOrLeft(c.input.text, e)) return null;
  // Months are read only against a record of a short span ("hold off for six months" on a
  // one-year pause); elsewhere a few months measure something else.
  if (
    !YEARLY_UNITS.has(unit) &&
    d.years < 1 &&
    !(
      unit === 'month' &&
      c.mentions.some((m) => m.fact.quantity?.unit === 'years' && m.fact.quantity.value <= 2)
    )
  )
    return null;
  const read = reason('read-duration', { said: e.text, years: fmt(d.years) });
  const toPublication = e.params.toPublication === 1;
  const claim =
    checkQuantity(c, e, d.years, d.comparator, 'years', read, toPublication) ??
    relatedLengthClaim(c, e, d.years, d.comparator, read, toPublication);
  const owner = claim ? c.input.factById(claim.factId) : undefined;
  if (owner && (presenceGapOfOther(c.input.text, e, owner) || stoppageOfOther(c.input.text, e, owner)))
    return null;
  // Which gap a length is, read by what was interrupted, confirms or withholds; it never makes
  // a length wrong that the whole cues did not already make wrong (ADR 0047).
  if (claim?.verdict !== 'differs') return claim;
  const before = checkQuantity(c, e, d.years, d.comparator, 'years', read, toPublication, false);
  if (before?.verdict === 'differs') return before;
  // Both readings give this gap and the whole-cue one only doubted a rival (gap-unclear.ts).
  return sameGapUnclear(claim, before) ? claim : null;
}

/**
 * "agreed to pause it for one year after Xi met Trump in Busan": the recorded length the act word
 * and a related event of the sentence point to (related-length.ts), when the value agrees with it
 * (ADR 0153); any other verdict is no claim.
 */
function relatedLengthClaim(
  c: Checker,
  e: TemporalExpression,
  years: number,
  comparator: NonNullable<TemporalExpression['duration']>['comparator'],
  read: ReturnType<typeof reason>,
  toPublication: boolean,
): Claim | null {
  const m = relatedLength(c, e);
  if (!m) return null;
  const claim = checkQuantity(
    { ...c, mentions: [...c.mentions, m] },
    e,
    years,
    comparator,
    'years',
    read,
    toPublication,
  );
  return claim?.verdict === 'consistent' ? claim : null;
}
