/**
 * Session 25 (alt25a, ADR 0082): altered dates that got no claim once wrong. Sentences written for
 * the rules (not from the eval corpus), each checked to fail without its rule, and sentences they
 * must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

describe('the two parties of the one meeting the record keeps between them (parties-met.ts)', () => {
  const BUSAN = 'event.trump-xi-busan-meeting';
  const PUB = '2025-10-27';
  it('"… when Trump meets Xi on Saturday" (a meeting still ahead): the coming Saturday differs', () => {
    const t =
      'The deal is meant to be sealed when President Donald Trump meets Chinese leader Xi Jinping on Saturday in South Korea.';
    expect(claimAt(t, PUB, 'Saturday')).toMatchObject({ fact: BUSAN, verdict: 'differs' });
    expect(verdictAt(t.replace('Saturday', 'Thursday'), PUB, 'Thursday')).toBe('consistent');
  });
  it('"… with Trump set to meet Xi on Saturday", the parties around the verb: differs', () => {
    const t =
      'Markets rallied on hopes for a trade deal, with Donald Trump set to meet Xi Jinping on Saturday in South Korea.';
    expect(claimAt(t, PUB, 'Saturday')).toMatchObject({ fact: BUSAN, verdict: 'differs' });
    expect(verdictAt(t.replace('Saturday', 'Thursday'), PUB, 'Thursday')).toBe('consistent');
  });
  it('leaves alone a third person, another verb, and an open question', () => {
    for (const t of [
      'The deal is meant to be sealed when President Donald Trump meets Chinese leader Xi Jinping and Vladimir Putin on Saturday.',
      'Markets rallied on hopes for a trade deal, and Donald Trump spoke with Xi Jinping on Saturday.',
      'Markets rallied on hopes for a trade deal, though it is unclear whether Donald Trump will meet Xi Jinping on Saturday.',
    ])
      expect(verdictAt(t, PUB, 'Saturday')).not.toBe('differs');
  });
});
