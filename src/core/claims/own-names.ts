/**
 * Names that may stand inside an event's paraphrase card without making it a card of two things
 * (ADR 0037). Its own people and places (annotate.ts keeps them), and the topics it is part of:
 * "China formally suspended a package of export controls on rare earths" describes the
 * suspension notice, and "export controls on rare earths" (the topic of China's rare-earth export
 * controls, which the notice is part of) is only its object. The name keeps its own card; the
 * event's card goes on the words beside it (card-span.ts). A topic merely related to the event is
 * not enough by itself: it may be what the clause is about instead ("rare-earth magnets that
 * slowed to a trickle after it imposed export licensing"). It is enough as the complement of the
 * event's own words (ADR 0041, round 20): after a word that found the event, as the object of its
 * verb or noun ("halted fertilizer exports", "granted licences … to import rare-earth magnets").
 */
import type { Fact } from '../facts/schema';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** True when `topic` is a topic that `fact` has a relation of one of `types` to (fact base relations). */
function topicOf(fact: Fact, topic: Fact, types: readonly string[]): boolean {
  if (topic.kind !== 'topic') return false;
  return (fact.relations ?? []).some((r) => r.target === topic.id && types.includes(r.type));
}

/** Ids of the names that may stand inside `fact`'s paraphrase card. */
export function ownNames(fact: Fact, factById: (id: string) => Fact | undefined): (id: string) => boolean {
  const own = new Set([fact.id, ...(fact.places ?? []), ...(fact.actors ?? [])]);
  return (id) => {
    if (own.has(id)) return true;
    const other = factById(id);
    return other !== undefined && topicOf(fact, other, ['part-of']);
  };
}

/**
 * True when `name` (a term inside `card`) is a topic `fact` is related to, standing after one of
 * `found` (the offsets of the words that found the fact) inside the card: the event's complement
 * ("halted fertilizer exports to all markets"), not the clause's subject.
 */
export function relatedObject(
  fact: Fact,
  name: Span & { readonly factId: string },
  card: Span,
  found: readonly number[],
  factById: (id: string) => Fact | undefined,
): boolean {
  const topic = factById(name.factId);
  if (!topic || !topicOf(fact, topic, ['related'])) return false;
  return found.some((p) => p >= card.start && p < name.start);
}
