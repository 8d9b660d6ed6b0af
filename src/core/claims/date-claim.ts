/**
 * The builders of a date's claim: against the fact it is tied to (`dateClaim`: a disputed date
 * or any doubt makes a disagreement `context`), and against an owner a rule has settled (a
 * keyword fact the date agrees with, an instrument in apposition, a meeting of the people named,
 * a report dated before its event: certain, no doubts).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { buildClaim, type Claim } from './claim';
import type { DateTie } from './date-ties';
import { type DateInterval, formatInterval } from './dates';
import { type Reason, reason } from './reasons';
import { statedStartMisses } from './stated-span';

/** How the date compares with the record: agreement and its reason. */
export interface DateComparison {
  readonly agrees: boolean;
  readonly reason: Reason;
}

export function certainDateClaim(
  c: Checker,
  e: Span,
  claimed: DateInterval,
  read: Reason,
  fact: Fact,
  via: Reason,
  record: DateInterval,
  cmp: DateComparison,
): Claim {
  return buildClaim(c.input.text, {
    span: e,
    fact,
    via,
    agrees: cmp.agrees,
    certain: true,
    resolved: formatInterval(claimed),
    record: formatInterval(record),
    reasons: [read, cmp.reason],
    doubts: [],
    published: c.input.published,
    confidence: fact.confidence,
  });
}

/** The reason a fact was found by its keywords ("words": those the sentence has). */
export const foundByWords = (fact: Fact, words: readonly string[]): Reason =>
  reason('found-evidence', { fact: fact.title, words: words.join(', ') });

/** A date's claim against the fact it is tied to. */
export function dateClaim(
  c: Checker,
  e: Span,
  t: Pick<DateTie, 'mention' | 'record' | 'cmp'>,
  claimed: DateInterval,
  read: Reason,
  doubts: Reason[],
) {
  const disputed = t.mention.fact.disputed?.includes('date') === true;
  // "ran from August 30 to September 1": a stated first day must be the record's (stated-span.ts).
  const cmp =
    (t.cmp.agrees &&
      statedStartMisses(c.input.text.slice(e.start, e.end), claimed, t.record, t.mention.fact)) ||
    t.cmp;
  return buildClaim(c.input.text, {
    span: e,
    fact: t.mention.fact,
    via: t.mention.via,
    agrees: disputed ? null : cmp.agrees,
    certain: !disputed && doubts.length === 0,
    resolved: formatInterval(claimed),
    record: formatInterval(t.record),
    reasons: [read, cmp.reason],
    doubts: disputed ? [reason('disputed', { part: 'date' }), ...doubts] : doubts,
    published: c.input.published,
    confidence: t.mention.fact.confidence,
  });
}
