/**
 * A date claim that only confirms (ADR 0077, ADR 0079): a date the sentence's structure ties to one
 * recorded event, claimed only where it agrees with the record, so it can never say `differs`.
 * The shared builder of possessive-date.ts and begun-date.ts.
 */
import type { Fact } from '../facts/schema';
import { buildClaim, type Claim } from './claim';
import { type DateInterval, formatInterval } from './dates';
import { reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/** The confirming claim of `e` on `fact`; `words` are the words that tied them. */
export function confirmingDateClaim(
  text: string,
  e: TemporalExpression,
  fact: Fact,
  claimed: DateInterval,
  record: DateInterval,
  words: string,
  published: number | null,
): Claim {
  return cueDateClaim(text, e, fact, claimed, record, words, published, false);
}

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
