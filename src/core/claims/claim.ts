/**
 * A checked claim and the one function that builds it. The verdict's wording lives in the
 * message catalogs; the claim carries reasons as data (see reasons.ts).
 */
import type { Fact } from '../facts/schema';
import { formatInterval, parsePartialDate } from './dates';
import { type Reason, reason } from './reasons';
import type { Verdict } from './verdict';

export interface Claim {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly factId: string;
  readonly verdict: Verdict;
  /** What the article says, resolved ("Oct 2024"), when it resolves. */
  readonly resolved: string | null;
  /** What the record says ("30 Oct 2024", "69 percent"). */
  readonly record: string;
  readonly reasons: readonly Reason[];
  /**
   * The other facts the claim is about: the event a gap counts from ("two days after the patrolling
   * agreement" is a claim about the agreement and the meeting alike, ADR 0070). Listed after
   * `factId` in the annotation's `factIds`; the card shows `factId`'s fact.
   */
  readonly alsoFactIds?: readonly string[];
  /**
   * True for a date claimed only because a relative of its fact is named nearby (instrument-dates.ts:
   * "introduced in April" beside "rare-earth magnets"): the claim tells the page nothing its
   * neighbour did not, so it is no further fact of the page (page-topic.ts, ADR 0104).
   */
  readonly byKin?: boolean;
}

/** The claim agrees with the record (`outdated` agrees with what the record was). */
export const agreesWithRecord = (c: { readonly verdict: Verdict }): boolean =>
  c.verdict === 'consistent' || c.verdict === 'outdated';

export interface ClaimParts {
  readonly span: { readonly start: number; readonly end: number };
  readonly fact: Fact;
  /** How the fact was found in the sentence. */
  readonly via: Reason;
  /** True: the article agrees with the record; false: it does not; null: not checkable. */
  readonly agrees: boolean | null;
  /** A disagreement is `differs` only when the tie is certain; else `context` with `doubts`. */
  readonly certain: boolean;
  readonly resolved: string | null;
  readonly record: string;
  /** How the words were read and how they compare, in order. */
  readonly reasons: readonly Reason[];
  /** Why a disagreement stays `context` (weak tie, reporting date, rivals, …). */
  readonly doubts?: readonly Reason[];
  /** The publication day number, for `outdated`. */
  readonly published: number | null;
  readonly confidence: string;
}

/**
 * The record's end, when the article was certainly written after it. A record that ended in a
 * month (or a year) only known as such may have ended after a story written within that month:
 * "Beijing relaxed its urea ban in June", published 20 August, is not outdated by a change of
 * "August 2025" (issue #7; ADR 0044, round 23). So a coarse end counts from its last day.
 */
function supersededSince(fact: Fact, published: number | null): string | null {
  // An instrument's date is the day it was issued, an act that stays true when a later notice
  // suspends or replaces it: "the controls announced on Oct. 9" is right after their suspension
  // (the card's timeline shows the suspension). A state's end outdates it (ADR 0176).
  if (!fact.validUntil || published === null || fact.kind === 'instrument') return null;
  const until = parsePartialDate(fact.validUntil);
  return until && published >= until.end ? formatInterval(until) : null;
}

/** Builds a claim: the verdict from agreement, certainty and supersession, with its reasons. */
export function buildClaim(text: string, p: ClaimParts): Claim {
  const since = p.agrees ? supersededSince(p.fact, p.published) : null;
  const verdict: Verdict =
    p.agrees === true
      ? since
        ? 'outdated'
        : 'consistent'
      : p.agrees === false && p.certain
        ? 'differs'
        : 'context';
  const why: Reason[] = [];
  if (verdict === 'outdated' && since) why.push(reason('superseded', { since }));
  if (verdict === 'differs')
    for (const r of p.fact.misreports ?? [])
      why.push(reason('misreport', { wrong: r.wrong, right: r.right }));
  if (verdict === 'context') why.push(...(p.doubts?.length ? p.doubts : [reason('weak-tie')]));
  return {
    start: p.span.start,
    end: p.span.end,
    quote: text.slice(p.span.start, p.span.end),
    factId: p.fact.id,
    verdict,
    resolved: p.resolved,
    record: p.record,
    reasons: [p.via, ...p.reasons, reason('record', { record: p.record, confidence: p.confidence }), ...why],
  };
}
