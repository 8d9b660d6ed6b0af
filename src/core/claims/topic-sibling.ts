/**
 * A topic's event named elsewhere in the sentence (ADR 0168). A topic named in a date's clause
 * ("the first SR talks") stands for its dated events (context.ts, `withRelated`), but only for
 * those the sentence does not find by themselves: an event of the topic that the sentence names
 * in another clause ("… agreed with Wang Yi on a six-point consensus") is found there, so the
 * topic's stand-ins in the date's clause lack it. When those stand-ins are all the date's clause
 * holds and none fits the date, the topic's event named elsewhere that the date fits is the one
 * the topic means ("Doval, who was in Beijing on Wednesday for the first SR talks since 2019,
 * agreed with Wang Yi on a six-point consensus": the 23rd round's day, not the Kazan meeting's).
 */
import { type Checker, firm } from './check-common';
import { agreeingTie, type DateTie } from './date-ties';
import type { DateInterval } from './dates';
import type { TemporalExpression } from './temporal';

const samePlaces = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((p) => b.includes(p));

/** The topic's event found elsewhere in the sentence that the date fits, where the date's clause has only the topic's stand-ins. */
export function topicEventNamedElsewhere(
  c: Checker,
  e: TemporalExpression,
  close: readonly DateTie[],
  found: readonly DateTie[],
  claimed: DateInterval,
): DateTie | undefined {
  // ("Jaiswal said on Thursday that … the Busan summit that same day": a statement's day is no event's.)
  if (e.reporting) return undefined;
  const standIns = close.filter((t) => firm(t));
  if (!standIns.length || standIns.some((t) => !t.mention.derived || t.cmp.agrees)) return undefined;
  const topics = c.mentions.filter(
    (m) =>
      m.fact.kind === 'topic' &&
      m.strength !== 'evidence' &&
      standIns.some((t) => samePlaces(t.mention.positions, m.positions)),
  );
  const events = new Set(topics.flatMap((m) => (m.fact.relations ?? []).map((r) => r.target)));
  return agreeingTie(
    found.filter(
      (t) =>
        events.has(t.mention.fact.id) &&
        !t.mention.derived &&
        !t.mention.inherited &&
        !t.mention.loose &&
        (t.mention.strength === 'alias' || t.mention.strength === 'cue'),
    ),
    claimed,
  );
}
