/**
 * A question put to someone is a reporting frame (issue #7, ADR 0057): "The ministry, asked on
 * Tuesday about reports that the curbs had been lifted, said it was not aware of them" dates the
 * asking, not the lifting. What the question is about (after "about", "whether", "if") is only
 * its topic: a fact named there alone does not own the date that stands between the verb of
 * asking and that word, as "said on Friday that …" dates the saying (complement.ts).
 */
import type { Span } from '../match/sentences';
import { namedAside } from './complement';
import { clauseAt } from './ties';

/**
 * A verb of asking (passive or active, a person may stand after it), then the date, then the
 * word that opens the question: "asked on Tuesday about", "was asked last week whether",
 * "asked reporters on Monday if". At most four words between the verb and the date.
 */
const ASKED_BEFORE = /\b(?:asked|questioned|quizzed|pressed)\s+(?:(?!(?:that|and|but)\b)[\w'’.-]+\s+){0,4}$/i;
const QUESTION_WORD = /^\s*,?\s*(about|whether|if|over|on\s+whether)\b/i;

/** The question's content after the date `e` (from its opening word to the clause's end), or null. */
export function questionAfter(text: string, sentence: Span, e: Span): Span | null {
  const before = text.slice(Math.max(sentence.start, e.start - 60), e.start);
  if (!ASKED_BEFORE.test(before)) return null;
  const word = QUESTION_WORD.exec(text.slice(e.end, e.end + 20));
  if (!word) return null;
  const start = e.end + word[0].length;
  return { start, end: clauseAt(text, sentence, start).end };
}

/** True when a fact's words in the sentence (the date's own aside) are all inside the question. */
export function onlyInQuestion(
  positions: readonly number[],
  sentence: Span,
  e: Span,
  question: Span,
): boolean {
  const own = namedAside(positions, sentence, e);
  return own.length > 0 && own.every((p) => p >= question.start && p < question.end);
}
