/**
 * Session 14's card-precision rules (ADR 0047, round 18), each with sentences written for the
 * rule (not from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

describe('a month without a year cannot be the date of a record in another month', () => {
  it('"the April rules" in an undated article is no card for the November suspension', () => {
    const text =
      'Announcement No. 70 suspends the wider controls for a year. For Indian carmakers the April rules were the ones that hurt.';
    expect(claimAt(text, null, 'April')?.fact ?? null).not.toBe('instrument.mofcom-announcement-70-2025');
    expect(claimAt(text, null, 'a year')).toMatchObject({ verdict: 'consistent' });
  });
});

describe('a month modifying a measure noun dates the measure, not a meeting beside it', () => {
  it('"put its October measures on hold" is no card for the Busan meeting', () => {
    const text =
      'Hours after Trump and Xi met in Busan, Beijing agreed to put its October measures on hold for a year.';
    expect(claims(text, '2025-10-31').filter((c) => c.fact === 'event.trump-xi-busan-meeting')).toEqual([]);
  });
  it('a measure the month names is still confirmed ("the April curbs")', () => {
    const text = 'The pause does not touch the April curbs on seven medium and heavy rare earths.';
    expect(claimAt(text, '2025-11-10', 'April')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'consistent',
    });
  });
});
