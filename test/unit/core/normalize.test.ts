import { describe, expect, it } from 'vitest';
import { foldCodePoint, normalize, toOriginalSpan } from '../../../src/core/match/normalize';

describe('normalize', () => {
  it('folds case, diacritics, curly quotes and dashes', () => {
    expect(normalize('Beijing’s “Déjà” Vu — Line‑of').text).toBe(`beijing's "deja" vu - line-of`);
  });

  it('collapses whitespace runs (including NBSP and newlines) to one space', () => {
    expect(normalize('Line \u00a0of\n\t Actual').text).toBe('line of actual');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalize('Dep\u00adsang\u200b').text).toBe('depsang');
  });

  it('maps every normalised span back to the original slice', () => {
    const input = 'Near  Café “Kazan”';
    const n = normalize(input);
    const at = n.text.indexOf('kazan');
    const [s, e] = toOriginalSpan(n, at, at + 5);
    expect(input.slice(s, e)).toBe('Kazan');
    const cafe = n.text.indexOf('cafe');
    const [cs, ce] = toOriginalSpan(n, cafe, cafe + 4);
    expect(input.slice(cs, ce)).toBe('Café');
  });

  it('handles characters whose lower case is longer (İ)', () => {
    const n = normalize('İstanbul');
    expect(n.text.startsWith('i')).toBe(true);
    expect(n.starts.length).toBe(n.text.length);
  });

  it('keeps Devanagari vowel signs and nukta (Hindi words stay distinct)', () => {
    expect(normalize('मोदी').text).toBe('मोदी'.normalize('NFKD'));
    expect(normalize('मोदी').text).not.toBe(normalize('मद').text);
    // Precomposed and decomposed nukta forms fold together.
    expect(normalize('\u095b').text).toBe(normalize('\u091c\u093c').text);
  });

  it('is idempotent', () => {
    for (const s of ['  Déjà  vu ', 'LAC’s — “x”', 'ल द्दाख़', 'a\u00adb']) {
      const once = normalize(s).text;
      expect(normalize(once).text).toBe(once);
    }
  });

  it('folds a single code point', () => {
    expect(foldCodePoint('É')).toBe('e');
    expect(foldCodePoint('\u2019')).toBe("'");
    expect(foldCodePoint('\u2013')).toBe('-');
  });

  it('rejects an empty span', () => {
    expect(() => toOriginalSpan(normalize('abc'), 1, 1)).toThrow(RangeError);
  });
});

describe('normalize: characters that fold in more than one step', () => {
  it.each([
    ['⁻', '-'],
    ['İ', 'i'],
    ['℃', '°c'],
    ['ﬁ', 'fi'],
  ])('%s folds to %s, and stays', (input, want) => {
    expect(normalize(input).text).toBe(want);
    expect(normalize(want).text).toBe(want);
  });
});
