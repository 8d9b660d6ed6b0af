/**
 * Which of several gaps in years a length states (ADR 0047). A sentence may name three things
 * that resumed after five years ("India resumed tourist visas … after a five-year pause, Indian
 * pilgrims returned to Mount Kailash … for the first time since 2019, and … direct flights"):
 * - a gap's own words ("first", "since", "after", "pause", "resumed" …) are the words of every
 *   gap, and usually of the length's own phrase ("for the first time in five years"); only the
 *   words naming what was interrupted (the visas, the pilgrims, the flights) say whose gap it is;
 * - a gap phrase after its clause ("resumed tourist visas on July 24, after a five-year pause",
 *   "…, ending a five-year pause") is a phrase of that clause, not a clause of its own: the
 *   length is tied from the clause it follows, as "since 2019" is (figure-owners.gapAnchor).
 * Used by check-quantities.ts and figure-measure.ts for quantities in years.
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mention-types';

/** Words any gap has: what marks the span as a gap, not what was interrupted. */
const GAP_WORD =
  /^(?:first|since|after|before|gap|hiatus|break|pause|halt|lull|suspension|suspended|resum\w*|restart\w*|reopen\w*|revived|returned|return|went|go|again|last)\b/i;

/** The word at offset `p`. */
const wordAt = (text: string, p: number) => /^[\p{L}\p{N}'’-]*/u.exec(text.slice(p, p + 24))?.[0] ?? '';

const onGapWord = (text: string, p: number) => GAP_WORD.test(wordAt(text, p));

/**
 * The candidates tied only through the words naming what was interrupted, when two or more of
 * them have a gap's own words: those words are then shared and say nothing about which gap is
 * meant. (Beside a length that is no gap, "a three-year break" beside "the stand-off", the gap
 * word does tell the gap from the other length, and stays.) A mention found by those words
 * alone keeps them.
 */
export function gapSubjectsOnly(text: string, ms: readonly Mention[]): Mention[] {
  if (ms.filter((m) => m.positions.some((p) => onGapWord(text, p))).length < 2) return [...ms];
  return ms.map((m) => {
    const positions = m.positions.filter((p) => !onGapWord(text, p));
    return positions.length === 0 || positions.length === m.positions.length ? m : { ...m, positions };
  });
}

/** "after a five-year pause", "ending a nearly five-year hiatus": the gap phrase's opening word, before the length. */
const GAP_PHRASE_BEFORE =
  /\b(?:after|ending|ended|ends|end(?:ing)?\s+to|following)\s+(?:a|an|the|its|their|some)\s+(?:(?:nearly|almost|about|around|roughly|more than|over|some)\s+)?$/i;
/** The noun of a gap phrase, after the length ("five-year pause"). */
const GAP_NOUN_AFTER =
  /^[\s-]*(?:long\s+)?(?:pause|gap|hiatus|break|halt|lull|suspension|freeze|absence|interruption)\b/i;

/**
 * "after a pause of five years", "ending a freeze of roughly five years": the same phrase with its
 * noun before the length, joined by "of" (ADR 0153).
 */
const GAP_NOUN_OF_BEFORE =
  /\b(?:after|ending|ended|ends|end(?:ing)?\s+to|following)\s+(?:a|an|the|its|their|some)\s+(?:long\s+)?(?:pause|gap|hiatus|break|halt|lull|suspension|freeze|absence|interruption)\s+of\s+(?:(?:nearly|almost|about|around|roughly|more than|over|some|close to)\s+)?$/i;

export interface GapPhrase {
  /** Where the length is tied from: the character before the phrase, in the clause it follows. */
  readonly anchor: Span;
  /** The phrase itself, opening word to noun. */
  readonly phrase: Span;
  /** The noun stands before the length ("after a pause of five years", ADR 0153). */
  readonly nounFirst?: boolean;
}

/** The gap phrase a length is in ("…, after a five-year pause"), or null. */
export function gapPhraseOf(text: string, sentence: Span, span: Span): GapPhrase | null {
  const preceding = text.slice(Math.max(sentence.start, span.start - 64), span.start);
  const before = GAP_PHRASE_BEFORE.exec(preceding);
  const noun = before ? GAP_NOUN_AFTER.exec(text.slice(span.end, span.end + 24)) : null;
  // The noun after the length, or before it with "of" ("a pause of five years").
  const nounOf = noun ? null : GAP_NOUN_OF_BEFORE.exec(preceding);
  const opening = span.start - (noun && before ? before[0].length : (nounOf?.[0].length ?? 0));
  if (!(noun || nounOf) || opening - 1 <= sentence.start) return null;
  return {
    anchor: { start: opening - 1, end: span.end },
    phrase: { start: opening, end: span.end + (noun?.[0].length ?? 0) },
    nounFirst: !noun,
  };
}

/**
 * The candidates of a length in a gap phrase: those the sentence cues as a gap (a gap's own word
 * among their words: "a three-year break" is no length of "the stand-off" the clause also
 * names), tied through their words outside the phrase (the phrase's "after" and "break" are the
 * phrase's, not what was interrupted). A candidate left with no words keeps its own.
 */
export function gapPhraseCandidates(text: string, g: GapPhrase, ms: readonly Mention[]): Mention[] {
  return ms
    .filter((m) => m.positions.some((p) => onGapWord(text, p)))
    .map((m) => {
      const positions = m.positions.filter((p) => p < g.phrase.start || p >= g.phrase.end);
      return positions.length === 0 || positions.length === m.positions.length ? m : { ...m, positions };
    });
}

/**
 * "Modi, in China for the first time in more than seven years, met Xi in Tianjin": a length in an
 * appositive set off by commas right after the sentence's subject (a name) describes the subject
 * there, not the event of the main verb after it. The appositive's span, or null (ADR 0050).
 */
export function subjectAppositive(text: string, sentence: Span, span: Span): Span | null {
  const before = /^\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s[^,;:—–]*$/.exec(
    text.slice(sentence.start, span.start),
  );
  const after = /^[^,;:—–]*,/.exec(text.slice(span.end, sentence.end));
  if (!before || !after) return null;
  const open = text.indexOf(',', sentence.start);
  return { start: open, end: span.end + after[0].length };
}

/**
 * ", the pilgrimage having been halted in 2020 by COVID and then by the border standoff": an
 * absolute clause (its own subject, then "having" and a participle), to the sentence's end or a
 * semicolon.
 */
const ABSOLUTE_CLAUSE =
  /,\s+(?:the|its|their|his|her|a|an|this|that|these|those)\s+(?:[\p{L}'’-]+\s+){1,3}?having\s+(?:been\s+)?\p{Ll}+(?:ed|en|wn|d|t)\b[^;]*/u;

/**
 * True when a length outside an absolute clause faces a gap whose words, other than a gap's own
 * ("first", "since", …), all stand inside one: "Yesterday's crossing was the first since 2019,
 * the pilgrimage having been halted … by the border standoff" — the clause says why something was
 * stopped, with its own subject; its event is not what the main clause's length measures (ADR 0155).
 */
export function gapOnlyInAbsoluteClause(text: string, sentence: Span, span: Span, m: Mention): boolean {
  const hit = ABSOLUTE_CLAUSE.exec(text.slice(sentence.start, sentence.end));
  if (!hit) return false;
  const start = sentence.start + hit.index;
  const end = start + hit[0].length;
  if (span.start >= start && span.start < end) return false;
  const own = m.positions.filter((p) => !onGapWord(text, p) && (p < span.start || p >= span.end));
  return own.length > 0 && own.every((p) => p >= start && p < end);
}
