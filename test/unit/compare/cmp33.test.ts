/**
 * Round 33 (ADR 0075): missed pairs, with sentences of our own (a harbour's ferry, a port's
 * rules); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { datedKeys, resolvedDateKeys } from '../../../src/core/compare/dated';
import { cosine, featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';

/** The vectors of sentences `a` and `b` with the date claims given, weighed over the two alone. */
const vectors = (
  a: string,
  b: string,
  claimsA: { quote: string; factId: string; resolved: string }[],
  claimsB: { quote: string; factId: string; resolved: string }[],
) => {
  const fa = featuresOf(a, [], [], undefined, datedKeys(claimsA));
  const fb = featuresOf(b, [], [], undefined, datedKeys(claimsB));
  const rarity = new Rarity();
  rarity.add(fa, 'a');
  rarity.add(fb, 'b');
  return [vectorOf(fa, rarity), vectorOf(fb, rarity)] as const;
};

describe('a date the claim engine resolved is read as the day it names (dated.ts resolvedDateKeys)', () => {
  it('gives a day’s month and day number, a month’s month, and nothing for a year or a span', () => {
    expect(resolvedDateKeys('21 Oct 2024')).toEqual(['oct', '#21']);
    expect(resolvedDateKeys('3 Jun 2025')).toEqual(['jun', '#3']);
    expect(resolvedDateKeys('Jun 2025')).toEqual(['jun']);
    expect(resolvedDateKeys('2025')).toEqual([]);
    expect(resolvedDateKeys('15–16 Jun 2020')).toEqual([]);
    expect(resolvedDateKeys('27 Oct – 2 Nov 2025')).toEqual([]);
    expect(resolvedDateKeys('5 years')).toEqual([]);
    expect(resolvedDateKeys(null)).toEqual([]);
  });

  it('links "on Monday" with "on October 21" when both date one event', () => {
    const ferry = 'event.ferry-line-reopened';
    const [withDay, written] = vectors(
      'The ferry line reopened on Monday after repairs.',
      'Service on the harbour route resumed on October 21.',
      [{ quote: 'on Monday', factId: ferry, resolved: '21 Oct 2024' }],
      [{ quote: 'October 21', factId: ferry, resolved: '21 Oct 2024' }],
    );
    expect(withDay.w.has('oct')).toBe(true);
    expect(withDay.w.has('#21')).toBe(true);
    const [plain] = vectors(
      'The ferry line reopened on Monday after repairs.',
      'Service on the harbour route resumed on October 21.',
      [],
      [],
    );
    expect(plain.w.has('oct')).toBe(false);
    expect(cosine(withDay, written).shared).toBe(2);
    expect(cosine(withDay, written).score).toBeGreaterThan(0.15);
  });

  it('weighs a resolved day when shared only: a sentence’s norm is that of its written words', () => {
    const [a, b] = vectors(
      'The two ministers met on Monday.',
      'The ministers met in the port city.',
      [{ quote: 'on Monday', factId: 'event.ministers-meeting', resolved: '21 Oct 2024' }],
      [],
    );
    const [a0, b0] = vectors(
      'The two ministers met on Monday.',
      'The ministers met in the port city.',
      [],
      [],
    );
    expect(a.resolved?.has('oct')).toBe(true);
    expect(a.norm).toBeCloseTo(a0.norm, 9);
    expect(cosine(a, b).score).toBeCloseTo(cosine(a0, b0).score, 9);
  });

  it('keeps a resolved day out of a sentence that writes it already', () => {
    const f = featuresOf(
      'The port reopened on October 21.',
      [],
      [],
      undefined,
      datedKeys([{ quote: 'October 21', factId: 'event.port-reopened', resolved: '21 Oct 2024' }]),
    );
    expect(f.resolved).toBeUndefined();
  });
});
