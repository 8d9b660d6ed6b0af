/**
 * Names that may stand inside an event's paraphrase card without making it a card of two things
 * (ADR 0037). Its own people and places (annotate.ts keeps them), and the topics it is part of:
 * "China formally suspended a package of export controls on rare earths" describes the
 * suspension notice, and "export controls on rare earths" (the topic of China's rare-earth export
 * controls, which the notice is part of) is only its object. The name keeps its own card; the
 * event's card goes on the words beside it (card-span.ts). A topic merely related to the event is
 * not enough: it may be what the clause is about instead.
 */
import type { Fact } from '../facts/schema';

/** True when `topic` is a topic that `fact` is part of (fact base relations). */
function topicOf(fact: Fact, topic: Fact): boolean {
  if (topic.kind !== 'topic') return false;
  return (fact.relations ?? []).some((r) => r.target === topic.id && r.type === 'part-of');
}

/** Ids of the names that may stand inside `fact`'s paraphrase card. */
export function ownNames(fact: Fact, factById: (id: string) => Fact | undefined): (id: string) => boolean {
  const own = new Set([fact.id, ...(fact.places ?? []), ...(fact.actors ?? [])]);
  return (id) => {
    if (own.has(id)) return true;
    const other = factById(id);
    return other !== undefined && topicOf(fact, other);
  };
}
