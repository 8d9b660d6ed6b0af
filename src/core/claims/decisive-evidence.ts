/**
 * When the same words cue two events, the rest of the sentence may still say which one they
 * are (issue #7, class 7; ADR 0041 round 22). "China stopped exports of urea, specialty
 * fertilisers and di-ammonium phosphate (DAP) to all markets": "stopped … urea" is a word of
 * each fertiliser event's cue (the 2024 urea ban, the spring specialty halt, the October
 * suspension), but six keywords of the October suspension stand in the sentence (urea, DAP,
 * specialty fertiliser, "to all markets" …) against three of the urea ban and none of the
 * halt. Keyword evidence that far ahead decides the words; anything closer leaves them
 * ambiguous, as before.
 *
 * Events only: an instrument's keywords are the items it covers ("lithium batteries",
 * "holmium"), which any sentence about those items has, so they tell which instrument's
 * coverage a sentence describes, not that its words name the instrument (round 21: the gold
 * lists such descriptions in 5 articles and leaves them out in 22).
 */
import type { Span } from '../match/sentences';
import { PARAPHRASE_KEYWORDS } from './context';
import type { Mention } from './mention-types';

/** How many times a rival cue's keyword score the deciding event's must reach. */
export const DECISIVE_RATIO = 2;
/** How many more distinct keywords than the rival cue the deciding event's sentence must hold. */
export const DECISIVE_MORE_KEYWORDS = 2;

/** A mention's keyword evidence in its sentence: its own for evidence, its second opinion for a cue. */
function evidenceOf(m: Mention): { readonly score: number; readonly keywords: number } {
  if (m.strength === 'evidence') return { score: m.score, keywords: m.keywords ?? 0 };
  // A cue with no second opinion: no keyword of its fact in the sentence beside its cue's words.
  return m.support ?? { score: 0, keywords: 0 };
}

/**
 * True when the event `m`'s keyword evidence in the sentence is decisively ahead of the cue
 * `rival`'s: at least DECISIVE_RATIO times its score and DECISIVE_MORE_KEYWORDS more distinct
 * keywords, with at least PARAPHRASE_KEYWORDS of its own. A named rival (an alias) is never
 * outweighed.
 */
export function outweighs(m: Mention, rival: Mention): boolean {
  if (m.fact.kind !== 'event' || rival.strength === 'alias') return false;
  const own = evidenceOf(m);
  // A description of the event, as a paraphrase by keywords alone needs, not a word or two
  // ("eased curbs on … fertilisers to India": two keywords of the June easing against the
  // August one's cue words).
  if (own.keywords < PARAPHRASE_KEYWORDS) return false;
  const other = evidenceOf(rival);
  return own.score >= DECISIVE_RATIO * other.score && own.keywords >= other.keywords + DECISIVE_MORE_KEYWORDS;
}

/**
 * True when a fact other than `m`'s is read from the words of `span` by keywords alone at least
 * as strongly as `m` ("The halt covers urea, specialty fertilizers and diammonium phosphate":
 * the October suspension's keywords outscore the urea ban's, whose cue "halt … urea" is): then
 * evidence has not decided the words for `m`.
 */
export function strongerReading(m: Mention, mentions: readonly Mention[], span: Span): boolean {
  const own = evidenceOf(m).score;
  return mentions.some(
    (o) =>
      o.fact.id !== m.fact.id &&
      o.strength === 'evidence' &&
      !o.derived &&
      !o.inherited &&
      o.score >= own &&
      o.positions.some((p) => p >= span.start && p < span.end),
  );
}
