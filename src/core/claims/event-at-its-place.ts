/**
 * An event named by its place, where the sentence names the event by its own word and the place
 * after a locative preposition (ADR 0041 round 18). The fact base lets a city stand for the event
 * held there ("Kazan" for the Modi–Xi meeting, read so when the document names the leaders), which
 * is right where the name stands for the event ("what Kazan changed", "since Kazan"). In "met in
 * Kazan", "their meeting in the Russian city of Kazan", "talks the two leaders held in Kazan" the
 * verb or noun names the event and the name after "in" is the city itself: the event's card spans
 * from that word to the name, and the name gets the place's card inside it (hover reaches the inner
 * card, ADR 0041).
 *
 * The event's own words are the lower-case words of its cues ("met", "meeting", "talks") and the
 * head nouns of its aliases that hold the place's name ("Kazan summit" → "summit"); at most
 * MAX_BETWEEN words without punctuation stand between that word and the preposition ("meeting with
 * Xi in", "talks the two leaders held in").
 */
import type { Fact } from '../facts/schema';
import { type Span, spanAt } from '../match/sentences';
import type { Analysis, IndexedTerm, MatcherIndex, TermMatch } from '../match/terms';

/** Words allowed between the event's word and the preposition. */
const MAX_BETWEEN = 4;

/** "in"/"at", optionally "the (Russian) city of", right before the name. */
const LOCATIVE = /\b(?:in|at)\s+(?:the\s+(?:[\p{L}-]+\s+)?(?:city|town|capital)\s+of\s+)?$/iu;

export interface EventAtItsPlace {
  /** The event's card: from its own word to the end of the name. */
  readonly event: TermMatch;
  /** The place's card, on the name. */
  readonly place: TermMatch;
}

/** The fact's own words that may govern the place ("met", "meeting", "summit"), lower case. */
function eventWords(fact: Fact, placeAliases: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const cue of fact.cues ?? [])
    for (const group of cue.allOf)
      if (group.every((w) => w === w.toLowerCase()))
        for (const w of group) if (!w.includes(' ')) words.add(w);
  for (const alias of fact.aliases) {
    const parts = alias.text.split(/\s+/);
    const head = parts[parts.length - 1] as string;
    if (parts.length === 2 && placeAliases.includes((parts[0] as string).toLowerCase()))
      words.add(head.toLowerCase());
  }
  return words;
}

/**
 * The event terms of `analysis` that name an own place after a preposition governed by the event's
 * word, with the widened event span and the place's term. `sentences` is asked for only when a
 * term could qualify (an event's alias that is also one of its places' names).
 */
export function eventsAtTheirPlace(
  text: string,
  index: MatcherIndex,
  analysis: Analysis,
  factById: (id: string) => Fact | undefined,
  sentences: () => readonly Span[],
): EventAtItsPlace[] {
  const out: EventAtItsPlace[] = [];
  let places: Map<string, IndexedTerm[]> | null = null;
  let spans: readonly Span[] | null = null;
  const words = new Map<string, Set<string>>();
  for (const t of analysis.terms) {
    const fact = factById(t.factId);
    if (fact?.kind !== 'event' || !fact.places?.length) continue;
    places ??= placeTerms(index, factById);
    const alias = t.alias.toLowerCase();
    const place = places.get(alias)?.find((x) => fact.places?.includes(x.factId));
    if (!place) continue;
    spans ??= sentences();
    const sentence = spans[spanAt(spans, t.start)];
    const from = sentence?.start ?? 0;
    const before = text.slice(Math.max(from, t.start - 200), t.start);
    const loc = LOCATIVE.exec(before);
    if (!loc) continue;
    if (!words.has(fact.id)) words.set(fact.id, eventWords(fact, [alias]));
    const head = governingWord(before.slice(0, loc.index), words.get(fact.id) as Set<string>);
    if (head === null) continue;
    const start = t.start - before.length + head;
    out.push({
      event: { start, end: t.end, factId: t.factId, alias: t.alias },
      place: { start: t.start, end: t.end, factId: place.factId, alias: place.alias },
    });
  }
  return out;
}

/** The index's place terms by lower-case alias. */
function placeTerms(
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
): Map<string, IndexedTerm[]> {
  const out = new Map<string, IndexedTerm[]>();
  for (const term of index.terms) {
    if (factById(term.factId)?.kind !== 'place') continue;
    const key = term.alias.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), term]);
  }
  return out;
}

/** Offset in `before` of the event's word that ends it, up to MAX_BETWEEN words earlier. */
function governingWord(before: string, words: ReadonlySet<string>): number | null {
  const tail = /(?:[\p{L}\p{N}'’-]+\s+){0,8}$/u.exec(before);
  if (!tail) return null;
  const found = [...tail[0].matchAll(/[\p{L}\p{N}'’-]+/gu)];
  for (let k = found.length - 1, n = 0; k >= 0 && n <= MAX_BETWEEN; k--, n++) {
    const m = found[k] as RegExpMatchArray;
    if (words.has(m[0].toLowerCase())) return tail.index + (m.index as number);
  }
  return null;
}
