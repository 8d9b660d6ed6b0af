/**
 * Own names inside an event's name (ADR 0041). "the BRICS summit in Kazan", "disengagement at
 * Depsang and Demchok", "the clash in the Galwan Valley": the matcher keeps the longest alias (the
 * event), so the city or valley written inside it gets no card of its own, though a reader asks
 * "where is Depsang?" there as anywhere else. A name inside an event's alias whose fact is one of
 * the event's own places or actors (fact base `places`, `actors`) and that stands as a
 * preposition's complement is carded too, as that place or actor: "Kazan" in "BRICS summit in
 * Kazan" is the city, whatever the bare word "Kazan" is read as elsewhere. Names of anything
 * else inside an event's alias stay uncarded (the alias chose what the words are about).
 */
import type { Fact } from '../facts/schema';
import type { Analysis, IndexedTerm, MatcherIndex, TermMatch } from '../match/terms';

/**
 * The name is a preposition's complement in the alias ("summit in Kazan", "disengagement at
 * Depsang and Demchok", "clash in the Galwan Valley"): a place the words refer to by itself. A
 * place that modifies the event's noun ("the Kazan meeting", "the Galwan clash") is part of the
 * event's name and keeps no card of its own (an organisation there does: MODIFIER_KINDS).
 */
const COMPLEMENT =
  /\b(?:in|at|from|near|of|between)\s+(?:the\s+)?(?:[\p{L}-]+\s+(?:and|or)\s+(?:the\s+)?)?$/iu;

/**
 * An organisation that opens the alias and modifies its noun ("the BRICS summit in Kazan", "SCO
 * summit"): the body whose gathering it is, which a reader asks about by itself ("what is the
 * SCO?"), unlike a place in that position ("the Kazan meeting", the event named by where it was
 * held; ADR 0041 round 18). Only an organisation among the event's own actors.
 */
const MODIFIER_KINDS = new Set(['organisation']);

/** Kinds whose aliases may hold the names of their own places and actors. */
const EVENT_KINDS = new Set(['event']);
/** Kinds of the names carded inside them. */
const NAME_KINDS = new Set(['place', 'person', 'organisation', 'topic']);

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly terms: readonly IndexedTerm[];
}

/** Every occurrence of a phrase that names a place, person or organisation, by start. */
function nameOccurrences(
  index: MatcherIndex,
  analysis: Analysis,
  factById: (id: string) => Fact | undefined,
): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [key, starts] of analysis.positions) {
    const terms = (index.keyTerms[key] ?? [])
      .map((id) => index.terms[id] as IndexedTerm)
      .filter((x) => NAME_KINDS.has(factById(x.factId)?.kind ?? ''));
    if (!terms.length) continue;
    const ends = analysis.ends.get(key) ?? [];
    starts.forEach((start, i) => {
      out.push({ start, end: ends[i] as number, terms });
    });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The topics an event is part of (fact base `relations`, `part-of`): "the Special
 * Representatives" in "the 23rd meeting of the Special Representatives" is the mechanism whose
 * round the meeting was, named by itself as a preposition's complement (ADR 0041 round 2,
 * reverted then for the held-out floor of its day, restored in round 18).
 */
const ownTopics = (fact: Fact, factById: (id: string) => Fact | undefined) =>
  (fact.relations ?? [])
    .filter((r) => r.type === 'part-of' && factById(r.target)?.kind === 'topic')
    .map((r) => r.target);

/** Index of the first occurrence starting at or after `at`. */
function firstFrom(list: readonly Occurrence[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Occurrence).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The own places and actors written inside the event aliases of `analysis.terms`. */
export function nestedOwnNames(
  text: string,
  index: MatcherIndex,
  analysis: Analysis,
  factById: (id: string) => Fact | undefined,
): TermMatch[] {
  const events = analysis.terms.filter((t) => EVENT_KINDS.has(factById(t.factId)?.kind ?? ''));
  if (!events.length) return [];
  const names = nameOccurrences(index, analysis, factById);
  const out: TermMatch[] = [];
  for (const t of events) {
    const fact = factById(t.factId) as Fact;
    const own = new Set([...(fact.places ?? []), ...(fact.actors ?? []), ...ownTopics(fact, factById)]);
    let lastEnd = t.start;
    for (let i = firstFrom(names, t.start); i < names.length; i++) {
      const { start, end, terms } = names[i] as Occurrence;
      if (start >= t.end) break;
      // Within the alias, not the whole of it, after the last one kept (the longest first).
      if (end > t.end || (start === t.start && end === t.end) || start < lastEnd) continue;
      const modifier = start === t.start;
      if (!modifier && !COMPLEMENT.test(text.slice(t.start, start))) continue;
      const quote = text.slice(start, end).replace(/\s+/g, ' ');
      const term = terms.find(
        (x) =>
          own.has(x.factId) &&
          (!x.caseSensitive || quote === x.alias) &&
          (!modifier || MODIFIER_KINDS.has(factById(x.factId)?.kind ?? '')),
      );
      if (!term) continue;
      out.push({ start, end, factId: term.factId, alias: term.alias });
      lastEnd = end;
    }
  }
  return out;
}
