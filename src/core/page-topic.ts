/**
 * A page that only mentions the fact base in passing (issue #7 item 9, ADR 0059). A news article
 * about a topic names several of its facts — the event and its actors, its date, its figures — and
 * a piece about something else that happens to use one of the base's words ("a truce" between two
 * brothers in a film festival review, a glaciologist called Wang Yi, "the Mansarovar yatra" of a
 * city colony) names one. So on a page of at least PAGE_SENTENCES sentences, the cards stand only
 * when they tell at least TOPIC_FACTS distinct facts other than places: a place's name says where a
 * piece is set, not what it is about (ADR 0054 round 23), and a name of a place that the matcher
 * read as an event held there ("Busan") counts as the place.
 *
 * Only for whole pages: a short text (a sentence, a compare chunk, a clip) says little about its
 * page, so a caller annotating a part of a page passes `wholePage: false`.
 */

import type { Fact } from './facts/schema';

/** Sentences from which a text is a page whose topic its cards can be judged by. */
export const PAGE_SENTENCES = 5;
/** Distinct facts other than places that a page on a topic of the base names at least. */
export const TOPIC_FACTS = 2;

/**
 * What the rule needs of a card: its fact, whether it is a place (or a place's name), and whether
 * its fact was only inferred from a relative named nearby (a date an instrument's verb frames,
 * claimed because the instrument's kin is on the page: ADR 0104). An inferred fact tells the page's
 * topic again; it is no second fact of the page.
 */
export interface TopicCard {
  readonly factId: string;
  readonly place: boolean;
  readonly inferred?: boolean;
  /** A person of the base's party (a fact with `country` BASE_PARTY_COUNTRY): naming them names it. */
  readonly party?: boolean;
}

/**
 * The party every fact of the base shares (ADR 0116): each story the base covers — India–China
 * relations, China's rare-earth export controls, the US–China truce — is about China, and a news
 * page on one of them names it (the country, its people, its capital, its ministry, its leader in
 * full). A page that never does is about something else that shares the base's words: Latin
 * America and the Caribbean's "LAC", a dock strike's "truce", Mexico's steel "tariffs", another
 * country's "Announcement No. 61", a fisheries meeting in Busan. A card of one of the party's people
 * ("Wang Yi arrived in New Delhi") names it too; an organisation's card does not (the base reads "the
 * commerce ministry" of any country as China's).
 */
export const BASE_PARTY_COUNTRY = 'CN';
const BASE_PARTY =
  /\b(?:China|Chinese|Beijing|PRC|People['’]s Republic|Sino-|MOFCOM|Xi Jinping|Tibet|People['’]s Liberation Army)/i;

/**
 * Does a card of `fact` name the page's party? A person of the party every bundled fact shares does;
 * so does any fact of a reader's own pack (`fromReaderPack`): that party says nothing about it.
 */
export function cardNamesParty(fact: Fact | undefined, fromReaderPack: boolean): boolean {
  return fromReaderPack || (fact?.kind === 'person' && fact.country === BASE_PARTY_COUNTRY);
}

/** True when `text` names the party every fact of the base shares. */
export function namesBaseParty(text: string): boolean {
  return BASE_PARTY.test(text);
}

/**
 * True when a page with `cards` names the base only in passing; `sentenceCount` is asked only then
 * (a long page with many cards is not split into sentences for it). A page that names enough
 * facts is still in passing when `namesParty` says it never names the base's party (ADR 0116).
 */
export function namedInPassing(
  sentenceCount: () => number,
  cards: readonly TopicCard[],
  namesParty: () => boolean = () => true,
): boolean {
  const facts = new Set<string>();
  for (const c of cards) {
    if (!c.place && !c.inferred) facts.add(c.factId);
    if (facts.size >= TOPIC_FACTS)
      return cards.some((p) => p.party) || namesParty() ? false : sentenceCount() >= PAGE_SENTENCES;
  }
  return sentenceCount() >= PAGE_SENTENCES;
}
