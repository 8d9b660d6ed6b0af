/**
 * ", effective D" after a noun phrase (issue #7, ADR 0057): "Washington had given India a
 * six-month waiver for Chabahar, effective October 29" gives the day the thing just named starts
 * to apply. An instrument's announcement, start, suspension and expiry are separate dated facts;
 * the date is the start of the one the clause before the comma names, not of a fact named only in
 * an earlier clause, nor of that fact's related ones. Without the comma, "effective" right after a
 * noun modifies that noun's phrase ("announced a six-month US waiver on Chabahar sanctions
 * effective 29 October"), read the same way (ADR 0087).
 */
import type { Span } from '../match/sentences';
import { namedAside } from './complement';

/** A comma, then "effective" (with "from", "on", "as of"), right before the date. */
const EFFECTIVE_AFTER_COMMA = /,\s*effective\s+(?:from\s+|on\s+|as\s+of\s+)?$/i;

/** What opens the clause the comma closes: a subordinator, a relative word, a clause break. */
const CLAUSE_OPENER =
  /(?:\b(?:that|which|who|whereby|when|while|after|before)\b|[;:—–(])(?![\s\S]*(?:\b(?:that|which|who|whereby|when|while|after|before)\b|[;:—–(]))/i;

/** "effective" right after a word, right before the date: "a waiver on Chabahar sanctions effective 29 October". */
const EFFECTIVE_AFTER_WORD = /\b([\p{L}-]+)\s+effective\s+(?:from\s+|on\s+|as\s+of\s+)?$/iu;

/** Words after which "effective" is a predicate's or an adverb's ("became effective on"), not a noun's modifier. */
const NO_NOUN_BEFORE =
  /^(?:is|are|was|were|be|been|being|become|became|becomes|becoming|made|make|makes|remain|remains|remained|stay|stays|stayed|go|goes|went|come|comes|came|take|takes|took|taken|taking|immediately|also|only|now|and|or|but|to|will|would|shall|should|could|may|might|must|not|fully|legally|formally)$/i;

/** A determiner that opens a noun phrase. */
const DETERMINER = /\b(?:a|an|the|its|their|his|her|this|that|these|those)\s/gi;

/** A preposition right before a determiner: the phrase it opens is inside a larger one ("a waiver on the sanctions"). */
const PREPOSITION_BEFORE = /\b(?:of|on|for|to|in|with|against|from|over|under|at|by|about|into)\s+$/i;

/**
 * The noun phrase a postpositive "effective D" modifies, with no comma ("announced a six-month US
 * waiver on Chabahar sanctions effective 29 October"): from the last determiner that no
 * preposition governs to "effective", or null when there is none, or when the word before
 * "effective" is a verb's or an adverb's ("became effective on", ADR 0087).
 */
function postpositiveEffective(before: string, offset: number): Span | null {
  const tail = EFFECTIVE_AFTER_WORD.exec(before);
  if (!tail || NO_NOUN_BEFORE.test(tail[1] ?? '')) return null;
  const head = before.slice(0, tail.index + (tail[1] ?? '').length);
  let start = -1;
  for (const m of head.matchAll(DETERMINER))
    if (!PREPOSITION_BEFORE.test(head.slice(0, m.index))) start = m.index;
  return start < 0 ? null : { start: offset + start, end: offset + head.length };
}

/** The clause whose noun phrase ", effective D" follows (from its opener to the comma), or null. */
export function effectiveOfClause(text: string, sentence: Span, e: Span): Span | null {
  const before = text.slice(sentence.start, e.start);
  const tail = EFFECTIVE_AFTER_COMMA.exec(before);
  if (!tail) return postpositiveEffective(before, sentence.start);
  const head = before.slice(0, tail.index);
  const opener = CLAUSE_OPENER.exec(head);
  const start = sentence.start + (opener ? opener.index : 0);
  return { start, end: sentence.start + tail.index };
}

/** True when a fact's words in the sentence (the date's own aside) are none of them inside `clause`. */
export function namedOutside(positions: readonly number[], sentence: Span, e: Span, clause: Span): boolean {
  const own = namedAside(positions, sentence, e);
  return own.length > 0 && !own.some((p) => p >= clause.start && p < clause.end);
}
