/**
 * Which of a date's close candidates own it, read by the phrase the date stands in (ADR 0034 and
 * later): a possessive or attributive noun phrase ("Friday's notice", "the Oct. 30 understanding"),
 * "the announcements of October 9", a participial phrase between commas, a reduced relative clause,
 * a range's ends, and what each fact's own words allow (ownsDate). Used by check-dates.ts.
 */

import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import {
  afterPossessor,
  appositiveStart,
  attributivePhrase,
  HELD_APPOSITIVE,
  hearsayContent,
  heldBefore,
  MEASURE_NOUN,
  namedBefore,
  namedWithin,
  ofPhraseStart,
  outsideReducedRelative,
  ownsDate,
  POSSESSED_PHRASE,
  reportsFuture,
  speakersOf,
} from './date-owners';
import { type DateTie, namedAfterAnd } from './date-ties';
import { actOnAttributedMeasure } from './measure-acted-on';
import { namedInPhrase } from './noun-complement';
import { namedOnlyAtOtherEnd, placedAtRangeStart } from './range-places';
import type { TemporalExpression } from './temporal';

/** The candidates in `close` that the date's phrase lets own it. */
export function phraseOwners(c: Checker, e: TemporalExpression, close: readonly DateTie[]): DateTie[] {
  // "Friday's notice made no mention of …", "Thursday's outcome builds on a framework …": the
  // date is its noun phrase's; only a fact named in that phrase owns it.
  // So is a date that modifies the noun after it ("under the Oct. 30 understanding reached in
  // Busan, Beijing will hold off on the controls it unveiled Oct. 9": the understanding's date).
  const possessive =
    POSSESSED_PHRASE.exec(c.input.text.slice(e.end, e.end + 40)) ?? attributivePhrase(c.input.text, e);
  const phraseEnd = e.end + (possessive?.[0].length ?? 0);
  // "Beijing's April 24 order": a measure noun after a name's possessive names an instrument.
  const possessor = afterPossessor(c.input.text, e);
  // "its June 2024 rules stay frozen": the rules' date, not the freeze's (measure-acted-on.ts).
  const measure =
    possessive && MEASURE_NOUN.test(c.input.text.slice(e.end, phraseEnd))
      ? { start: e.start, end: phraseEnd }
      : null;
  // "That regime, announced by the ministry on Oct. 9, would require …": a date in a
  // participial phrase between commas dates the noun before it; only a fact named there owns it.
  const appositive = appositiveStart(c.input.text, c.sentence, e);
  // ", held in Kuala Lumpur from Oct. 25": a holding's phrase may name the event's place.
  const heldAt = appositive !== null && HELD_APPOSITIVE.test(c.input.text.slice(appositive, e.start));
  const speakers = speakersOf(c, e);
  const future = e.reporting && reportsFuture(c.input.text, c.sentence);
  // "suspended the six announcements of October 9": the date is the announcements'; only a
  // fact named in that noun phrase (by its name, or its cue whole there) owns it.
  const ofStart = possessive ? null : ofPhraseStart(c.input.text, c.sentence, e);
  const subject = noticeSubject(c.input.text, c.sentence, e);
  return close.filter(
    (t) =>
      ownsDate(c.input.text, e, t.mention.fact, speakers, future) &&
      !hearsayContent(c, e, t.mention) &&
      !(measure && actOnAttributedMeasure(c.input.text, measure, t.mention, c.sentence)) &&
      (!possessive ||
        namedInPhrase(c.input.text, e, t.mention, phraseEnd, c.sentence.end) ||
        (t.mention.fact.kind === 'instrument' &&
          possessor &&
          MEASURE_NOUN.test(c.input.text.slice(e.end, phraseEnd)))) &&
      (ofStart === null || namedWithin(t.mention, { start: ofStart, end: e.start }, e)) &&
      !outsideReducedRelative(c.input.text, c.sentence, e, t.mention) &&
      !namedAfterAnd(c.input.text, c.sentence, e, t.mention) &&
      !placedAtRangeStart(c.input.text, e, t.mention, c.expressions ?? []) &&
      !namedOnlyAtOtherEnd(c.input.text, e, t.mention, c.expressions ?? []) &&
      (subject === null || namedWithin(t.mention, subject, e)) &&
      (appositive === null ||
        (heldAt ? heldBefore(c, t.mention, appositive, e) : namedBefore(c, t.mention, appositive))),
  );
}

/** A sentence opening with a notice and its day: "Beijing's notice on Friday made no mention of …". */
const NOTICE_SUBJECT =
  /^\s*(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){0,3}?(?:notice|statement|announcement|order|decree|readout|briefing|remarks|circular)(?:\s+(?:on|of|dated))?\s*$/;

/**
 * "Beijing's notice on Friday made no mention of the general licences promised in the White
 * House fact sheet": a date inside the noun phrase that opens the sentence, a notice and its
 * day, with the sentence's verb right after, dates that notice; only a fact named in the phrase
 * owns it, not one its predicate names (ADR 0056).
 */
function noticeSubject(text: string, sentence: Span, e: Span): Span | null {
  if (!NOTICE_SUBJECT.test(text.slice(sentence.start, e.start))) return null;
  // The predicate's verb follows the date ("made", "did not", "was").
  if (
    !/^\s+(?:[a-z]+ed|made|did|does|was|is|had|has|gave|said|came|left|set|put|took)\b/.test(
      text.slice(e.end, e.end + 16),
    )
  )
    return null;
  return { start: sentence.start, end: e.start };
}
