/**
 * A date that belongs to its own part of a sentence, not to an event named only in another part
 * (issue #7, ADR 0133):
 * - **a coordinated noun phrase** — "… follow the Kazan summit and the completion of
 *   disengagement on Oct. 30", "… after the leaders' talks and India's pullback on 30 October":
 *   a date closing a noun phrase that "and" opens with a determiner or a possessive modifies
 *   that phrase, not an event named before the "and";
 * - **a side of a "from … to …" (or "separate … from …") frame** — "from the May 2020 clash to the
 *   Depsang pullback in October 2024": each side is its own moment, the date of one is never the
 *   other's.
 * Each only withholds a disagreement (no claim); an event named in the date's own part, or in
 * both, keeps it.
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mention-types';

/** What opens a coordinated noun phrase: a determiner, or a name's or a country's possessive. */
const PHRASE_OPEN =
  /^(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z][\p{L}-]*(?:'s|’s|s'|s’))\s+\S/u;

/** Words that make the part after "and" a clause of the same subject, or a date's own words. */
const NOT_A_PHRASE =
  /\b(?:was|were|is|are|be|been|being|has|have|had|will|would|could|should|can|may|might|must|did|do|does|he|she|they|it|we|them|same|next|following|previous|day|days|week|weeks|month|months|year|years)\b/i;

/** Words a phrase may end with before its date ("on", "in early"). */
const BEFORE_DATE = /(?:\s+(?:on|in|at|by|of|early|late|mid|around|about))*\s*$/i;

/** At most this many words between the determiner and the date: a noun phrase, not a clause. */
const PHRASE_WORDS = 8;

/** Positions of the mention inside the sentence. */
const inSentence = (m: Mention, s: Span) => m.positions.filter((p) => p >= s.start && p < s.end);

/**
 * The offset of the "and" that opens the coordinated noun phrase the date `e` closes, or null
 * ("the completion of disengagement on Oct. 30" after "and"). Not past a clause break.
 */
function coordinatedPhraseStart(text: string, sentence: Span, e: Span): number | null {
  const before = text.slice(sentence.start, e.start);
  const clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const ands = [...before.slice(clause + 1).matchAll(/\s(?:and|as well as)\s+/g)];
  for (let i = ands.length - 1; i >= 0; i--) {
    const and = ands[i] as RegExpMatchArray;
    const from = clause + 1 + (and.index ?? 0);
    const phrase = before.slice(from + and[0].length);
    if (!PHRASE_OPEN.test(phrase)) continue;
    const body = phrase.replace(BEFORE_DATE, '');
    const words = body.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > PHRASE_WORDS + 1 || NOT_A_PHRASE.test(body)) return null;
    return sentence.start + from;
  }
  return null;
}

/** The two sides of a "from … to …" frame: each opens with a determiner, a name, a number or a month. */
const SIDE = "(?:the|a|an|its|their|his|her|this|that|[A-Z0-9][\\p{L}\\p{N}'’.-]*)";
const FROM = new RegExp(`\\bfrom\\s+(?=${SIDE}\\b)`, 'gu');
const TO = new RegExp(`\\sto\\s+(?=${SIDE}\\b)`, 'u');
/** Where a side ends: a clause break or a dash. */
const SIDE_END = /[,;:]|\s[—–-]\s/;

/** "separate(s/d) A from B": another frame of two moments. */
const SEPARATE = /\bseparat(?:e|es|ed|ing)\s+(?=\S)/giu;
const SEPARATE_FROM = new RegExp(`\\sfrom\\s+(?=${SIDE}\\b)`, 'u');

/** The side of a frame holding a date, and the other side. */
interface Sides {
  readonly own: Span;
  readonly other: Span;
}

/** Which of two sides holds `e`: its own first; or null. */
function sideOf(e: Span, a: Span, b: Span): Sides | null {
  if (e.start >= a.start && e.end <= a.end) return { own: a, other: b };
  if (e.start >= b.start && e.end <= b.end) return { own: b, other: a };
  return null;
}

/**
 * The two sides of a frame "`opener` A `closer` B" of the sentence that hold `e`, or null. The closer
 * stands before A's clause break or dash, and B runs up to its own (or the sentence's end). A starts
 * at the opener when `withOpener` ("from May 2020" is a side), else after it ("separate A from B").
 */
function framedSides(
  text: string,
  sentence: Span,
  e: Span,
  opener: RegExp,
  closer: RegExp,
  withOpener: boolean,
): Sides | null {
  const s = text.slice(sentence.start, sentence.end);
  for (const o of s.matchAll(opener)) {
    const at = (o.index ?? 0) + o[0].length;
    const rest = s.slice(at);
    const stop = rest.search(SIDE_END);
    const c = closer.exec(stop < 0 ? rest : rest.slice(0, stop));
    if (!c) continue;
    const closeAt = sentence.start + at + c.index;
    const end = rest.slice(c.index + c[0].length).search(SIDE_END);
    const first = { start: sentence.start + (withOpener ? (o.index ?? 0) : at), end: closeAt };
    const second = { start: closeAt, end: end < 0 ? sentence.end : closeAt + c[0].length + end };
    // "from May 2020 to October 2024" read as one span: a date across both sides is neither's.
    const got = sideOf(e, first, second);
    if (got) return got;
  }
  return null;
}

/**
 * The two sides of the "separate … from …" (else "from … to …") frame holding `e`, with the side
 * `e` is on first; or null.
 */
const fromToSides = (text: string, sentence: Span, e: Span): Sides | null =>
  framedSides(text, sentence, e, SEPARATE, SEPARATE_FROM, false) ??
  framedSides(text, sentence, e, FROM, TO, true);

/**
 * True when the mention is named in the sentence only in another part than the date's own: before
 * the "and" of the coordinated noun phrase the date closes, or on the other side of a "from … to …"
 * frame. The date is that part's own, not the mention's.
 */
export function namedOnlyInOtherPart(text: string, sentence: Span, e: Span, m: Mention): boolean {
  const own = inSentence(m, sentence);
  if (!own.length) return false;
  const and = coordinatedPhraseStart(text, sentence, e);
  if (and !== null && own.every((p) => p < and)) return true;
  const sides = fromToSides(text, sentence, e);
  return sides !== null && own.every((p) => p >= sides.other.start && p < sides.other.end);
}
