/**
 * "Misri and Sun agreed in Beijing in January that the yatra would be resumed this summer"
 * (ADR 0047): a date inside the "that" clause of a verb of agreeing or saying, after the clause's
 * modal ("would", "will"), dates what was agreed to happen, not the talks where it was agreed.
 * A fact named only before "that" does not own it. What was agreed is a plan: a plan's date that
 * the record does not bear out is no error (the plan may have slipped), so only agreement is said.
 */
import type { Span } from '../match/sentences';

/** "agreed … that … would …" up to the value: group 1 is the text from "that" on. */
const AGREED_THAT =
  /\b(?:agreed|agree|agrees|decided|decide|pledged|promised|expects?|expected|hoped|hopes)\b(?:[^;:.]{0,80}?)\s(that\s+[^;:]{0,160}?\b(?:would|will|could|should|is\s+to|are\s+to|was\s+to|were\s+to|is\s+due\s+to|are\s+due\s+to)\b[^;:]{0,120})$/i;

/** Where the "that" clause holding `value` starts, when it is a plan's (a modal before the value); null otherwise. */
export function agreedContentStart(text: string, sentence: Span, value: Span): number | null {
  const before = text.slice(sentence.start, value.start);
  const m = AGREED_THAT.exec(before);
  if (!m?.[1]) return null;
  return value.start - m[1].length;
}

/** True when all of a fact's positions in the sentence lie before the content clause. */
export const namedOnlyBefore = (positions: readonly number[], start: number): boolean =>
  positions.length > 0 && positions.every((p) => p < start);
