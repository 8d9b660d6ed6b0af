/**
 * A country, or its capital, as the subject of an announcing verb: "India announced on Oct. 21
 * that …", "New Delhi said on Monday the two sides had agreed …", "Beijing on Tuesday confirmed
 * …". The country stands for its government's statement, so for a fact whose announcer
 * (`announcedBy`) belongs to that country (the announcer's `country`), the date is the day the
 * fact was made public, as when the announcer is named (ADR 0080).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';

/**
 * How news copy names a country's government: the country and its capital, by ISO 3166-1
 * alpha-2 code. Longer names first, so "New Delhi" is read before "Delhi".
 */
const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  IN: ['New Delhi', 'India', 'Delhi'],
  CN: ['China', 'Beijing'],
  US: ['[Tt]he United States', '[Tt]he U\\.S\\.', '[Tt]he US', 'Washington'],
  PK: ['Pakistan', 'Islamabad'],
  RU: ['Russia', 'Moscow'],
  JP: ['Japan', 'Tokyo'],
  GB: ['Britain', '[Tt]he United Kingdom', '[Tt]he UK', 'London'],
  NP: ['Nepal', 'Kathmandu'],
  BT: ['Bhutan', 'Thimphu'],
  KR: ['South Korea', 'Seoul'],
  AU: ['Australia', 'Canberra'],
};

const NAME_TO_CODE: readonly (readonly [RegExp, string])[] = Object.entries(COUNTRY_NAMES).flatMap(
  ([code, names]) => names.map((n) => [new RegExp(`^(?:${n})$`), code] as const),
);

const NAMES = Object.values(COUNTRY_NAMES)
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Verbs by which a government makes something public. */
const VERB =
  '(?:announced|said|says|confirmed|declared|stated|disclosed|revealed|acknowledged|made\\s+(?:it\\s+)?public)';
/** Auxiliaries and adverbs between the subject and its verb ("had formally announced"). */
const AUX = '(?:(?:had|has|have|also|formally|officially|publicly|first|itself|then|later)\\s+){0,2}';
/** Words between the verb and its date ("said late on Monday", "announced just two days earlier"). */
const TO_DATE =
  '(?:(?:just|only|late|early|earlier|first|formally|officially|publicly)\\s+){0,2}(?:(?:on|in)\\s+)?';

/** The name, its verb and the date's start right after: "India announced on " + "Oct. 21". */
const NAME_VERB_DATE = new RegExp(`(?:^|[^\\w'’.-])(${NAMES})\\s+${AUX}${VERB}\\s+${TO_DATE}$`);
/** The name and the date before its verb: "India on Monday announced". */
const NAME_BEFORE_DATE = new RegExp(`(?:^|[^\\w'’.-])(${NAMES})\\s+(?:(?:late|early)\\s+)?(?:on|in)?\\s*$`);
const VERB_AFTER_DATE = new RegExp(`^\\s*,?\\s*${AUX}${VERB}\\b`);
/** A fronted date, then the name and its verb: "On Monday, New Delhi said". */
const FRONTED_BEFORE = /^\s*(?:(?:late|early)\s+)?(?:on|in)?\s*$/i;
const NAME_VERB_AFTER = new RegExp(`^\\s*,?\\s*(${NAMES})\\s+${AUX}${VERB}\\b`);

/**
 * What may stand right before a subject: the sentence's start, a clause's punctuation (or a
 * dateline's dash: "NEW DELHI, Oct 30 - India said on Thursday"), or a word
 * that opens a clause ("the arrangement that New Delhi had announced"). Not a preposition ("officials
 * in New Delhi said") nor "and" joining two names ("China and India said": both sides, not one).
 */
const SUBJECT_OPENER =
  /(?:^|[,;:(—–]|\s-|,\s*and|\b(?:that|but|after|when|as|while|since|before|because|until|though|although|which|once|so|yet|then))\s*$/i;

/** Words of what is still going on or still to come. */
const LATER_WORD =
  /\b(?:will|would|shall|being|going to|continues?|continued|remains?|remained|still|now)\b/i;

const codeOf = (name: string): string | null =>
  NAME_TO_CODE.find(([re]) => re.test(name.replace(/\s+/g, ' ')))?.[1] ?? null;

/** The country whose name, at `at`, opens a subject (see SUBJECT_OPENER), or null. */
function subjectCode(text: string, sentence: Span, at: number, name: string): string | null {
  return SUBJECT_OPENER.test(text.slice(sentence.start, at)) ? codeOf(name) : null;
}

/**
 * The country (ISO code) whose name is the subject of the announcing verb that a date dates, or
 * null: "India announced on Oct. 21", "New Delhi said on Monday", "Beijing on Tuesday confirmed",
 * "On Monday, New Delhi said". `clauseStart` is where the date's clause starts.
 */
export function countrySpeaking(text: string, sentence: Span, clauseStart: number, e: Span): string | null {
  // "India said on Friday that the arrangements were being implemented": a later word on an act
  // already public, or on what is to come, is not the act's announcement.
  // The reported words' first clause is read ("…, a step its foreign secretary said would lead
  // to disengagement" is another's word on the act).
  const said = text.slice(e.end, sentence.end);
  if (LATER_WORD.test(said.slice(0, said.search(/[,;]|\s[—–]\s|$/)))) return null;
  const before = text.slice(sentence.start, e.start);
  const verbFirst = NAME_VERB_DATE.exec(before);
  if (verbFirst?.[1]) {
    const at = sentence.start + verbFirst.index + verbFirst[0].indexOf(verbFirst[1]);
    return subjectCode(text, sentence, at, verbFirst[1]);
  }
  const after = text.slice(e.end, sentence.end);
  const nameFirst = NAME_BEFORE_DATE.exec(before);
  if (nameFirst?.[1] && VERB_AFTER_DATE.test(after)) {
    const at = sentence.start + nameFirst.index + nameFirst[0].indexOf(nameFirst[1]);
    return subjectCode(text, sentence, at, nameFirst[1]);
  }
  const fronted = NAME_VERB_AFTER.exec(after);
  if (fronted?.[1] && FRONTED_BEFORE.test(text.slice(clauseStart, e.start))) return codeOf(fronted[1]);
  return null;
}

/**
 * The announcers (`announcedBy`) of `facts` that belong to the country `code`: the people and
 * bodies a country's name, as the subject of an announcing verb, stands for.
 */
export function announcersOf(
  facts: readonly Fact[],
  code: string,
  factById: (id: string) => Fact | undefined,
): string[] {
  return facts.flatMap((f) => (f.announcedBy ?? []).filter((id) => factById(id)?.country === code));
}
