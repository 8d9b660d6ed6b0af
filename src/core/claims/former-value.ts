/**
 * A figure's former value (issue #7, ADR 0092). "The fentanyl tariff had stood at 20% before the
 * cut", "was 20 per cent until the truce", "The tariff, previously 20 per cent, was lowered":
 * the words say the figure is what the measure was before a change, while a record of the
 * measure is of its value after it. A disagreement is another period's value, not the record's
 * figure stated wrong. Read from the figure's own words: a marker of a former state right
 * before it ("previously", "formerly", "had stood at", "used to be"), or a stative verb before it
 * and "until"/"before"/"prior to" right after it ("was 20% until the truce").
 */
import type { Span } from '../match/sentences';

const FORMER_BEFORE =
  /\b(?:previously|formerly|earlier|originally|had\s+(?:stood|sat|been|run|remained)(?:\s+(?:at|as\s+high\s+as))?|used\s+to\s+(?:be|stand\s+at)|once\s+stood\s+at)\s+(?:(?:at|about|around|roughly|some|nearly|almost|just|over|under)\s+)?$/i;
const STATIVE_BEFORE =
  /\b(?:was|were|stood\s+at|sat\s+at|remained(?:\s+at)?|had\s+been|stayed\s+at)\s+(?:(?:at|about|around|roughly|some|nearly|almost|just)\s+)?$/i;
const BOUNDED_AFTER =
  /^\s*,?\s*(?:until|till|up\s+to|before|prior\s+to)\s+(?:the\s+|its\s+|their\s+|this\s+|last\s+)?[a-z]/i;

/** True when the words around the figure make it the measure's value before a change. */
export function formerValue(text: string, sentence: Span, value: Span): boolean {
  const before = text.slice(Math.max(sentence.start, value.start - 40), value.start);
  if (FORMER_BEFORE.test(before)) return true;
  const after = text.slice(value.end, Math.min(sentence.end, value.end + 30));
  return STATIVE_BEFORE.test(before) && BOUNDED_AFTER.test(after);
}
