/**
 * A visit named by who went where (issue #7, class paraphrase; ADR 0065). "Wang Yi's visit to New
 * Delhi", "a visit to New Delhi by Chinese Foreign Minister Wang Yi", "Wang Yi, visiting New
 * Delhi, had promised …", "Chinese Foreign Minister Wang Yi … visited New Delhi": the visitor and
 * the verb fit two visits of the fact base (Wang Yi's to New Delhi in August 2025, Jaishankar's to
 * China in July, where he met Wang Yi), and the cue words of both stand in such a sentence; the
 * place the verb governs says which. A cue card over the words is left out as ambiguous
 * (cue-cards.ts), and a card clear of the names may keep no word that found the event
 * (card-span.ts).
 *
 * The rule, for one sentence:
 * - a verb or noun of going somewhere (visit, visited, visiting, trip, travelled, flew, arrived …)
 *   followed, within VERB_TO_PLACE words of one clause, by a place ("to New Delhi", "in the port
 *   city of Tianjin"; "visited New Delhi" without a preposition);
 * - the visits (events whose title says visit or trip) the sentence cues, names or has keyword
 *   evidence of, whose people include every person named in the clause;
 * - of them, the ones to that place: one of their places (fact base `places`), the place their
 *   title names ("… visit to New Delhi"), or one of their keywords, is the place read;
 * - exactly one such visit; no date of the clause at another time; no claim of the visit in the
 *   clause (its date's card is the card there, as the gold holds it); the place is not the visit's
 *   own name.
 *
 * The card runs from the verb to the place; names inside keep their own cards (card-span.ts puts
 * the visit's card on the words between them). It replaces a card of the same visit over the same
 * words ("visited" alone), and is a card of the cue's kind (`unconfirmed`): it never makes a page
 * about the fact base's topics by itself.
 *
 * Meetings were measured with the same rule ("Misri met … Sun Weidong in Beijing", "the two
 * leaders met in Tianjin") and left out: the gold lists few of those words (ADR 0065).
 */
import type { Fact } from '../facts/schema';
import { allMatches } from '../match/all-matches';
import type { Claim } from './claim';
import type { Paraphrase } from './context';
import { clauseOf, otherTime } from './cue-cards';
import type { Mention } from './mention-types';
import type { TemporalExpression } from './temporal';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Words allowed between the verb and the place's preposition (a person met, a time). */
const VERB_TO_PLACE = 8;

/** Verbs and nouns of going somewhere. */
const VISIT_ACT =
  /\b(?:visit(?:ed|ing|s)?|trip|travell?ed|travell?ing|flew|arrived|landed|came|went|headed)\b/giu;
/** Verbs whose object is the place itself ("visited New Delhi"). */
const TRANSITIVE = /^visit(?:ed|ing|s)?$/i;

/** A preposition of place, then the place: "in Beijing", "to New Delhi", "in the northern port city of Tianjin". */
const PLACE_AFTER =
  /^(?:in|to|into|at)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,3}?city\s+of\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u;
/** The object of a transitive verb: "visited New Delhi". */
const PLACE_OBJECT = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u;

/** A visit: its title says so ("Wang Yi's visit to New Delhi"; a summit's keyword "first visit" is not one). */
const isVisit = (fact: Fact): boolean =>
  fact.kind === 'event' && /\b(?:visit|visits|visited|trip)\b/i.test(fact.title);

/** Where the title says the event was held: "visit to New Delhi", "talks in Beijing", "(Beijing, 18 Dec 2024)". */
const TITLE_VENUE = /(?:\b(?:in|to)\s+|\()(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?=\s*[,(]|\s*$)/gu;

/**
 * The names of where `fact` was held, lower case: its places' names, its title's place and its
 * keywords (a keyword that names no place never equals the capitalised place read in the text).
 */
function venueNames(fact: Fact, factById: (id: string) => Fact | undefined): Set<string> {
  const names = new Set((fact.keywords ?? []).map((k) => k.toLowerCase()));
  for (const v of allMatches(fact.title, TITLE_VENUE)) names.add((v[1] ?? '').toLowerCase());
  for (const id of fact.places ?? [])
    for (const a of factById(id)?.aliases ?? []) names.add(a.text.toLowerCase());
  return names;
}

/** The first group of `re` at `at`, as a span of the text, or null. */
function placeAt(text: string, at: number, end: number, re: RegExp): Span | null {
  const got = re.exec(text.slice(at, end));
  if (!got?.[1]) return null;
  const start = at + (got[0].length - got[1].length);
  return { start, end: start + got[1].length };
}

/** The clause's place after the verb ending at `end`: its object, or within VERB_TO_PLACE words; or null. */
function placeAfter(text: string, clause: Span, verb: string, end: number): Span | null {
  const words = allMatches(text.slice(end, clause.end), /\S+/gu).slice(0, VERB_TO_PLACE + 1);
  const first = words[0];
  if (first && TRANSITIVE.test(verb)) {
    const object = placeAt(text, end + first.index, clause.end, PLACE_OBJECT);
    if (object) return object;
  }
  for (const w of words) {
    const place = placeAt(text, end + w.index, clause.end, PLACE_AFTER);
    if (place) return place;
  }
  return null;
}

/** The cards described above, for one sentence. */
export function venueCards(
  text: string,
  sentence: Span,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  expressions: readonly TemporalExpression[],
  factById: (id: string) => Fact | undefined,
): Paraphrase[] {
  const visits = mentions.filter((m) => !m.derived && !m.inherited && isVisit(m.fact));
  if (!visits.length) return [];
  const persons = mentions.filter((m) => m.fact.kind === 'person');
  const out: Paraphrase[] = [];
  for (const w of allMatches(text.slice(sentence.start, sentence.end), VISIT_ACT)) {
    const start = sentence.start + w.index;
    const clause = clauseOf(text, sentence, start, start + w[0].length);
    const place = placeAfter(text, clause, w[0], start + w[0].length);
    if (!place) continue;
    const name = text.slice(place.start, place.end).toLowerCase();
    const named = persons.filter((p) => p.positions.some((x) => x >= clause.start && x < clause.end));
    const to = visits.filter(
      (m) =>
        named.every((p) => (m.fact.actors ?? []).includes(p.fact.id)) &&
        venueNames(m.fact, factById).has(name),
    );
    const m = to[0];
    if (to.length !== 1 || !m || out.some((o) => o.factId === m.fact.id)) continue;
    // A value inside; a date of the visit in the clause (its claim is the card there); the place as the visit's name.
    if (claims.some((c) => c.start < place.end && c.end > start)) continue;
    if (claims.some((c) => c.factId === m.fact.id && c.start >= clause.start && c.start < clause.end))
      continue;
    if (m.strength === 'alias' && m.positions.some((p) => p >= place.start && p < place.end)) continue;
    if (otherTime(m, clause, expressions)) continue;
    out.push({
      start,
      end: place.end,
      factId: m.fact.id,
      mention: { ...m, positions: [start, place.start] },
      unconfirmed: true,
    });
  }
  return out;
}
