/**
 * A gap's subject reading settling the whole-cue reading's doubt (ADR 0108). "India resumed tourist
 * visas … on July 24 after a two-year pause, Indian pilgrims returned to Mount Kailash …": read by
 * every word of the cues, the pause is the visas' gap with the pilgrimage's as a rival (`context`,
 * measure unclear); read by what was interrupted (ADR 0047), it is the visas' alone. When both
 * readings give the same gap and the whole-cue reading's only doubt was that rival, the subject
 * reading's `differs` stands: it names no other fact than the whole-cue reading did.
 */
import type { Claim } from './claim';

/** The whole-cue claim `before` is `claim`'s fact, left `context` only for an unclear measure. */
export function sameGapUnclear(claim: Claim, before: Claim | null): boolean {
  if (!before || before.factId !== claim.factId || before.verdict !== 'context') return false;
  // A context claim's doubts are the reasons after its record (claim.ts `buildClaim`).
  const doubts = before.reasons.slice(before.reasons.findIndex((r) => r.code === 'record') + 1);
  return doubts.length > 0 && doubts.every((r) => r.code === 'measure-unclear');
}
