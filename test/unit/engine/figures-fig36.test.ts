/**
 * ADR 0151 (wrong figures on unseen text): a country named right before a figure settles whose it
 * is, so a figure ten times its record is still checked ("India mined 29,000 tonnes …, a fraction of
 * China's"); a bare count before "were selected / picked / chosen" is a head count; a share said as
 * a fraction ("roughly half of", "nine in ten") is a percentage read with FRACTION_SPREAD. Sentences
 * written for these tests; each rule's first case fails without it, the others are what it must keep.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const P = '2025-06-01';
const verdictAt = (text: string, quote: string) => claimAt(text, P, quote)?.verdict ?? null;

describe('a country named before a figure settles whose it is (clearMeasures)', () => {
  it("a figure ten times India's record, compared with China's after it, is India's and wrong", () => {
    const text =
      "India's rare-earth mine output stood at 29,000 tonnes in 2024, a small fraction of China's.";
    expect(claimAt(text, P, '29,000 tonnes')).toMatchObject({
      fact: 'quantity.india-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
  });
  it('the same with the comparison naming the other country’s output', () => {
    const text =
      'India mined some 29,000 tonnes of rare earths in 2024, well under a tenth of China’s output.';
    expect(verdictAt(text, '29,000 tonnes')).toBe('differs');
  });
  it('the right figure is confirmed', () => {
    const text = "India's rare-earth mine output stood at 2,900 tonnes in 2024, a small fraction of China's.";
    expect(verdictAt(text, '2,900 tonnes')).toBe('consistent');
  });
  it("another country's figure is not India's or China's record stated wrong", () => {
    const text = 'Australia mined about 13,000 tonnes of rare earths in 2024, a fraction of China’s output.';
    expect(claims(text, P).some((c) => c.verdict === 'differs')).toBe(false);
  });
});

describe('a bare count before a verb of selection is a head count', () => {
  it('a wrong number selected in the draw differs', () => {
    const text =
      'Of the 5,561 people who applied for the Kailash Mansarovar Yatra, 1,200 were chosen in the computerised draw.';
    expect(claimAt(text, P, '1,200')).toMatchObject({
      fact: 'quantity.kailash-yatra-2025-pilgrims',
      verdict: 'differs',
    });
  });
  it('the right number is confirmed, and the applicants stay theirs', () => {
    const text =
      'Of the 5,561 people who applied for the Kailash Mansarovar Yatra, 750 had been picked by the computerised draw.';
    expect(verdictAt(text, '750')).toBe('consistent');
    expect(verdictAt(text, '5,561')).toBe('consistent');
  });
});

describe('a share said as a fraction is a percentage, as coarse as its words', () => {
  const mined = (share: string) =>
    `According to the USGS, China mined 270,000 tonnes of rare earths in 2024, ${share} of world mine production.`;
  it('"roughly half" of a 69 % share differs', () => {
    expect(claimAt(mined('roughly half'), P, 'roughly half')).toMatchObject({
      fact: 'quantity.china-rare-earth-mine-share-2024',
      verdict: 'differs',
    });
  });
  it('"two-thirds" and "more than half" of it agree', () => {
    expect(verdictAt(mined('about two-thirds'), 'two-thirds')).toBe('consistent');
    expect(verdictAt(mined('more than half'), 'more than half')).toBe('consistent');
  });
  it('"N in ten" needs no "of": six in ten is not the refining share, nine in ten is', () => {
    const text = (n: string) =>
      `China mines about seven in ten tonnes of the world's rare earths and refines roughly ${n}, the IEA says.`;
    expect(verdictAt(text('six in ten'), 'six in ten')).toBe('differs');
    expect(verdictAt(text('nine in ten'), 'nine in ten')).toBe('consistent');
  });
  it('half of a period or a cut by half is no share', () => {
    const text =
      'China cut its rare-earth export quota by half in the first half of the year, officials said on rare earths.';
    expect(claims(text, P).filter((c) => /half/.test(c.quote))).toEqual([]);
  });
});
