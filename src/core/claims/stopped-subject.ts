/**
 * "The pilgrimage was called off in 2020 because of the pandemic and did not resume as
 * relations deteriorated over the standoff in eastern Ladakh" (ADR 0047): a date right after a
 * passive verb of stopping is the date its subject was stopped. An event the sentence names only
 * after the date (the cause, the circumstance: "over the standoff", "after the clash", "when the
 * standoff froze ties") is not what the date is of, even when the date fits it: the card would
 * say the standoff began "in 2020" where the text says the pilgrimage stopped then.
 * Not a fact whose own words are of stopping ("the suspension of the controls"): the date is
 * then its own.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { ownWords } from './phases';

/**
 * A passive verb of stopping and up to five words (its agent, an adverb) before the value:
 * "was called off", "were suspended", "was first interrupted by the pandemic", "were cut".
 */
const STOPPED_BEFORE =
  /\b(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:(?:first|abruptly|initially|also)\s+)?(?:called\s+off|suspended|halted|stopped|interrupted|cut|cut\s+off|severed|cancell?ed|shelved|scrapped|grounded|put\s+on\s+hold|frozen)(?:\s+[\p{L}\p{N}'’-]+){0,5}?\s+$/iu;

/** Stems of stopping: a fact with one in its own words may be the stopping itself. */
const STOP_STEMS =
  /suspen|halt|stop|interrupt|cancel|called off|call-off|shelv|scrap|ground|hold|froze|freez|cut/;

/** True when `value` comes right after a passive verb of stopping ("was called off in 2020"). */
export function stoppedBefore(text: string, sentence: Span, value: Span): boolean {
  return STOPPED_BEFORE.test(text.slice(Math.max(sentence.start, value.start - 80), value.start));
}

/** True when the fact's own words are of stopping: it may be the stopping itself. */
export const isStopping = (fact: Fact): boolean => STOP_STEMS.test(ownWords(fact));

/** True when `value` dates a stopping the sentence states before it, and `fact` is named only after the value. */
export function stoppedBeforeNamed(
  text: string,
  sentence: Span,
  value: Span,
  fact: Fact,
  positions: readonly number[],
): boolean {
  if (!positions.length || positions.some((p) => p < value.end)) return false;
  return stoppedBefore(text, sentence, value) && !isStopping(fact);
}
