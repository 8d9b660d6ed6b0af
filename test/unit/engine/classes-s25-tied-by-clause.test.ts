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

describe("the day a fact's own announcer, named before its verb, announced it (announcer-verb.ts)", () => {
  const LICENCES = 'event.rare-earth-magnet-licences-indian-firms';
  const PUB = '2025-10-31';
  it('a phase word of the reported content ("has begun granting") is not the date\'s: the wrong day differs', () => {
    const t =
      "Beijing has begun granting rare-earth magnet licences to a handful of Indian firms, India's foreign ministry confirmed Monday, in a first easing of the squeeze.";
    expect(claimAt(t, PUB, 'Monday')).toMatchObject({ fact: LICENCES, verdict: 'differs' });
    expect(verdictAt(t.replace('Monday', 'Thursday'), PUB, 'Thursday')).toBe('consistent');
  });
  it("a cue that reaches into the reported clause does not drop the announcer's day", () => {
    const t =
      "Some Indian parts makers have at last won Chinese approval to import rare-earth magnets, months after the curbs began, India's Ministry of External Affairs confirmed Monday.";
    expect(claimAt(t, PUB, 'Monday')).toMatchObject({ fact: LICENCES, verdict: 'differs' });
  });
  it('leaves alone a speaker who is not the announcer, and a verb with words before the date', () => {
    for (const t of [
      'Some Indian parts makers have at last won Chinese approval to import rare-earth magnets, months after the curbs began, industry analysts said Monday.',
      "Beijing has begun granting rare-earth magnet licences to a handful of Indian firms, India's foreign ministry confirmed to reporters in Delhi on Monday.",
    ])
      expect(verdictAt(t, PUB, 'Monday')).not.toBe('differs');
  });
});
