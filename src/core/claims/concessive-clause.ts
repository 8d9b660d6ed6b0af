/**
 * "Although they had met briefly in Johannesburg in 2023, the Kazan talks on October 23 were the
 * first …": a concessive clause that opens the sentence ("Although", "Though", "Even though",
 * "While", "Whereas") is a clause of its own, with its own subject, verb and event; a date inside
 * it dates that event, and a fact named in the main clause after its comma is contrasted with it,
 * not dated by it (issue #7, ADR 0060). The tie is marked related, as for a bound phrase that
 * opens the sentence ("After supplies picked up in August, Beijing shut …", ties.ts).
 */
import type { Span } from '../match/sentences';

/**
 * A concessive conjunction opening the sentence (after an opening quote), then the value's clause.
 * Not a reduced clause with no subject of its own ("Though held in Kazan in October", "While in
 * Beijing on Monday"): there the main clause's subject is understood, and the date is its.
 */
const OPENS_CONCESSIVE =
  /^[\s"“'‘]*(?:although|though|even though|even as|whereas|while)\s+(?!(?:in|on|at|during|after|before|since|from|still|not|only|also|largely|mostly|once|being|having|\w+ed|\w+en|\w+ing)\b)[^;:]*$/i;

/**
 * True when the value `e` sits in a concessive clause that opens `sentence` and the mention's
 * word at `at` comes after the comma that closes that clause. The clause ends at the first
 * comma after the value that does not go on with the value's year ("Although on October 21,
 * 2024, …").
 */
export function concessiveClauseBefore(text: string, sentence: Span, at: number, e: Span): boolean {
  if (at < e.end || !OPENS_CONCESSIVE.test(text.slice(sentence.start, e.start))) return false;
  const rest = text.slice(e.end, at);
  const comma = /,(?!\s*\d{4}\b)/.exec(rest);
  return comma !== null && !/[;:]/.test(rest.slice(0, comma.index));
}
