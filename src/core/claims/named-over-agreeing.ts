/**
 * "The meeting came after the two leaders' talks in Kazan, Russia, last December" (ADR 0129): the
 * date's clause names the Kazan meeting, and "talks" alone (keyword evidence) finds the SR round
 * of December, which the date agrees with. Before this the agreeing candidate took the date as
 * `consistent`, so a wrong date of the event the clause names came out as the right date of
 * another: the attribution followed the date. The event the clause's own words name more firmly
 * (a name over a cue, a cue over keywords) keeps the date; the agreeing one goes behind it and
 * stays a rival there (check-date-best.ts), which leaves the claim `context` unless the rival
 * guards clear it.
 *
 * Not a part of the agreeing fact or its whole (part-over-whole, partNamedIn), nor a candidate
 * that is derived from a topic or carried over from another sentence, nor one past a relational
 * word ("after the Galwan clash"), whose date is not the clause's.
 */
import { firm } from './check-common';
import type { DateTie } from './date-ties';

const related = (a: DateTie, b: DateTie) =>
  (a.mention.fact.relations ?? []).some((r) => r.type === 'part-of' && r.target === b.mention.fact.id) ||
  (b.mention.fact.relations ?? []).some((r) => r.type === 'part-of' && r.target === a.mention.fact.id);

/** True when a candidate of the date's clause (`close`) that disagrees is named more firmly than the agreeing `hit`. */
export function namedOverAgreeing(close: readonly DateTie[], hit: DateTie): boolean {
  return close.some(
    (t) =>
      t.mention.fact.id !== hit.mention.fact.id &&
      !t.cmp.agrees &&
      firm(t) &&
      t.whole &&
      !t.mention.derived &&
      !t.mention.inherited &&
      t.mention.strength === 'alias' &&
      hit.mention.strength === 'evidence' &&
      t.distance <= hit.distance &&
      !related(t, hit),
  );
}

/** `order` with the candidates of `factId` moved behind every other. */
export function behind(order: readonly DateTie[], factId: string | null): DateTie[] {
  if (factId === null) return [...order];
  return [
    ...order.filter((t) => t.mention.fact.id !== factId),
    ...order.filter((t) => t.mention.fact.id === factId),
  ];
}
