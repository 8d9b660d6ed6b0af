/**
 * The scores and counts the selection (align.ts) works with (ADR 0015, ADR 0022): when a
 * candidate is an anchor, when it stands alone, when two articles tell one story, and when a
 * feature is too common to propose candidates. Split from align.ts in round 14.
 */

/** Above this, a pair needs no support from its neighbours (an anchor). */
export const STRONG = 0.3;
/** An anchor this close stands even when the articles share little else. */
export const ALONE = 0.5;
/**
 * Anchors needed before weaker anchors count: two articles that share fewer tell different
 * stories (a fifth of the shorter one's sentences, at most 3, and at least 2 unless an
 * article has one sentence: one sentence two short stories share is no story; ADR 0022,
 * sixth round).
 */
export function relatedAt(nA: number, nB: number): number {
  return Math.min(3, Math.max(Math.min(2, nA, nB), Math.ceil(Math.min(nA, nB) / 5)));
}
/**
 * Two articles with few strong anchors still tell one story when their anchors and their weak
 * links (each other's best match, score ≥ LINK, a feature unique to the two) make a chain in
 * order this long: half the shorter article's sentences, at least CHAIN_MIN (ADR 0022, sixth
 * round). Unrelated stories on one theme share a few such links, scattered, never half an article.
 */
export function sameStoryChain(nA: number, nB: number): number {
  return Math.max(CHAIN_MIN, Math.ceil(Math.min(nA, nB) / 2));
}
export const CHAIN_MIN = 4;
/** A weak link counts toward one story from this score (see sameStoryChain). */
export const LINK = 0.2;
/**
 * From this score two sentences are one sentence in two versions, and a changed ordinal in
 * them is a correction ("the 23rd round" corrected to "the 24th"), not another instance of a
 * series (evidence.ts otherInstance; d8-4: 0.91, against 0.58 for two rounds' leads in d8-1).
 */
export const SAME_SENTENCE = 0.8;
/** Below this, never a pair. */
export const WEAK = 0.15;
/**
 * A weak pair taken on the ordered prior alone (no feature of its own) must sit in a gap
 * between two pairs in order that holds at most this many sentences on one side, counting
 * only sentences that share anything with the other article: the sentence between two
 * aligned neighbours.
 */
export const GAP_MAX = 1;
/**
 * A feature in more sentences than this proposes no candidates (it still scores): about
 * 2√N of N sentences, never fewer than COMMON_MIN. In a 40-sentence comparison that is 13
 * sentences; in 5 000 sentences, 142: a word that common links nothing in particular.
 */
export function commonCap(totalSentences: number): number {
  return Math.max(COMMON_MIN, Math.ceil(2 * Math.sqrt(totalSentences)));
}
/** …but a feature in this many sentences or fewer always does. */
export const COMMON_MIN = 12;
