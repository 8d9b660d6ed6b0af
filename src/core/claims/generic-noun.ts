/**
 * A relative clause's noun that only a generic cue names (ADR 0061). "China has required licences
 * for exports of rare earths under rules it introduced on April 4": "rules it introduced" meets the
 * cue of any instrument ("introduced + rules"), so naming one there says nothing about which. The
 * host clause says what the rules are (licences for exports), and the fact cued there fits the
 * date: the clause's noun is that fact, told by its kind. So when every fact the relative clause
 * names is found only by cue words or keywords and disagrees with the date, while a fact cued or named by the
 * sentence outside it agrees, the date is weighed over all the sentence's ties as usual (the one
 * it fits, or a rival's doubt), not tied to the generic noun alone.
 */
import type { DateTie } from './date-ties';

export function genericNounOnly(named: readonly DateTie[], ties: readonly DateTie[]): boolean {
  return (
    named.every((t) => t.mention.strength !== 'alias' && !t.cmp.agrees) &&
    ties.some(
      (t) =>
        !named.includes(t) &&
        t.cmp.agrees &&
        (t.mention.strength === 'cue' || t.mention.strength === 'alias') &&
        !t.mention.derived &&
        !t.mention.loose,
    )
  );
}
