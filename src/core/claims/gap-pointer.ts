/**
 * What a gap counts from when its own object points back at the sentence before (issue #7, class
 * anchored; ADR 0130): "Narendra Modi and Xi Jinping met in Kazan two days after the announcement",
 * "Two days after it was announced, Modi met Xi in Kazan". context.ts `anaphora` takes pointing
 * words only for a sentence that names no event of its own before its gap (then they are what the
 * sentence is about); these words are the gap's object, so they stand for the anchor whatever the
 * sentence names.
 */

import { anaphora, isEventMention } from './context';
import { CUE_SCORE, type Mention } from './mentions';
import { ownWords } from './phases';
import { reason } from './reasons';

/**
 * A gap's own object that points back: an act's noun ("met in Kazan two days after the
 * announcement") or a pronoun with the act's verb in the passive ("Two days after it was
 * announced, Modi met Xi in Kazan"). The words name no event, and the one they stand for is
 * not the sentence's own (a gap does not count from the event it dates).
 */
const GAP_POINTER =
  /^\s*(?:(?:the|that|this)\s+(announcement|agreement|understanding|deal|pact|decision)\b|(?:it|this|that)\s+(?:was|had been|has been)\s+(announced|agreed|reached|struck|signed|unveiled|issued)\b)/i;

/** Own words of an event that is an act one announces, agrees or signs. */
const ANNOUNCEABLE =
  /\b(?:agreement|deal|pact|understanding|arrangement|decision|notice|announcement|ban|controls|measures|rules|suspension|consensus|framework)\b/;

/** An announcing verb right before an event's words in the sentence before ("announced an agreement on …"). */
const ANNOUNCED_BEFORE = /\bannounc(?:ed|es|ing)\s+(?:(?:an?|the|its|their)\s+)?$/i;

/**
 * "Prime Minister Modi and President Xi met in Kazan two days after the announcement", after
 * "… New Delhi announced an agreement on patrolling arrangements …": pointing words that are the
 * gap's object stand for the sentence before's event (ADR 0130), which the gap counts from, even
 * where the sentence names an event of its own (the one the gap dates). Which event of the sentence
 * before: the one its words call so (the noun, or the passive verb's stem, among its own words);
 * for an announcement, the one announced there (its words right after an announcing verb); else
 * the one act that can be announced, agreed or signed (an instrument, or an event whose own words
 * make it an agreement, a decision or a measure: not "the standoff that began in May 2020"). None
 * when that leaves none or several.
 */
function gapPointedBack(
  text: string,
  words: string,
  offset: number,
  own: readonly Mention[],
  previous: readonly Mention[],
  countedFrom: number,
): Mention[] {
  if (!Number.isFinite(countedFrom)) return [];
  const rest = words.slice(countedFrom - offset);
  const m = GAP_POINTER.exec(rest);
  if (!m) return [];
  const at = countedFrom + (m[0].length - m[0].trimStart().length);
  const stem = (m[1] ?? m[2] ?? '').toLowerCase().slice(0, 5);
  const candidates = previous.filter(
    (p) => !p.derived && !own.some((o) => o.fact.id === p.fact.id) && isEventMention(p),
  );
  const byWords = candidates.filter((p) => ownWords(p.fact).includes(stem));
  const announced =
    stem === 'annou'
      ? candidates.filter((p) =>
          p.positions.some((q) => ANNOUNCED_BEFORE.test(text.slice(Math.max(0, q - 40), q))),
        )
      : [];
  const acts = candidates.filter((p) => p.fact.kind === 'instrument' || ANNOUNCEABLE.test(ownWords(p.fact)));
  const chosen = byWords.length
    ? byWords
    : announced.length
      ? announced
      : m[2] || stem === 'annou'
        ? acts
        : [];
  if (chosen.length !== 1) return [];
  return chosen.map((p) => ({
    fact: p.fact,
    positions: [at],
    strength: 'cue' as const,
    score: CUE_SCORE,
    via: reason('found-cue', { fact: p.fact.title, words: m[0].trim() }),
    inherited: true,
  }));
}

/** The earlier sentence's events a sentence points back to: `anaphora`'s, else a gap object's (above). */
export function pointedBack(
  text: string,
  words: string,
  offset: number,
  own: readonly Mention[],
  previous: readonly Mention[],
  countedFrom: number,
): Mention[] {
  const found = anaphora(words, offset, own, previous, countedFrom);
  return found.length ? found : gapPointedBack(text, words, offset, own, previous, countedFrom);
}
