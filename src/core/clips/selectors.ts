/**
 * Selectors for a passage of text: the W3C TextQuoteSelector (quote with context) and
 * TextPositionSelector (offsets), as Hypothesis and the Web Annotation model use them, and a
 * text-fragment link (https://wicg.github.io/scroll-to-text-fragment/) a browser can follow.
 */
import type { Passage, TextPositionSelector, TextQuoteSelector } from './model';

/** Characters of context kept on each side of a quote (Hypothesis keeps 32 too). */
export const QUOTE_CONTEXT = 32;

/** A text fragment names the whole quote up to this length, else its first and last words. */
const FRAGMENT_WHOLE_MAX = 300;
const FRAGMENT_EDGE_WORDS = 5;
const FRAGMENT_CONTEXT_WORDS = 3;

/** Both selectors for [start, end) of `text`. Throws on offsets outside the text or an empty range. */
export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end))
    throw new RangeError(
      `passage [${start}, ${end}) is not a non-empty range of a ${text.length}-character text`,
    );
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** A passage of `text` at [start, end), with its link on `url` (already normalised). */
export function makePassage(url: string, text: string, start: number, end: number): Passage {
  const { quote, position } = describeRange(text, start, end);
  return { quote, position, link: textFragmentLink(url, quote) };
}

/** Percent-encodes a text-fragment term: the spec reserves `-`, `,` and `&` as syntax. */
function encodeTerm(s: string): string {
  // Offsets are UTF-16 units, so a range may cut an emoji in half; a lone surrogate cannot be encoded.
  const wellFormed = s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  return encodeURIComponent(wellFormed).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * `url#:~:text=[prefix-,]start[,end][,-suffix]`. Context terms are whole words only (a match
 * must sit on word boundaries), so a word the 32-character context cut in half is dropped.
 */
export function textFragmentLink(url: string, quote: TextQuoteSelector): string {
  const exact = words(quote.exact);
  if (!exact.length) return url;
  const terms: string[] = [];
  const prefixWords = words(quote.prefix);
  // A prefix of the full length probably starts inside a word.
  if (quote.prefix.length >= QUOTE_CONTEXT && !/^\s/.test(quote.prefix)) prefixWords.shift();
  const prefix = prefixWords.slice(-FRAGMENT_CONTEXT_WORDS).join(' ');
  if (prefix) terms.push(`${encodeTerm(prefix)}-`);
  const joined = exact.join(' ');
  if (joined.length <= FRAGMENT_WHOLE_MAX || exact.length <= 2 * FRAGMENT_EDGE_WORDS) {
    terms.push(encodeTerm(joined));
  } else {
    terms.push(encodeTerm(exact.slice(0, FRAGMENT_EDGE_WORDS).join(' ')));
    terms.push(encodeTerm(exact.slice(-FRAGMENT_EDGE_WORDS).join(' ')));
  }
  const suffixWords = words(quote.suffix);
  if (quote.suffix.length >= QUOTE_CONTEXT && !/\s$/.test(quote.suffix)) suffixWords.pop();
  const suffix = suffixWords.slice(0, FRAGMENT_CONTEXT_WORDS).join(' ');
  if (suffix) terms.push(`-${encodeTerm(suffix)}`);
  const base = url.replace(/#.*$/, '');
  return `${base}#:~:text=${terms.join(',')}`;
}
