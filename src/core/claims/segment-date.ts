/**
 * "flights restarted on October 26, Beijing's magnet licences for some Indian companies were
 * confirmed four days later, and …": a list of happenings, each with its own date. A fact found
 * only by keywords that all lie in another comma-separated part of the sentence, one that gives
 * its own date, is that date's, not this one's (ADR 0051).
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mention-types';
import type { TemporalExpression } from './temporal';

/** The comma- or semicolon-bounded part of the sentence around offset `p`. */
function segmentAt(text: string, sentence: Span, p: number): Span {
  let start = p;
  while (start > sentence.start && !/[,;]/.test(text[start - 1] ?? '')) start--;
  let end = p;
  while (end < sentence.end && !/[,;]/.test(text[end] ?? '')) end++;
  return { start, end };
}

/** True when the keyword mention lies wholly in other parts of the sentence that each date themselves. */
export function datedElsewhere(
  text: string,
  sentence: Span,
  e: TemporalExpression,
  m: Mention,
  expressions: readonly TemporalExpression[],
): boolean {
  // A gap ("20 days before the Uttarakhand group") or a length counts from elsewhere by nature.
  if (m.strength !== 'evidence' || (e.kind !== 'absolute' && e.kind !== 'relative')) return false;
  const own = m.positions.filter((p) => p >= sentence.start && p < sentence.end);
  if (!own.length) return false;
  // "to take effect yesterday, December 1": a date that is its own part restates the one before.
  const mine = segmentAt(text, sentence, e.start);
  if (/^[\s\p{P}]*(?:on\s+)?$/u.test(text.slice(mine.start, e.start))) {
    if (/^[\s\p{P}]*$/u.test(text.slice(e.end, mine.end))) return false;
  }
  return own.every((p) => {
    const s = segmentAt(text, sentence, p);
    if (e.start >= s.start && e.start < s.end) return false;
    return expressions.some(
      (x) => x.start !== e.start && x.kind !== 'duration' && x.start >= s.start && x.end <= s.end,
    );
  });
}
