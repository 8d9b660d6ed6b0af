/**
 * "The leaders of the two countries met in Kazan, Russia, two days after the two sides reached a
 * resolution on patrolling": a gap set off by a comma after its clause, with nothing but an
 * adverb of degree before it ("…, barely two months after …"), is an adverbial phrase of that
 * clause, not a clause of its own; what it dates is the event of the clause it follows, which
 * may itself run over commas (a place and its country, a date in apposition). The stretch runs
 * back to the last strong break (semicolon, colon, dash) or the sentence's start.
 * Used by expressions.ts's gapSubject (ADR 0045, round 22).
 */
import type { Span } from '../match/sentences';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** Only an adverb of degree between the comma and the gap ("…, nearly two months after"). */
const DEGREE_ONLY =
  /^\s*(?:(?:just|only|barely|nearly|almost|roughly|about|around|some|exactly|more\s+than|less\s+than|little\s+more\s+than|a\s+little\s+over|over)\s+)?$/i;

/** A gap that points on to what it counts from ("two days after", "a week before"). */
const POINTS_ON = /\b(?:after|before|following)\s*$/i;

/**
 * The span before a comma-set gap that the gap's phrase belongs to (from the last strong break
 * or the sentence's start to the comma), or null when the gap is not such a trailing phrase.
 */
export function trailingGapClause(text: string, sentence: Span, e: TemporalExpression): Span | null {
  if (e.kind !== 'anchored' || !POINTS_ON.test(e.text)) return null;
  const own = clauseAt(text, sentence, e.start);
  if (own.start <= sentence.start || !DEGREE_ONLY.test(text.slice(own.start, e.start))) return null;
  const comma = text.lastIndexOf(',', own.start);
  if (comma < sentence.start || !/^,\s*$/.test(text.slice(comma, own.start))) return null;
  const before = text.slice(sentence.start, comma);
  const strong = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.search(/\s[—–]\s(?!.*\s[—–]\s)/),
  );
  return { start: strong < 0 ? sentence.start : sentence.start + strong + 1, end: comma };
}
