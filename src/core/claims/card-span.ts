/**
 * Where a paraphrase card goes when its words run over a name the fact base knows
 * ("Misri met Chinese vice foreign minister Sun Weidong", "a clash in the Galwan Valley"):
 * the name keeps its own card, and the event's card sits on the longest stretch between the
 * names that holds one of the words that found it, without the small words at its edges
 * ("clash", not "clash in the"). Without such a stretch the paraphrase gets no card.
 */

import { allMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';

/** Words a card never starts or ends on. */
const EDGE_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'that',
  'which',
  'it',
  'its',
  'their',
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'through',
  "china's",
  'china’s',
  "india's",
  'india’s',
  'chinese',
  'indian',
  // the possessive's "s" once its name is cut out ("Wang Yi's trip": "trip", not "s trip")
  's',
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of text[start, end) as spans, without edge words at either end. */
function trimmed(text: string, start: number, end: number): Span | null {
  const words = allMatches(text.slice(start, end), WORD).map((m) => ({
    start: start + (m.index as number),
    end: start + (m.index as number) + m[0].length,
    word: m[0].toLowerCase(),
  }));
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi && EDGE_WORDS.has((words[lo] as { word: string }).word)) lo++;
  while (hi >= lo && EDGE_WORDS.has((words[hi] as { word: string }).word)) hi--;
  if (lo > hi) return null;
  return { start: (words[lo] as Span).start, end: (words[hi] as Span).end };
}

/**
 * Words too common to carry an event's card on their own: offices and roles ("vice foreign
 * minister" is a title, not the talks), and "first time".
 */
const GENERIC = new Set([
  'first',
  'time',
  'foreign',
  'minister',
  'ministers',
  'vice',
  'secretary',
  'president',
  'prime',
]);

/** True when the word at `at` (its first five letters) is one of the fact's own words. */
function ownWord(text: string, at: number, own: string): boolean {
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(at))?.[0].toLowerCase() ?? '';
  return word.length >= 3 && !GENERIC.has(word) && own.includes(word.slice(0, 5));
}

/**
 * True when `t` opens with a lower-case word of the event's own (its first five letters those of a
 * word of `words`: the fact's own words and its cues' words; not a title's word). "Misri met Chinese
 * Vice Foreign Minister Sun Weidong": the cue that found the talks is the officials' titles, inside
 * the names, and "met", the clause's verb right after its subject, is the event's own word
 * (ADR 0096).
 */
function eventWordIn(text: string, t: Span, words: string): boolean {
  const stems = new Set(
    allMatches(words, WORD)
      .map((m) => m[0])
      .filter((w) => w.length >= 3 && !EDGE_WORDS.has(w) && !GENERIC.has(w))
      .map((w) => w.slice(0, 5)),
  );
  const word = /^[\p{L}]+/u.exec(text.slice(t.start, t.end))?.[0] ?? '';
  return word === word.toLowerCase() && word.length >= 3 && !GENERIC.has(word) && stems.has(word.slice(0, 5));
}

/** Prepositions a card never consists of ("between Presidents Xi Jinping and Donald Trump"). */
const PREPOSITIONS = new Set([
  'between',
  'after',
  'before',
  'during',
  'among',
  'since',
  'until',
  'against',
  'about',
]);

/**
 * The stretch of `t` from its first lower-case word of the event's own (as eventWordIn) up to the
 * participant's title or name that ends `t`: the verb and its object right before the other
 * participant's name, when only edge words ("with Chinese") and capitalised title words ("Vice
 * Foreign Minister") stand between it and the name. "Misri had raised the issue when he met vice
 * foreign minister Sun Weidong": "met"; "Misri travelled to Beijing for talks with Chinese Vice
 * Foreign Minister Sun Weidong": "talks" (ADR 0109). Null when there is no such word.
 */
function verbBeforeName(text: string, t: Span, names: readonly Span[], words: string): Span | null {
  const next = names.find((n) => n.start >= t.end);
  if (!next || /[,;:()]/.test(text.slice(t.end, next.start))) return null;
  if (allMatches(text.slice(t.end, next.start), WORD).some((m) => !EDGE_WORDS.has(m[0].toLowerCase())))
    return null;
  const inT = allMatches(text.slice(t.start, t.end), WORD).map((m) => ({
    start: t.start + (m.index as number),
    end: t.start + (m.index as number) + m[0].length,
    word: m[0],
  }));
  // The title before the name: capitalised words (and edge words) at the end of `t`.
  let cut = inT.length;
  while (cut > 0) {
    const w = (inT[cut - 1] as { word: string }).word;
    if (!/^\p{Lu}/u.test(w) && !EDGE_WORDS.has(w.toLowerCase())) break;
    cut--;
  }
  const head = inT.slice(0, cut);
  const last = head[head.length - 1];
  if (!last) return null;
  // From the event's word to the title, lower case only: a capital there is another name's.
  const caps = head.findLastIndex((w) => /\p{Lu}/u.test(w.word));
  for (const w of head.slice(caps + 1)) {
    if (PREPOSITIONS.has(w.word.toLowerCase())) continue;
    if (eventWordIn(text, { start: w.start, end: last.end }, words)) return { start: w.start, end: last.end };
  }
  return null;
}

/**
 * The part of `card` clear of every span in `names` (sorted or not) that holds one of
 * `found` (the offsets of the words that found the fact) or, given `eventWords` when every word
 * that found the fact lies inside a name, that follows a name and opens with a word of the
 * event's own (eventWordIn), longest first; null if none. (A verb that found the event itself
 * keeps ownWord's test: "Wang Yi arrived in New Delhi on August 18" leaves the visit to its date's
 * card, ADR 0065.)
 */
export function clearOfNames(
  text: string,
  card: Span,
  names: readonly Span[],
  found: readonly number[],
  own: string,
  eventWords = '',
): Span | null {
  const inside = names
    .filter((n) => n.start < card.end && card.start < n.end)
    .sort((a, b) => a.start - b.start);
  // Over no name, the card stays where the engine put it (a cue card is already one clause).
  if (!inside.length) return card;
  const gaps: Span[] = [];
  let at = card.start;
  const gap = (start: number, end: number) => {
    // A card stays within one clause: punctuation splits a stretch.
    let from = start;
    for (const m of text.slice(start, end).matchAll(/[,;:()]/g)) {
      gaps.push({ start: from, end: start + (m.index as number) });
      from = start + (m.index as number) + 1;
    }
    gaps.push({ start: from, end });
  };
  for (const n of inside) {
    if (n.start > at) gap(at, n.start);
    at = Math.max(at, n.end);
  }
  if (at < card.end) gap(at, card.end);
  // Every word that found the event lies inside a name (the participants' titles found it): the
  // clause's verb after a name may carry the card (eventWordIn).
  const byNames = eventWords !== '' && found.every((p) => inside.some((n) => p >= n.start && p < n.end));
  let best: Span | null = null;
  for (const g of gaps) {
    const t = trimmed(text, g.start, g.end);
    if (!t) continue;
    const holds =
      found.some((p) => p >= t.start && p < t.end && ownWord(text, p, own)) ||
      (byNames &&
        inside.some((n) => /^\s+$/.test(text.slice(n.end, t.start))) &&
        eventWordIn(text, t, eventWords));
    const tail = holds || !byNames ? null : verbBeforeName(text, t, inside, eventWords);
    const span = holds ? t : tail;
    if (!span) continue;
    if (!best || span.end - span.start > best.end - best.start) best = span;
  }
  return best;
}
