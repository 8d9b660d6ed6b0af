import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeRange,
  makePassage,
  QUOTE_CONTEXT,
  textFragmentLink,
} from '../../../src/core/clips/selectors';

const TEXT = 'The Galwan clash of June 2020 killed twenty Indian soldiers, the deadliest in decades.';

describe('describeRange', () => {
  it('keeps 32 characters of context on each side and the offsets', () => {
    const start = TEXT.indexOf('twenty');
    const { quote, position } = describeRange(TEXT, start, start + 6);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'twenty',
      prefix: 'alwan clash of June 2020 killed ',
      suffix: ' Indian soldiers, the deadliest ',
    });
    expect(quote.prefix).toHaveLength(QUOTE_CONTEXT);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 6 });
  });

  it('shortens context at the edges of the text', () => {
    const { quote } = describeRange(TEXT, 0, 3);
    expect(quote.prefix).toBe('');
    expect(quote.exact).toBe('The');
  });

  it('refuses empty, reversed or out-of-range offsets', () => {
    expect(() => describeRange(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 6, 5)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
    expect(() => describeRange(TEXT, -1, 2)).toThrow(RangeError);
  });

  it('property: prefix + exact + suffix is the text around the range', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (text, x, y) => {
        const start = x % text.length;
        const end = start + 1 + (y % (text.length - start));
        const { quote, position } = describeRange(text, start, end);
        const whole = quote.prefix + quote.exact + quote.suffix;
        expect(text.includes(whole)).toBe(true);
        expect(text.slice(position.start, position.end)).toBe(quote.exact);
        expect(quote.prefix.length).toBeLessThanOrEqual(QUOTE_CONTEXT);
        expect(quote.suffix.length).toBeLessThanOrEqual(QUOTE_CONTEXT);
      }),
    );
  });
});

describe('textFragmentLink', () => {
  const url = 'https://example.org/a';

  it('names the quote with whole words of context, encoding the syntax characters', () => {
    const start = TEXT.indexOf('killed twenty');
    const { quote } = describeRange(TEXT, start, start + 'killed twenty'.length);
    const link = textFragmentLink(url, quote);
    // The 32-character prefix starts inside "Galwan"; that half word is dropped.
    expect(link).toBe(
      'https://example.org/a#:~:text=of%20June%202020-,killed%20twenty,-Indian%20soldiers%2C%20the',
    );
  });

  it('uses start and end words for a long quote and replaces an existing fragment', () => {
    const long = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    const link = textFragmentLink(`${url}#old`, {
      type: 'TextQuoteSelector',
      exact: long,
      prefix: '',
      suffix: '',
    });
    expect(link).toBe(`${url}#:~:text=w0%20w1%20w2%20w3%20w4,w75%20w76%20w77%20w78%20w79`);
  });

  it('escapes dashes and ampersands inside terms', () => {
    const link = textFragmentLink(url, {
      type: 'TextQuoteSelector',
      exact: 'Rock-n-roll & co',
      prefix: '',
      suffix: '',
    });
    expect(link).toBe(`${url}#:~:text=Rock%2Dn%2Droll%20%26%20co`);
  });

  it('makePassage ties the selectors and the link together', () => {
    const p = makePassage(url, TEXT, 0, 3);
    expect(p.link.startsWith(`${url}#:~:text=The`)).toBe(true);
    expect(p.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 3 });
  });
});
