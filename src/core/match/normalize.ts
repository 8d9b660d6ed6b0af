/**
 * Text normalisation for matching, with an exact map back to the original offsets.
 *
 * Matching runs on the normalised form; every normalised character remembers the
 * [start, end) span of the original code point it came from, so a match in normalised
 * text maps back to a slice of the original that contains exactly the matched words.
 * Pure: no DOM, no browser APIs.
 */

/** A normalised string plus, per normalised UTF-16 unit, the original span it came from. */
export interface Normalized {
  readonly text: string;
  /** starts[i] = index in the original of the code point that produced text[i]. */
  readonly starts: Uint32Array;
  /** ends[i] = end (exclusive) in the original of that code point (or whitespace run). */
  readonly ends: Uint32Array;
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};
const DASHES = /[\u2010-\u2015\u2212\u00ad\ufe58\ufe63\uff0d]/;
const WHITESPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
/**
 * Diacritics to drop after NFKD: the Latin/Greek/Cyrillic combining blocks only. Marks of
 * other scripts (Devanagari vowel signs, virama, nukta) are letters' parts and are kept,
 * or Hindi words would collapse into each other.
 */
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** One character's simple mapping: spaces, quotes, dashes, invisible characters. */
function mapChar(c: string): string {
  if (WHITESPACE.test(c)) return ' ';
  const quote = QUOTES[c];
  if (quote !== undefined) return quote;
  if (c === '\u00ad' || c === '\u200b' || c === '\u200c' || c === '\u200d' || c === '\ufeff') return '';
  if (DASHES.test(c)) return '-';
  return c;
}

function foldOnce(s: string): string {
  let out = '';
  for (const part of s.normalize('NFKD')) {
    if (!COMBINING.test(part)) out += mapChar(part);
  }
  return out.toLowerCase();
}

/**
 * Folds one code point to its matching form: lower case, no Latin diacritics, straight
 * quotes, ASCII hyphen, single space; '' for characters that vanish. Repeated to a fixed
 * point, because one step can expose another (a superscript minus decomposes to a minus
 * sign, which is a dash; a lower-cased "İ" gains a combining dot), so normalising is
 * idempotent.
 */
export function foldCodePoint(ch: string): string {
  if (WHITESPACE.test(ch)) return ' ';
  let prev = ch;
  let next = foldOnce(ch);
  for (let i = 0; i < 4 && next !== prev; i++) {
    prev = next;
    next = foldOnce(next);
  }
  return next;
}

const FOLD_CACHE = new Map<string, string>();

function foldCached(ch: string): string {
  let f = FOLD_CACHE.get(ch);
  if (f === undefined) {
    f = foldCodePoint(ch);
    if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(ch, f);
  }
  return f;
}

/**
 * Normalises `input` for matching. Whitespace runs collapse to one space; the result is
 * idempotent (`normalize(normalize(x).text).text === normalize(x).text`).
 * ASCII takes a fast path without regular expressions (the bulk of news text).
 */
export function normalize(input: string): Normalized {
  const n = input.length;
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let len = 0;
  const push = (code: number, start: number, end: number) => {
    if (len === cap) {
      cap *= 2;
      const grow = <T extends Uint16Array | Uint32Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      codes = grow(codes, new Uint16Array(cap));
      starts = grow(starts, new Uint32Array(cap));
      ends = grow(ends, new Uint32Array(cap));
    }
    codes[len] = code;
    starts[len] = start;
    ends[len] = end;
    len++;
  };
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 128) {
      const isSpace = c === 32 || (c >= 9 && c <= 13);
      if (isSpace) {
        if (len > 0 && codes[len - 1] === 32) ends[len - 1] = i + 1;
        else push(32, i, i + 1);
      } else {
        push(c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c, i, i + 1);
      }
      i++;
      continue;
    }
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCached(input.slice(i, i + width));
    // A space anywhere in the fold (a ligature like U+FC5E folds to " ٌّ") joins a space
    // before it, as a space in the input would: one run, one space.
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      if (code === 32 && len > 0 && codes[len - 1] === 32) ends[len - 1] = i + width;
      else push(code, i, i + width);
    }
    i += width;
  }
  let text = '';
  for (let k = 0; k < len; k += 8192)
    // `apply` reads the typed array by index; a spread would run its iterator (round 19, cost).
    text += String.fromCharCode.apply(
      null,
      codes.subarray(k, Math.min(len, k + 8192)) as unknown as number[],
    );
  return { text, starts: starts.slice(0, len), ends: ends.slice(0, len) };
}

/** Maps a [start, end) span of normalised text back to the original string. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) throw new RangeError(`empty span ${start}..${end}`);
  return [n.starts[start] as number, n.ends[end - 1] as number];
}

/** True when the character can be part of a word (letters, digits, in any script). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
}
