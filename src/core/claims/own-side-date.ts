/**
 * A date that belongs to its own part of a sentence, not to an event named only in another part
 * (issue #7, ADR 0133):
 * - **a coordinated noun phrase** — "… follow the Kazan summit and the completion of
 *   disengagement on Oct. 30", "… after the leaders' talks and India's pullback on 30 October":
 *   a date closing a noun phrase that "and" opens with a determiner or a possessive modifies
 *   that phrase, not an event named before the "and";
 * - **a side of a "from … to …" frame** — "from the May 2020 clash to the Depsang pullback in
 *   October 2024": each side is its own moment, the date of one is never the other's.
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
export function coordinatedPhraseStart(text: string, sentence: Span, e: Span): number | null {
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

/**
 * True when the date closes a coordinated noun phrase and the mention's every word in the
 * sentence stands before that phrase's "and": the phrase's own head takes the date.
 */
export function namedBeforeCoordinatedPhrase(text: string, sentence: Span, e: Span, m: Mention): boolean {
  const own = inSentence(m, sentence);
  if (!own.length) return false;
  const and = coordinatedPhraseStart(text, sentence, e);
  return and !== null && own.every((p) => p < and);
}

/** The two sides of a "from … to …" frame: each opens with a determiner, a name, a number or a month. */
const SIDE = "(?:the|a|an|its|their|his|her|this|that|[A-Z0-9][\\p{L}\\p{N}'’.-]*)";
const FROM = new RegExp(`\\bfrom\\s+(?=${SIDE}\\b)`, 'gu');
const TO = new RegExp(`\\sto\\s+(?=${SIDE}\\b)`, 'u');
/** Where a side ends: a clause break or a dash. */
const SIDE_END = /[,;:]|\s[—–-]\s/;

/** "separate(s/d) A from B", "set A apart from B": another frame of two moments. */
const SEPARATE = /\bseparat(?:e|es|ed|ing)\s+(?=\S)/giu;
const SEPARATE_FROM = new RegExp(`\\sfrom\\s+(?=${SIDE}\\b)`, 'u');

/** Which of two sides holds `e`: its own first; or null. */
function sideOf(e: Span, a: Span, b: Span): { own: Span; other: Span } | null {
  if (e.start >= a.start && e.end <= a.end) return { own: a, other: b };
  if (e.start >= b.start && e.end <= b.end) return { own: b, other: a };
  return null;
}

/** The two sides of a "separate A from B" frame holding `e`, or null. */
function separateSides(text: string, sentence: Span, e: Span): { own: Span; other: Span } | null {
  const s = text.slice(sentence.start, sentence.end);
  for (const v of s.matchAll(SEPARATE)) {
    const at = (v.index ?? 0) + v[0].length;
    const rest = s.slice(at);
    const stop = rest.search(SIDE_END);
    const from = SEPARATE_FROM.exec(stop < 0 ? rest : rest.slice(0, stop));
    if (!from) continue;
    const fromAt = sentence.start + at + from.index;
    const after = rest.slice(from.index + from[0].length);
    const end = after.search(SIDE_END);
    const bEnd = end < 0 ? sentence.end : fromAt + from[0].length + end;
    const got = sideOf(e, { start: sentence.start + at, end: fromAt }, { start: fromAt, end: bEnd });
    if (got) return got;
  }
  return null;
}

/**
 * The two sides of the "from … to …" (or "separate … from …") frame holding `e`, with the side
 * `e` is on first; or null.
 */
export function fromToSides(text: string, sentence: Span, e: Span): { own: Span; other: Span } | null {
  const s = text.slice(sentence.start, sentence.end);
  const separated = separateSides(text, sentence, e);
  if (separated) return separated;
  for (const f of s.matchAll(FROM)) {
    const fromAt = sentence.start + (f.index ?? 0);
    const rest = s.slice((f.index ?? 0) + f[0].length);
    const stop = rest.search(SIDE_END);
    const to = TO.exec(stop < 0 ? rest : rest.slice(0, stop));
    if (!to) continue;
    const toAt = fromAt + f[0].length + to.index;
    const after = s.slice(toAt - sentence.start + to[0].length);
    const end = after.search(SIDE_END);
    const toEnd = end < 0 ? sentence.end : toAt + to[0].length + end;
    const from = { start: fromAt, end: toAt };
    const toSide = { start: toAt, end: toEnd };
    // "from May 2020 to October 2024" read as one span: a date across both sides is neither's.
    const got = sideOf(e, from, toSide);
    if (got) return got;
  }
  return null;
}

/** True when the date stands on one side of a "from … to …" frame and the mention's every word on the other. */
export function namedOnOtherSide(text: string, sentence: Span, e: Span, m: Mention): boolean {
  const own = inSentence(m, sentence);
  if (!own.length) return false;
  const sides = fromToSides(text, sentence, e);
  return sides !== null && own.every((p) => p >= sides.other.start && p < sides.other.end);
}
