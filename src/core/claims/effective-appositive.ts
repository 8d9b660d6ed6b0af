/**
 * ", effective D" after a noun phrase (issue #7, ADR 0057): "Washington had given India a
 * six-month waiver for Chabahar, effective October 29" gives the day the thing just named starts
 * to apply. An instrument's announcement, start, suspension and expiry are separate dated facts;
 * the date is the start of the one the clause before the comma names, not of a fact named only in
 * an earlier clause, nor of that fact's related ones.
 */
import type { Span } from '../match/sentences';
import { namedAside } from './complement';

/** A comma, then "effective" (with "from", "on", "as of"), right before the date. */
const EFFECTIVE_AFTER_COMMA = /,\s*effective\s+(?:from\s+|on\s+|as\s+of\s+)?$/i;

/** What opens the clause the comma closes: a subordinator, a relative word, a clause break. */
const CLAUSE_OPENER =
  /(?:\b(?:that|which|who|whereby|when|while|after|before)\b|[;:—–(])(?![\s\S]*(?:\b(?:that|which|who|whereby|when|while|after|before)\b|[;:—–(]))/i;

/** The clause whose noun phrase ", effective D" follows (from its opener to the comma), or null. */
export function effectiveOfClause(text: string, sentence: Span, e: Span): Span | null {
  const before = text.slice(sentence.start, e.start);
  const tail = EFFECTIVE_AFTER_COMMA.exec(before);
  if (!tail) return null;
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
