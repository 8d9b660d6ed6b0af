/**
 * Who is not a rival for a date (issue #7, ADR 0038). A rival keeps a disagreeing date at
 * `context` ("two facts stay close"); these are candidates that are not close, only seem so.
 * Used by check-dates.ts on the candidates it would list as rivals, never on the best one.
 */

import type { Span } from '../match/sentences';
import type { Mention } from './mentions';
import { someCueGroup } from './ties';

/**
 * "China will suspend the export restrictions Beijing announced on October 9": the suspension
 * notice's cue (suspend + restrictions + October) is whole only through the month word of the
 * date being checked. A date cannot be the evidence that a fact is close to itself: such a
 * candidate is no rival. (As an owner it still counts: ADR 0034 measured that "the April 2025
 * curbs" needs its month to be the April notice's.)
 */
export function cueMetByDate(m: Mention, e: Span): boolean {
  return m.strength === 'cue' && someCueGroup(m, EVERYWHERE, (p) => p >= e.start && p < e.end);
}

/** Every position of the text (a group's words wherever they are). */
const EVERYWHERE: Span = { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };

/**
 * "it would suspend, for one year, the measures it announced on Oct. 9", "A wider set of
 * Chinese controls announced on October 9 … stands suspended": a date right after an
 * announcing verb that follows a plural noun (a participle, or a reduced relative with its
 * subject) dates that noun phrase — from its determiner to the date. Null when the date is
 * not in such a phrase.
 */
export function announcedPhrase(text: string, e: Span): Span | null {
  const before = text.slice(Math.max(0, e.start - 140), e.start);
  const m = ANNOUNCED_NOUN.exec(before);
  if (!m) return null;
  const nounAt = e.start - before.length + m.index;
  const det = DETERMINER_BEFORE.exec(text.slice(Math.max(0, nounAt - 60), nounAt));
  const start = det ? nounAt - det[0].length : nounAt;
  return { start, end: e.end };
}

/** A plural noun, an optional pronoun or name as subject, an announcing verb and "on"/"in", right before a date. */
const ANNOUNCED_NOUN =
  /\b[a-z][\w-]*s\s+(?:(?:it|they|he|she|we|[A-Z][\w’'-]*)\s+)?(?:had\s+)?(?:announced|issued|unveiled|imposed|introduced|released|published|adopted)\s+(?:on\s+|in\s+)?$/;
/** A determiner and up to four words before the noun ("A wider set of Chinese", "the export"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|these|those|this|that)\s+(?:[\w-]+\s+){0,4}$/i;

/**
 * In such a phrase the date is the noun's: a candidate whose cue is made whole only by words
 * outside the phrase (the act of the main clause, "suspend … the measures it announced on
 * Oct. 9") is no rival for it, when the best candidate is named inside the phrase.
 */
export function actOutsidePhrase(phrase: Span, best: Mention, rival: Mention): boolean {
  const inside = (p: number) => p >= phrase.start && p < phrase.end;
  return (
    best.positions.some(inside) &&
    rival.strength === 'cue' &&
    (rival.cueGroups ?? []).some((group) => group.length > 0 && !group.some(inside))
  );
}

/**
 * "Five more rare earths … will be subject to export control from Nov. 8": the controls'
 * start. The notice that later suspended them (a `superseded-by` relation of the controls) is
 * another act; reached only through that relation, with none of its own words in the sentence,
 * it neither owns nor rivals a date of the controls.
 */
export function supersedingOnly(
  related: { mention: Mention },
  named: readonly { mention: Mention }[],
  namedByWords: (fact: Mention['fact']) => boolean,
): boolean {
  const id = related.mention.fact.id;
  if (named.some((t) => t.mention.fact.id === id) || namedByWords(related.mention.fact)) return false;
  const via = named.filter((t) => (t.mention.fact.relations ?? []).some((r) => r.target === id));
  return (
    via.length > 0 &&
    via.every((t) =>
      (t.mention.fact.relations ?? []).every((r) => r.target !== id || r.type === 'superseded-by'),
    )
  );
}

/**
 * "conveyed Xi's invitation to attend the SCO summit, to be held … from Sept. 15 to 16": Wang
 * Yi's visit is found by keywords (invitation, SCO summit) whose nearest to the date is the
 * summit's own name. Words that name the best candidate, seen again as another fact's keyword,
 * say the other fact is about it, not that the date may be the other's: no rival.
 */
export function keywordsOnlyItsName(best: Mention, rival: { mention: Mention; at: number }): boolean {
  return (
    best.strength === 'alias' && rival.mention.strength === 'evidence' && best.positions.includes(rival.at)
  );
}
