/**
 * Dates that may agree with the fact they were tied to but are never called wrong for it, whatever
 * the tie: the date of a stopping, for a fact that is no stopping (ADR 0047), and a date on an
 * effect's side of a cause and its effect (ADR 0054). Used by check-dates.ts on its result.
 */
import { agreedActOutside } from './agreed-act';
import type { Checker } from './check-common';
import { agreesWithRecord, type Claim } from './claim';
import { counterfactualOfOther } from './counterfactual-schedule';
import { splitLeavesDoubt } from './effect-clause';
import { measureAttributeOfOther } from './measure-attribute';
import { isStopping, stoppedBefore } from './stopped-subject';
import type { TemporalExpression } from './temporal';

/** True when `claim` disagrees with its record and the sentence says its date is another event's. */
export function withheldDisagreement(c: Checker, e: TemporalExpression, claim: Claim | null): boolean {
  if (!claim || agreesWithRecord(claim)) return false;
  // "which would have applied from today": the schedule's day, not an act's on it (ADR 0113).
  const owner = c.input.factById(claim.factId);
  if (owner && counterfactualOfOther(c, e, owner)) return true;
  // "The agreement … to resume the Kailash pilgrimage comes six weeks after …": the agreement's
  // date, not the act it agreed on (ADR 0123).
  if (owner && agreedActOutside(c, e, owner)) return true;
  // "the April 2025 licensing regime": the measure the phrase names, not another fact (ADR 0123).
  if (measureAttributeOfOther(c, e, claim.factId)) return true;
  // "direct air links that were suspended in 2020": the date of a stopping is not wrong for
  // an event that is no stopping, whichever of them the date was tied to.
  if (stoppedBefore(c.input.text, c.sentence, e)) {
    const fact = c.input.factById(claim.factId);
    if (fact && !isStopping(fact)) return true;
  }
  // "forced carmakers to halt production in June": the facts left on the effect's side may
  // agree with the date, not be called wrong by it.
  return splitLeavesDoubt(c.input.text, c.sentence, e, c.mentions, claim.factId);
}
