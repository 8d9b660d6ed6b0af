/**
 * What a meeting agreed on is not the meeting (issue #7; ADR 0065). "Misri and Sun Weidong agreed
 * in Beijing in late January to restart it this summer", "decided to resume it in the summer of
 * 2025 when … held talks in Beijing in January", "agreed … that the yatra would be resumed this
 * summer": the meeting's date is the one beside its place ("in late January"); a date inside the
 * complement of the agreeing verb ("to restart it this summer", "that … would be resumed this
 * summer") is the time of what was agreed. A meeting of the same people held that summer (the
 * June talks in New Delhi) does not own it, however well it fits.
 *
 * The date is in the complement when, in its sentence, an agreeing verb (agreed, decided) comes
 * before it, then the complement's opener ("to" and a verb, or "that"), and between the opener
 * and the date no clause edge and no subordinate clause's opener ("when … held talks in Beijing in
 * January" dates the talks again), and the complement puts it later: a modal ("would be resumed")
 * or a season ("this summer"). "Agreed to resume direct air services in January" dates the agreement
 * as often as the act, and stays the meeting's. Only a meeting is kept from such a date: the
 * agreed act itself (the pilgrimage, the flights) may own it.
 */
import type { Fact } from '../facts/schema';
import { allMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';
import { isMeeting } from './meeting-phrase';

/** Verbs of agreeing on a later act. */
const AGREEING = /\b(?:agreed|agree|agrees|decided|decide|decides)\b/gi;
/** A complement's opener: "to" and a verb ("to restart"), or "that". */
const OPENER =
  /\b(?:to\s+(?!(?:the|a|an|this|that|its|their|his|her|both|each|India|China)\b)\p{Ll}+|that)\b/u;
/** What ends the complement before the date: a clause edge or a subordinate clause's opener. */
const ENDS =
  /[,;:()—–]|\b(?:when|where|while|after|before|as|since|because|and\s+(?:the\s+)?(?:two|both))\b/i;

/** A time said to come later: a modal in the complement, or a season named as when the act would be. */
const LATER = /\b(?:would|will|shall)\b/i;
const SEASON = /\b(?:summer|winter|spring|autumn|monsoon)\b/i;

/** True when the value `value` of `sentence` stands in what a meeting agreed (see above) and `fact` is a meeting. */
export function inAgreedContent(text: string, sentence: Span, value: Span, fact: Fact | undefined): boolean {
  const { start } = value;
  if (!fact || !isMeeting(fact)) return false;
  const before = text.slice(sentence.start, start);
  const verbs = allMatches(before, AGREEING);
  const last = verbs[verbs.length - 1];
  if (!last) return false;
  const after = before.slice((last.index as number) + last[0].length);
  const opener = OPENER.exec(after);
  if (!opener) return false;
  const inside = after.slice(opener.index);
  if (ENDS.test(inside.slice(opener[0].length))) return false;
  // "agreed to resume direct air services in January" dates the agreement as often as the act:
  // only a later time (a modal, a season) is surely the act's.
  return LATER.test(inside) || SEASON.test(text.slice(value.start, value.end));
}
