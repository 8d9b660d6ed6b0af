/**
 * "It was called off in 2020, first because of the pandemic and then because of the border
 * standoff in eastern Ladakh, leaving devotees waiting for nearly five years": a phrase of cause
 * names why something happened; a length after it measures what happened (the wait), not the
 * cause. A quantity whose words in the sentence are all inside such a phrase before the length is
 * no measure of it (ADR 0044, round 20).
 */
import type { Span } from '../match/sentences';
import { cueGroupOnlyInAnchorPhrase } from './anchor-phrase';
import type { Checker } from './check-common';
import type { Mention } from './mentions';

/** (Not "due to take effect", "due to expire": "due to" before a verb says what is scheduled, ADR 0153.) */
const CAUSE =
  /\b(?:because of|due to(?!\s+(?:take|come|start|begin|expire|end|kick|be|resume|enter|go|run|last|lapse|open|close)\b)|owing to|on account of)\s/gi;

/** The cause phrases of the sentence before `span`: from the marker to the next comma, semicolon or colon. */
function causePhrases(text: string, sentence: Span, span: Span): Span[] {
  const out: Span[] = [];
  const before = text.slice(sentence.start, span.start);
  CAUSE.lastIndex = 0;
  for (let m = CAUSE.exec(before); m; m = CAUSE.exec(before)) {
    const start = sentence.start + m.index;
    const stop = text.slice(start, span.start).search(/[,;:]/);
    out.push({ start, end: stop < 0 ? span.start : start + stop });
  }
  return out;
}

/** True when every word of `m` in the sentence (outside the value) is inside a cause phrase before the value. */
function onlyInCause(c: Checker, span: Span, m: Mention): boolean {
  const own = m.positions.filter(
    (p) => p >= c.sentence.start && p < c.sentence.end && (p < span.start || p >= span.end),
  );
  if (!own.length) return false;
  const phrases = causePhrases(c.input.text, c.sentence, span);
  return phrases.length > 0 && own.every((p) => phrases.some((ph) => p >= ph.start && p < ph.end));
}

/**
 * A length's candidate whose words belong to another phrase (ADR 0044, round 20): "the first such
 * meeting in five years, weeks after … Modi and Xi met in Kazan" (a cue completed only in a phrase
 * counting from another event names that event's gap); "because of the border standoff …, leaving
 * devotees waiting for nearly five years" (the cause's words, not the wait's).
 */
export const namedElsewhere = (c: Checker, span: Span, m: Mention): boolean =>
  cueGroupOnlyInAnchorPhrase(c, span, m) || onlyInCause(c, span, m);
