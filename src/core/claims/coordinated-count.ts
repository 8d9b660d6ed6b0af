/**
 * "An Indian Army colonel and 19 soldiers were killed", "19 jawans and their commanding officer
 * died": a head count joined by "and" to one person named singly (a determiner and a singular
 * noun of a person, or a rank and a name) counts only part of the group; the group is the count
 * and that person. When the group is the record's count, the article gives the record, and the
 * part is no claim against it (issue #7, ADR 0161), as a part counted after it is not ("five
 * personnel …, four of them posthumously": part-of-them.ts). A group that is still not the
 * record's ("a colonel and 25 soldiers") is checked as before.
 */
import type { Span } from '../match/sentences';

/** A singular noun of a person (a rank, a role). */
const PERSON =
  '(?:officer|colonel|commander|major|captain|lieutenant|general|brigadier|subedar|havildar|naik|sepoy|soldier|jawan|trooper|civilian|pilot|man|woman|child|boy|girl|journalist|reporter|driver|porter|guide|official|diplomat|worker|engineer|national|citizen|pilgrim|student|doctor|nurse)';

/** A determiner that counts one. */
const ONE = '(?:an?|one|the|its|their|his|her|a\\s+single)';

/** A rank before a name ("Col B. Santosh Babu"). */
const RANK =
  '(?:Col(?:onel)?|Lt(?:\\.|\\s+Col)?|Lieutenant(?:\\s+Colonel)?|Maj(?:or)?|Capt(?:ain)?|Brig(?:adier)?|Gen(?:eral)?|Subedar|Havildar|Naik|Sepoy)\\.?';

/** One person right before "and" and the count. */
const ONE_BEFORE = new RegExp(
  `(?:\\b${ONE}\\s+(?:[\\w'’-]+\\s+){0,3}?${PERSON}|\\b${RANK}\\s+(?:[A-Z][\\w.'’-]*\\s+){0,2}[A-Z][\\w'’-]*)\\s+and\\s+$`,
  'i',
);

/** "and" and one person right after the count. */
const ONE_AFTER = new RegExp(
  `^\\s+and\\s+(?:${ONE}\\s+(?:[\\w'’-]+\\s+){0,3}?${PERSON}(?![\\w'’-])|${RANK}\\s+[A-Z])`,
  'i',
);

/** True when the count at `span`, with the one person joined to it by "and", makes `record`. */
export function groupWithOneIsRecord(
  text: string,
  sentence: Span,
  span: Span,
  value: number,
  record: number,
): boolean {
  if (value + 1 !== record) return false;
  const before = text.slice(Math.max(sentence.start, span.start - 80), span.start);
  const after = text.slice(span.end, Math.min(sentence.end, span.end + 80));
  return ONE_BEFORE.test(before) || ONE_AFTER.test(after);
}
