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

/**
 * Folds one code point to its matching form: lower case, no diacritics, straight quotes,
 * ASCII hyphen, single space. Returns '' for characters that vanish (combining marks,
 * zero-width characters).
 */
export function foldCodePoint(ch: string): string {
  if (WHITESPACE.test(ch)) return ' ';
  const quote = QUOTES[ch];
  if (quote !== undefined) return quote;
  if (DASHES.test(ch)) return ch === '\u00ad' ? '' : '-';
  if (ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\ufeff') return '';
  let out = '';
  for (const part of ch.normalize('NFKD')) {
    if (!COMBINING.test(part)) out += part;
  }
  return out.toLowerCase();
}

/**
 * Normalises `input` for matching. Whitespace runs collapse to one space; the result is
 * idempotent (`normalize(normalize(x).text).text === normalize(x).text`).
 */
export function normalize(input: string): Normalized {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of input) {
    const start = i;
    i += ch.length;
    const folded = foldCodePoint(ch);
    if (folded === ' ' && chars[chars.length - 1] === ' ') {
      ends[ends.length - 1] = i;
      continue;
    }
    for (const unit of folded) {
      for (let k = 0; k < unit.length; k++) {
        chars.push(unit[k] as string);
        starts.push(start);
        ends.push(i);
      }
    }
  }
  return { text: chars.join(''), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
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
