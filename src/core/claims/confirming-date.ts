/**
 * A date claim tied by a cue (ADR 0077, ADR 0079): a date the sentence's structure ties to one
 * recorded event. possessive-date.ts and begun-date.ts claim it only where it agrees with the record
 * (confirming, never `differs`); instrument-dates.ts also for ADR 0139's scheduled start said wrong.
 */
import type { Fact } from '../facts/schema';
import { buildClaim, type Claim } from './claim';
import { type DateInterval, formatInterval } from './dates';
import { reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/**
 * The claim of `e` on `fact` tied by the cue `words`: confirming (agreeing, not certain) unless
 * `differs`, where the caller has settled that the date is that fact's own (ADR 0139's scheduled start).
 */
export function cueDateClaim(
  text: string,
  e: TemporalExpression,
  fact: Fact,
  claimed: DateInterval,
  record: DateInterval,
  words: string,
  published: number | null,
  differs: boolean,
): Claim {
  return buildClaim(text, {
    span: e,
    fact,
    via: reason('found-cue', { fact: fact.title, words }),
    agrees: !differs,
    certain: differs,
    resolved: formatInterval(claimed),
    record: formatInterval(record),
    reasons: [
      reason('read-date', { said: e.text, resolved: formatInterval(claimed), rule: e.rule }),
      compareDates(claimed, record).reason,
    ],
    published,
    confidence: fact.confidence,
  });
}
