/**
 * ADR 0153: a gap phrase with its noun before the length ("after a pause of five years", "ending a
 * freeze of nearly five years") is read as "after a five-year pause" is (ADR 0047): the length is
 * tied from the clause the phrase follows, by what that clause says was interrupted. Sentences
 * written for the rule, not from the eval corpus.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const VISAS = 'quantity.tourist-visa-gap-years';
const YATRA = 'quantity.kailash-yatra-gap-years';

describe('a gap phrase "after a <gap noun> of <length>"', () => {
  const visas = (gap: string) =>
    `India resumed issuing tourist visas to Chinese nationals in July after a pause of ${gap}, while Indian pilgrims travelled to Mapam Yumco in Xizang.`;
  it('is the gap of the clause it follows, not of the clause after it', () => {
    expect(claimAt(visas('five years'), '2025-08-10', 'five years')).toMatchObject({
      fact: VISAS,
      verdict: 'consistent',
    });
  });
  it('a hedge inside the phrase is read', () => {
    expect(claimAt(visas('roughly five years'), '2025-08-10', 'five years')?.fact).toBe(VISAS);
  });
  it('the other clause order gives the other gap', () => {
    const t =
      'Indian pilgrims returned to Mapam Yumco in Xizang this summer after a pause of roughly five years, and India resumed tourist visas for Chinese nationals in July.';
    expect(claimAt(t, '2025-08-10', 'five years')?.fact).toBe(YATRA);
  });
  it("a wrong length of the clause's gap differs", () => {
    expect(claimAt(visas('two years'), '2025-08-10', 'two years')).toMatchObject({
      fact: VISAS,
      verdict: 'differs',
    });
  });
  it('not a gap phrase without its opening word ("a pause of five years" as a subject)', () => {
    const t =
      'A pause of five years is long, officials said, while Indian pilgrims travelled to Mapam Yumco.';
    expect(claims(t, '2025-08-10').filter((c) => c.fact === VISAS)).toEqual([]);
  });
  it('a phrase that goes on to name what was interrupted keeps the reading it had', () => {
    const t =
      'A first group of Kailash Mansarovar pilgrims crossed into Tibet on Saturday, ending a pause of about five years since the last yatra.';
    expect(claimAt(t, '2025-06-22', 'five years')).toMatchObject({ fact: YATRA, verdict: 'consistent' });
  });
});
