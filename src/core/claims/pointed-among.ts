/**
 * "The meeting came two days after the two countries reached a settlement" where the sentences
 * before named more than one event the pointing words may stand for (ADR 0098): the gap, counted
 * from one event the sentence names firmly, agrees with the record of exactly one event named or
 * cued in the few sentences before. That agreement is said, as a claim about both events (ADR 0070
 * rule 8); a disagreement never is, since which event the pointing words stand for is a reading.
 * The structure is pointed-gap.ts's (ADR 0078): the pointing words open the sentence as the
 * subject of a verb of occurrence whose complement is the gap.
 */
import type { Checker } from './check-common';
import type { DateCheck } from './check-dates';
import { dateClaim } from './date-claim';
import { type DateInterval, factInterval } from './dates';
import type { Mention } from './mentions';
import { otherDateNotTheAnchors, ownEventBeforeGap, pointedFromNamedAnchor } from './pointed-gap';
import type { Reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/** How many sentences before the gap's own the event pointed back to may be named in. */
export const POINTED_SENTENCES_BACK = 3;

/** The claim that the one recent event the counted day agrees with is what the pointing words stand for, or null. */
export function pointedAmongGap(
  c: Checker,
  e: TemporalExpression,
  from: readonly Mention[],
  anchor: Mention,
  claimed: DateInterval,
  read: Reason,
  namesAnchor: boolean,
): DateCheck | null {
  // The event counted from: one, named here, not taken up from before, with a date.
  if (!e.offset || !anchor.fact.date || !pointedFromNamedAnchor(c, e, from, anchor, namesAnchor)) return null;
  const inSentence = (p: number) => p >= c.sentence.start && p < c.sentence.end;
  // No event of the sentence's own before the gap (a subject of its own).
  if (ownEventBeforeGap(c, e, anchor)) return null;
  // Any other date of the sentence is the anchor's own.
  const anchorRecord = factInterval(anchor.fact.date);
  if (!anchorRecord) return null;
  if (otherDateNotTheAnchors(c, e, anchorRecord)) return null;
  // The events named or cued in the few sentences before.
  const all = c.input.spans.sentences();
  const own = all.findIndex((s) => s.start <= c.sentence.start && c.sentence.start < s.end);
  const before = all.slice(Math.max(0, own - POINTED_SENTENCES_BACK), Math.max(0, own));
  const first = before[0];
  if (!first) return null;
  const recent = (c.earlier ?? [])
    .map((x) => x.mention)
    .filter(
      (m) =>
        !m.inherited &&
        !m.derived &&
        !m.loose &&
        m.fact.date &&
        m.fact.id !== anchor.fact.id &&
        !m.positions.some(inSentence) &&
        m.positions.some((p) => p >= first.start && p < c.sentence.start),
    );
  const agreeing = new Map<string, { mention: Mention; record: DateInterval }>();
  const seen = new Set<string>();
  for (const m of recent) {
    if (seen.has(m.fact.id) || !m.fact.date) continue;
    seen.add(m.fact.id);
    const record = factInterval(m.fact.date);
    if (record && compareDates(claimed, record).agrees) agreeing.set(m.fact.id, { mention: m, record });
  }
  if (agreeing.size !== 1) return null;
  const [subject] = [...agreeing.values()];
  if (!subject) return null;
  const cmp = compareDates(claimed, subject.record);
  const claim = dateClaim(c, e, { mention: subject.mention, record: subject.record, cmp }, claimed, read, []);
  return { claim: { ...claim, alsoFactIds: [anchor.fact.id] }, anchor: anchorRecord };
}
