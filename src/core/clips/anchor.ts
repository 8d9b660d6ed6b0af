/**
 * Placing a saved passage in text that may have changed since (a revisit, an edited article):
 * exact quote with its context, then the stored position, then an approximate match of quote,
 * prefix and suffix with `approx-string-match` (Myers' bit-parallel algorithm, as Hypothesis
 * uses in src/annotator/anchoring/match-quote.ts). A passage that cannot be placed confidently
 * is an orphan (null): it is listed, never highlighted in the wrong place.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './model';
import { QUOTE_CONTEXT } from './selectors';

export interface Anchor {
  readonly start: number;
  readonly end: number;
  /** How it was placed; `fuzzy` carries a score in [0, 1]. */
  readonly method: 'exact' | 'position' | 'fuzzy';
  readonly score: number;
}

/**
 * Fuzzy matches below this score are orphans. The score weighs quote, context and position
 * (see `scoreOf`); 0.75 accepts an edited word or two in a sentence with its context intact
 * and refuses a similar sentence elsewhere whose context differs.
 */
export const MIN_FUZZY_SCORE = 0.75;
/** The quote itself may differ by at most this share of its length. */
const MAX_QUOTE_ERROR_RATE = 0.25;
/** Two candidates closer than this in score are ambiguous: an orphan rather than a guess. */
const AMBIGUITY_MARGIN = 0.05;
/** Myers' cost grows with the errors allowed; long quotes are searched by their head and tail. */
const MAX_SEARCH_ERRORS = 256;

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * 1 − edit distance / length, between a stored context and the text now in its place. A context
 * shorter than QUOTE_CONTEXT says the passage sat at the edge of its text, so text found beyond
 * the stored context counts as errors too: an empty prefix is evidence only for a place at the
 * very start, not a free pass for any place (a passage that opened an article, edited, must not
 * be moved onto a look-alike further down).
 */
function contextScore(stored: string, found: string, edge: boolean): number {
  const extra = edge ? Math.max(0, found.length - stored.length) : 0;
  const length = Math.max(stored.length, edge ? found.length : 0);
  if (!length) return 1;
  if (!found.length) return 0;
  const m = stored.length ? search(found, stored, stored.length) : [];
  const errors = stored.length ? (m.length ? Math.min(...m.map((x) => x.errors)) : stored.length) : 0;
  return Math.max(0, 1 - (errors + extra) / length);
}

function scoreOf(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  errors: number,
  hint: number | null,
): number {
  const quoteScore = 1 - errors / quote.exact.length;
  const prefixEdge = quote.prefix.length < QUOTE_CONTEXT;
  const suffixEdge = quote.suffix.length < QUOTE_CONTEXT;
  const before = prefixEdge ? QUOTE_CONTEXT : quote.prefix.length;
  const after = suffixEdge ? QUOTE_CONTEXT : quote.suffix.length;
  const prefix = contextScore(quote.prefix, text.slice(Math.max(0, start - before), start), prefixEdge);
  const suffix = contextScore(quote.suffix, text.slice(end, end + after), suffixEdge);
  const position = hint === null ? 1 : 1 - Math.abs(start - hint) / Math.max(1, text.length);
  // Weights as in Hypothesis's matchQuote: the quote matters most, then its context.
  return (50 * quoteScore + 20 * prefix + 20 * suffix + 2 * position) / 92;
}

/**
 * Where `quote` is in `text` now, or null (an orphan). `position` is the stored offsets, used
 * as a hint and, when the text there is still the quote, as the answer.
 */
export function anchorPassage(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | null = null,
): Anchor | null {
  const exact = quote.exact;
  if (!exact.length) return null;
  // 1. The quote with its whole context: unique by construction unless the text repeats itself.
  const withContext = allIndexes(text, quote.prefix + exact + quote.suffix).map(
    (i) => i + quote.prefix.length,
  );
  const hint = position?.start ?? null;
  if (withContext.length) {
    const best = nearest(withContext, hint);
    return { start: best, end: best + exact.length, method: 'exact', score: 1 };
  }
  // 2. The stored position still holds the quote (the context changed around it).
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  // 3. Approximate: every best match of the quote, scored with its context; a clear winner only.
  return fuzzy(text, quote, hint);
}

function nearest(candidates: readonly number[], hint: number | null): number {
  if (hint === null) return candidates[0] as number;
  return candidates.reduce((a, b) => (Math.abs(b - hint) < Math.abs(a - hint) ? b : a));
}

function fuzzy(text: string, quote: TextQuoteSelector, hint: number | null): Anchor | null {
  const exact = quote.exact;
  const maxErrors = Math.min(MAX_SEARCH_ERRORS, Math.floor(exact.length * MAX_QUOTE_ERROR_RATE));
  const matches = exact.length > 4 * MAX_SEARCH_ERRORS ? [] : search(text, exact, maxErrors);
  // Exact occurrences whose context changed are candidates too (search returns them with 0 errors).
  const scored = matches
    .map((m) => ({ ...m, score: scoreOf(text, quote, m.start, m.end, m.errors, hint) }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < MIN_FUZZY_SCORE) return null;
  // Myers reports several ends for one place; only a different place makes it ambiguous.
  if (
    second &&
    first.score - second.score < AMBIGUITY_MARGIN &&
    Math.abs(second.start - first.start) > exact.length
  )
    return null;
  const { start, end } = snapToWords(text, quote, first.start, first.end);
  return { start, end, method: 'fuzzy', score: first.score };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const inWord = (text: string, at: number) =>
  at > 0 && at < text.length && WORD_CHAR.test(text[at - 1] as string) && WORD_CHAR.test(text[at] as string);

/**
 * An approximate match may begin or end inside a neighbouring word: with the passage's first
 * letter edited away, "parliamen[t eacher doctor …]" costs one error like "[eacher doctor …]"
 * does. A passage saved from a word's edge is placed from a word's edge: an edge that falls
 * inside a word moves inward past the space, when that trims only a short fragment.
 */
function snapToWords(text: string, quote: TextQuoteSelector, start: number, end: number) {
  const fromEdge = (ch: string | undefined) => ch === undefined || !WORD_CHAR.test(ch);
  let s = start;
  let e = end;
  const limit = Math.max(1, Math.floor((end - start) / 4));
  if (fromEdge(quote.prefix.at(-1)) && inWord(text, s)) {
    const space = text.slice(s, e).search(/\s/);
    if (space > 0 && space <= limit) s += space + 1;
  }
  if (fromEdge(quote.suffix[0]) && inWord(text, e)) {
    const tail = text.slice(s, e);
    const space = tail.search(/\s\S*$/);
    if (space >= 0 && tail.length - space <= limit) e = s + space;
  }
  return { start: s, end: e };
}
