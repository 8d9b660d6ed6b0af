/**
 * A value the sentence quotes in order to correct it: "ETV Bharat's 'four-year hiatus' is a
 * miscount: the yatra was last held in 2019", "the 'three-year suspension' understates it". The
 * quoted words are another outlet's, and the sentence itself says they are wrong: the article is
 * right, so the value is context (with the reason), never `differs`.
 *
 * A quotation is a pair of marks around the value inside the sentence: an opening mark at the
 * sentence's start or after a space or bracket, a closing one not followed by a letter (so the
 * apostrophe of "Bharat's" opens nothing). The correction is a word outside the quotation that
 * calls a report wrong.
 */
import type { Span } from '../match/sentences';

const OPENERS = new Set(["'", '"', '\u2018', '\u201C']);
const CLOSERS = new Set(["'", '"', '\u2019', '\u201D']);
const BEFORE_OPENER = /[\s([\u2014\u2013-]/u;
const LETTER = /[\p{L}\p{N}]/u;
const MAX_QUOTE_CHARS = 120;

/** Words that call a report wrong ("is a miscount", "understates it", "was incorrect"). */
const CORRECTION =
  /\b(?:miscount\w*|miscalculat\w*|understat\w*|overstat\w*|exaggerat\w*|incorrect(?:ly)?|inaccura\w*|mistaken(?:ly)?|erroneous(?:ly)?|misreport\w*|wrong(?:ly)?|untrue|is false|was false|gets? (?:it|this|that) wrong|got (?:it|this|that) wrong|an? slip|an? error|an? typo|a mistake)\b/iu;

/** The quotation (marks included) of `text` within `sentence` that holds `span`, or null. */
export function quotationAround(text: string, sentence: Span, span: Span): Span | null {
  for (let i = span.start - 1; i >= sentence.start && span.start - i <= MAX_QUOTE_CHARS; i--) {
    const ch = text[i] as string;
    if (!OPENERS.has(ch)) continue;
    const before = i > sentence.start ? (text[i - 1] as string) : ' ';
    if (!BEFORE_OPENER.test(before)) continue;
    for (let j = span.end; j < sentence.end && j - i <= MAX_QUOTE_CHARS; j++) {
      const close = text[j] as string;
      if (!CLOSERS.has(close)) continue;
      const after = text[j + 1] ?? ' ';
      if (LETTER.test(after)) continue;
      return { start: i, end: j + 1 };
    }
    return null;
  }
  return null;
}

/** True when `span` sits in a quotation that the rest of its sentence calls wrong. */
export function quotedToCorrect(text: string, sentence: Span, span: Span): boolean {
  const q = quotationAround(text, sentence, span);
  if (!q) return false;
  const rest = `${text.slice(sentence.start, q.start)} ${text.slice(q.end, sentence.end)}`;
  return CORRECTION.test(rest);
}
