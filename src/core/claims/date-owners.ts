/**
 * Which fact a date may belong to by the words around it: a take-effect or announcing verb, a
 * bound, a possessive or attributive noun phrase, a participial phrase between commas, the
 * speaker of a statement (a fact's `announcedBy`), a fact named before or within a clause.
 * Used by check-dates.ts to choose among the facts a sentence mentions.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { completedBy } from './completion-by';
import { cueCover } from './context';
import { announcersOf, countrySpeaking } from './country-speakers';
import type { Mention } from './mentions';
import { announcingBefore } from './notice-act';
import { ownWords } from './phases';
import { ownSpeakerSaid, statementOwnsDate } from './statement-dates';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { MEASURE_NOUNS } from './words';

/** "take effect on", "came into force from", "effective", "kick in on" right before a date. */
const EFFECT =
  /\b(?:(?:take|takes|took|taken|taking|come|comes|came|coming)\s+(?:into\s+)?(?:effect|force)|effective|kick(?:s|ed)?\s+in|in force)\s+(?:on|from|as of)?\s*$/i;

/** "Monday, December 1, would have been the start date for …": the date as a measure's start. */
const EFFECT_AFTER =
  /^[\s,]*(?:[\w'’.]+[\s,]+){0,4}?(?:(?:is|was|were)(?:\s+(?:due\s+)?to\s+be)?|will be|would be|would have been|had been|becomes|became)\s+(?:the\s+)?(?:start|starting|effective|entry-into-force)\s+date\b/i;

/** A fact's own words that make it the start of a measure ("take effect", "in force"). */
export const START_WORDS = /\beffect\b|into force|\bin force\b|kick in/;

export const takesEffect = (text: string, e: TemporalExpression) =>
  EFFECT.test(text.slice(Math.max(0, e.start - 40), e.start)) ||
  EFFECT_AFTER.test(text.slice(e.end, e.end + 80)) ||
  DAY_OF_EFFECT_AFTER.test(text.slice(e.end, e.end + 200));

/**
 * "Saturday, November 8, was meant to be the day Beijing's new licences … kicked in": the date
 * is named as the day a measure was to apply, told after "the day" (ADR 0055).
 */
const DAY_OF_EFFECT_AFTER =
  /^[\s,]*(?:[\w'’.]+[\s,]+){0,4}?(?:is|was|were|had\s+been|would\s+have\s+been|will\s+be|would\s+be)\s+(?:(?:meant|supposed|due|set|scheduled|expected)\s+to\s+be\s+)?the\s+(?:day|date)\b[^;.!?]{0,140}?\b(?:kick(?:s|ed)?\s+in|t(?:ake|akes|ook|aken)\s+effect|c(?:ome|omes|ame)\s+into\s+force|enter(?:s|ed)?\s+into\s+force|appl(?:y|ies|ied)|start(?:s|ed)?\s+to\s+apply)\b/i;

/**
 * Commentators who speak of an event but never made it: "…, industry officials said on Tuesday",
 * "analysts noted on Friday", "people familiar with the matter told Reuters on Monday". The day
 * they spoke is theirs, whatever the event is (ADR 0043). Media reports too: "…, reports said on
 * Friday, a day after the foreign ministry confirmed …" (ADR 0053).
 */
const COMMENTATORS_SAID =
  /\b(?:(?:industry|trade|market|business|company|farm|sector|army|military|defence|security|diplomatic|government)\s+(?:officials?|sources?|executives?|insiders?|bodies|groups?|associations?|representatives?|players?|watchers?)|analysts?|experts?|traders?|importers?|exporters?|dealers?|economists?|observers?|insiders?|people\s+(?:familiar\s+with|briefed\s+on|aware\s+of)\s+(?:the\s+)?[\w-]+|(?:(?:media|news|press|local|several|some)\s+)?reports)\s*,?\s+(?:said|say|says|told|tell|added|noted|note|estimated|reckoned|warned|cautioned)\b(?:\s+[\w.’'-]+){0,3}\s*$/i;

/** Verbs right before a date that make it the date of a measure ("the regime Beijing put in place in April"). */
const IMPOSING =
  /\b(?:imposed|introduced|put\s+in\s+place|brought\s+in|rolled\s+out|enacted|instituted)\s+(?:[\w'’-]+\s+){0,3}?(?:on|in|from)?\s*$/i;

/** "Friday's notice", "Thursday's outcome": the noun phrase a possessive date is the date of. */
export const POSSESSED_PHRASE = /^[’']s\s+(?:[\w-]+\s+){0,2}[\w-]+/;

/**
 * A determiner right before a date that modifies a noun ("the Oct. 30 understanding"), or before
 * one or two lower-case adjectives ("the broader October 9 rules").
 */
const DETERMINER_BEFORE =
  /\b(?:the|a|an|this|that|its|their|his|her)\s+(?:(?!(?:on|in|of|at|by|for|from|to|and|or|was|were|is|are|had|has|have|since|until|after|before)\b)[a-z][\w-]*\s+){0,2}$/;
/** Prepositions, verbs and clause words: none of them is the noun a date modifies. */
const NOT_A_NOUN =
  '(?!(?:to|of|in|on|at|by|for|and|or|but|when|while|was|were|is|are|had|has|have|will|would|that|which|who)\\b)';
/** The noun phrase after such a date: one or two words, not a preposition, verb or clause word. */
const ATTRIBUTED_NOUN = new RegExp(`^\\s+${NOT_A_NOUN}[a-z][\\w-]*(?:\\s+${NOT_A_NOUN}[a-z][\\w-]*)?`);

/** A proper name's possessive right before a date: "Trump's April 2 tariffs", "Beijing's Oct. 9 curbs". */
const POSSESSOR_BEFORE = /\b[A-Z][\w-]*[’']s\s+$/;

/** True when a proper name's possessive stands right before the date ("Trump's April 2 tariffs"). */
export const afterPossessor = (text: string, e: Span) =>
  POSSESSOR_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start));

/** Nouns that name a government measure without naming which one ("Beijing's April 4 order"). */
export const MEASURE_NOUN = new RegExp(
  `^\\s+(?:[a-z][\\w-]*\\s+)?(?:${MEASURE_NOUNS}|ban|licence|license)\\b`,
);

/**
 * "the Oct. 30 understanding", "the 21 October agreement", "Trump's April 2 tariffs": the noun
 * phrase the date modifies, or null.
 */
export function attributivePhrase(text: string, e: TemporalExpression): RegExpExecArray | null {
  // "China's April 2025 and October 2022 controls": two dates of one noun phrase (ADR 0056).
  const prior = DATE_AND_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start));
  const lead = prior ? { start: e.start - prior[0].length, end: e.end } : e;
  if (
    !DETERMINER_BEFORE.test(text.slice(Math.max(0, lead.start - 40), lead.start)) &&
    !afterPossessor(text, lead)
  )
    return null;
  if (!/^[A-Z0-9]/.test(e.text)) return null;
  return CO_ATTRIBUTED.exec(text.slice(e.end, e.end + 60));
}

/** A date as an attribute ("April 2025", "Oct. 9", "9 October 2025"), for two dates of one noun. */
const CO_DATE =
  '(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|[A-Z][a-z]{2,8}\\.?\\s+\\d{4}|\\d{1,2}\\s+[A-Z][a-z]{2,8}(?:\\s+\\d{4})?)';
const DATE_AND_BEFORE = new RegExp(`${CO_DATE}\\s+and\\s+$`);
const CO_ATTRIBUTED = new RegExp(`^(?:\\s+and\\s+${CO_DATE})?${ATTRIBUTED_NOUN.source.slice(1)}`);

/** "the six announcements of October 9": the noun phrase before "of" that a date modifies. */
const OF_DATE = /\b(?:the|its|their|this|that|these|those)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+of\s+$/i;
/** Nouns of time ("the night of 15 June", "the week of …"): the date is still the event's. */
const TIME_NOUN =
  /\b(?:night|morning|evening|afternoon|day|days|week|weeks|weekend|end|beginning|start|middle|first|rest|summer|winter|spring|autumn|monsoon|month|year|events?|anniversary)\b/i;

/** Where the noun phrase a date after "of" modifies starts ("the announcements of October 9"), or null. */
export function ofPhraseStart(text: string, sentence: Span, e: TemporalExpression): number | null {
  const from = Math.max(sentence.start, e.start - 60);
  const m = OF_DATE.exec(text.slice(from, e.start));
  if (!m || TIME_NOUN.test(m[1] ?? '')) return null;
  return from + m.index;
}

/**
 * "adding five elements to the seven placed under licence in April": a past participle right after
 * a noun phrase, with the date a few words on, dates that noun phrase (a reduced relative clause).
 * True when such a phrase holds the date and neither its head is one of the mention's fact's own
 * words nor the fact is named in it (ADR 0055).
 */
export function outsideReducedRelative(text: string, sentence: Span, e: Span, mention: Mention): boolean {
  const from = Math.max(sentence.start, e.start - 90);
  const m = REDUCED_RELATIVE.exec(text.slice(from, e.start));
  // The date ends the phrase ("restricted in April."), not a noun phrase of its own ("controlled
  // under China's April 4 rules"); the head is a common noun ("the regime China put in place").
  if (!m?.groups || !PHRASE_END.test(text.slice(e.end, e.end + 8))) return false;
  const head = (m.groups.head ?? '').toLowerCase();
  return (
    !ownWords(mention.fact).includes(head) &&
    !namedWithin(mention, { start: from + m.index, end: e.start }, e)
  );
}
const PHRASE_END =
  /^\s*(?:[,.;:!?)—–]|$|(?:and|but|while|when|as|after|before|was|were|is|are|has|have|had|will|would)\b)/;
const REDUCED_RELATIVE =
  /\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:[\w'’-]+\s+){0,2}?(?<head>[a-z][\w'’-]*)\s+(?:(?:[A-Z][\w'’-]*|it|they)\s+)?(?:(?:already|first|earlier|originally|previously|initially)\s+)?(?:placed|confirmed|brought|added|listed|covered|included|targeted|subjected|restricted|curbed|controlled|named|affected|hit|issued|granted|approved)\s+(?:(?!(?:and|but|that|which|who|when|while|after|before)\b)[\w'’-]+\s+){0,4}?(?:(?:in|on|since|during|from|at)\s*)?$/;

/** A participial phrase of holding (", held in Beijing on …,"): it may name the event's place. */
export const HELD_APPOSITIVE = /^,\s*(?:held|staged|conducted|convened)\b/i;

/**
 * "The previous round, held in Beijing in December, was the first meeting of the Special
 * Representatives …": a holding's phrase dates the noun before it; a fact owns the date when
 * that noun is one of its own words or it is named before the date (its place may be in the phrase).
 */
export function heldBefore(c: Checker, m: Mention, appositive: number, e: Span): boolean {
  const head = /([a-z][\w'’-]*)\s*$/i.exec(c.input.text.slice(Math.max(0, appositive - 40), appositive));
  if (head && ownWords(m.fact).includes((head[1] as string).toLowerCase())) return true;
  return m.positions.some((p) => p >= c.sentence.start && p < e.start);
}

/** Where a participial phrase holding the date starts (", announced by … on Oct. 9,"), or null. */
export function appositiveStart(text: string, sentence: Span, e: TemporalExpression): number | null {
  const before = text.slice(sentence.start, e.start);
  const m =
    /,\s*(?:announced|unveiled|issued|imposed|introduced|published|released|signed|agreed|reached|struck|held|staged|conducted|convened)\b[^,;]*$/i.exec(
      before,
    );
  if (!m || !/^\s*,/.test(text.slice(e.end, e.end + 3))) return null;
  // "India's foreign secretary, Vikram Misri, announced the pact on Friday, …": a name set off
  // by commas is the subject's apposition, and the verb after it the sentence's own.
  if (/,\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*$/.test(before.slice(0, m.index))) return null;
  return sentence.start + m.index;
}

const NO_SPEAKERS: ReadonlySet<string> = new Set();

/** People and bodies named in the date's clause before it: who may be saying or announcing it. */
/** Nothing but a preposition before a date at its clause's start. */
const FRONTED = /^\s*(?:(?:late|early)\s+)?(?:on|in|by)?\s*$/i;

export function speakersOf(c: Checker, e: Span): ReadonlySet<string> {
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  // "On the 21st of that month, Foreign Secretary Vikram Misri announced …": a date fronted in
  // its clause dates the clause's statement, whose speaker comes after it (ADR 0042, round 17).
  const fronted = FRONTED.test(c.input.text.slice(clause.start, e.start));
  const end = fronted ? clause.end : e.start;
  const named = c.mentions
    .filter(
      (m) =>
        m.strength === 'alias' &&
        (m.fact.kind === 'person' || m.fact.kind === 'organisation') &&
        m.positions.some((p) => p >= clause.start && p < end),
    )
    .map((m) => m.fact.id);
  // "India announced on Oct. 21 …": the country stands for those of its people and bodies
  // who announced a fact of the sentence (ADR 0080).
  const country = countrySpeaking(c.input.text, c.sentence, clause.start, e);
  const standing = country
    ? announcersOf(
        c.mentions.map((m) => m.fact),
        country,
        c.input.factById,
      )
    : [];
  return new Set([...named, ...standing]);
}

/**
 * True when a date of this kind can be the fact's own date. A reporting date ("announced on
 * 9 October") dates a statement: it is the fact's date when the fact is a notice or a
 * statement. A bound ("until 10 November 2026", "from 1 December") is the fact's date when
 * the fact is that end or that start.
 */
export function ownsDate(
  text: string,
  e: TemporalExpression,
  fact: Fact,
  speakers: ReadonlySet<string> = NO_SPEAKERS,
  /** The date reports a statement about what is still to come ("China will hold off …, the ministry said on Thursday"). */
  reportsFuture = false,
): boolean {
  const own = ownWords(fact);
  // What is still to come did not happen on the day it was announced: only the fact whose
  // announcement the statement is (its speaker named) owns that day; so does a document whose
  // own words name the speaker ("The White House said Wednesday that …": ADR 0107).
  if (e.reporting && reportsFuture && SPEECH_BEFORE.test(text.slice(Math.max(0, e.start - 80), e.start)))
    return (fact.announcedBy ?? []).some((id) => speakers.has(id)) || ownSpeakerSaid(text, e.start, own);
  if (e.reporting && COMMENTATORS_SAID.test(text.slice(Math.max(0, e.start - 80), e.start))) return false;
  // "MOFCOM insisted this week, days after its October 9 announcements": insisting, stressing or
  // reiterating restates a position; the day is the restatement's, not a notice's or a measure's.
  if (
    e.reporting &&
    RESTATING_BEFORE.test(text.slice(Math.max(0, e.start - 60), e.start)) &&
    !RESTATING.test(own)
  )
    return false;
  // "take effect on Nov. 8", "effective from Dec. 1": the date a measure starts to apply.
  if (takesEffect(text, e) && !START_WORDS.test(own)) return false;
  if (
    (e.reporting || announcingBefore(text, e.start)) &&
    !(
      fact.kind === 'instrument' ||
      /confirm|announc|statement|briefing|notice|unveil|issue/.test(own) ||
      (fact.announcedBy ?? []).some((id) => speakers.has(id)) ||
      statementOwnsDate(text, e.start, own)
    )
  )
    return false;
  // Only a measure (or an instrument) owns the date a measure was imposed.
  if (
    IMPOSING.test(text.slice(Math.max(0, e.start - 50), e.start)) &&
    fact.kind !== 'instrument' &&
    !/\bban|control|curb|restrict|regime|rules|measure|suspen|halt|quota/.test(own)
  )
    return false;
  // "was completed by Oct. 30": the latest day of the act itself, not only a deadline's (completion-by.ts).
  if (
    (e.bound === 'until' || (e.bound === 'by' && !completedBy(text, e))) &&
    !/expir|\bends\b|\bended\b|\bend of\b|lapse|deadline|runs? until/.test(own)
  )
    return false;
  // "Earlier this month, on Nov. 7, MOFCOM suspended the rules … until next November": the end
  // of a period owns only a date its end words govern ("until", "expires on", "the … expiry").
  if (
    END_FACT.test(fact.title) &&
    e.bound !== 'until' &&
    !END_WORDS_BEFORE.test(text.slice(Math.max(0, e.start - 50), e.start)) &&
    !/^\s+(?:expiry|expiration|deadline|end)\b/i.test(text.slice(e.end, e.end + 12))
  )
    return false;
  if (
    (e.bound === 'since' || e.bound === 'from') &&
    !/effect|start|began|begin|resum|launch|since|from|suspen|halt|ban|stop|clos/.test(own)
  )
    return false;
  return true;
}

/** A fact that is the end of a period ("End of China's suspension …", "Expiry of …"). */
const END_FACT = /^(?:end|expiry|expiration|lapse)\s+of\b/i;
/** Words of an end governing the date after them: "expires on", "ending", "runs through", "to remain in place until". */
const END_WORDS_BEFORE =
  /\b(?:expir(?:e|es|ed|ing|y)|end(?:s|ed|ing)?|lapse[sd]?|run(?:s|ning)?\s+(?:out|through|till|until|to)|snap(?:s|ped)?\s+back|reinstated?|in\s+(?:place|force)|valid|through|till|until)\b(?:\s+[\w.'’-]+){0,3}?\s*(?:on|in|by|at|from)?\s*$/i;

/**
 * True when `m` is named in the sentence before `at` on its own: by its name, or with all of
 * its words there ("A broader set of controls, announced on Oct. 9, was suspended …": the
 * suspension's words reach past the phrase, so the noun before it is not the suspension).
 */
export function namedBefore(c: Checker, m: Mention, at: number): boolean {
  const inSentence = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
  return m.strength === 'alias'
    ? inSentence.some((p) => p < at)
    : inSentence.length > 0 && inSentence.every((p) => p < at);
}

/**
 * True when a mention's name, or a word of each of its cue's groups, is in `clause` before
 * the date ("The first batch crossed Nathu La on Monday"; not "began in May 2020 with a clash
 * … in the Galwan Valley", where the part is named only after the date).
 */
export function namedWithin(m: Mention, clause: Span, e: Span): boolean {
  const inside = (p: number) => p >= clause.start && p < e.start;
  if (m.strength === 'alias') return m.positions.some(inside);
  return (
    m.strength === 'cue' && (m.cueGroups ?? []).length > 0 && (m.cueGroups ?? []).every((g) => g.some(inside))
  );
}

/**
 * "A clash at Pangong Tso in May 2020 … in the Galwan Valley in June": a cue whose words
 * reach over the name of another place (not one of the fact's own) describes events at two
 * places; which of them a date belongs to, the cue does not say.
 */
export function cueSpansOtherPlace(c: Checker, m: Mention): boolean {
  const cover = m.strength === 'cue' ? cueCover(m.cueGroups) : null;
  if (!cover) return false;
  const own = new Set([m.fact.id, ...(m.fact.places ?? [])]);
  return c.mentions.some(
    (o) =>
      o.strength === 'alias' &&
      o.fact.kind === 'place' &&
      !own.has(o.fact.id) &&
      o.positions.some((p) => p > cover[0] && p < cover[1]),
  );
}

/** A speech verb right before a reporting date ("the ministry said on Thursday"), not an act ("announced on"). */
const SPEECH_BEFORE =
  /\b(?:said|says|told|tells|stated|states|added|adds|noted|notes|according\s+to)\b(?:\s+[\w.’'-]+){0,6}\s*$/i;

/** A verb that restates a position, right before a reporting date ("insisted this week"). */
const RESTATING_BEFORE =
  /\b(?:insist(?:ed|s)?|stress(?:ed|es)?|reiterat(?:ed|es)|maintain(?:ed|s)|defend(?:ed|s))\b(?:\s+[\w.’'-]+){0,4}\s*$/i;
const RESTATING = /insist|stress|reiterat|maintain|defend/;

/** Words of a statement about what is still to come. */
const STILL_TO_COME =
  /\b(?:will|shall|would|is set to|are set to|plans? to|is to|are to|(?:expect|intend|hope)(?:s|ed|d)?(?:\s+[\w’'-]+){0,3}\s+to\s+[a-z]+)\b/i;

/** True when the sentence's reported words speak of what is still to come. */
export const reportsFuture = (text: string, sentence: Span) =>
  STILL_TO_COME.test(text.slice(sentence.start, sentence.end));

/** A noun whose "that" clause is hearsay: what is reported, claimed or rumoured. */
const HEARSAY_THAT =
  /\b(?:reports?|claims?|speculation|rumou?rs?|news|suggestions?|allegations?|assertions?)\s+(?:(?:in|by|from)\s+(?:[\w'’-]+\s+){1,3})?that\s/gi;

/**
 * "The foreign ministry said on Tuesday it was not aware of reports that curbs on rare-earth
 * exports had been lifted": a fact named only in the "that" clause of a report noun, after a
 * reporting date, is the reports' content; the date is the statement's, not that fact's.
 */
export function hearsayContent(c: Checker, e: TemporalExpression, m: Mention): boolean {
  if (!e.reporting) return false;
  const text = c.input.text;
  const clause = { start: e.end, end: c.sentence.end };
  HEARSAY_THAT.lastIndex = 0;
  const hit = HEARSAY_THAT.exec(text.slice(clause.start, clause.end));
  if (!hit) return false;
  const from = clause.start + hit.index + hit[0].length;
  const own = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
  return own.length > 0 && own.every((p) => p >= from);
}
