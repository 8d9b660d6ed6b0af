/**
 * ADR 0077: a date in the possessive dates the event its noun names (possessive-date.ts), and only
 * confirms. Sentences written for these tests (not from the eval corpus).
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const BUSAN = 'event.trump-xi-busan-meeting'; // 30 October 2025, a Thursday
const PATROLS = 'event.lac-patrolling-agreement-2024'; // 21 October 2024

describe('a possessive date names its event', () => {
  it('"Thursday\'s summit", said on 3 November 2025: the Busan meeting, consistent', () => {
    const t = "Investors cheered the outcome of Thursday's summit in South Korea.";
    expect(claimAt(t, '2025-11-03', 'Thursday')).toMatchObject({ fact: BUSAN, verdict: 'consistent' });
  });
  it('"last October\'s border pact", said in 2025: the patrolling agreement', () => {
    const t = "Relations have been on the mend since last October's border pact.";
    expect(claimAt(t, '2025-06-10', 'last October')).toMatchObject({ fact: PATROLS, verdict: 'consistent' });
  });
  it('a day with no such event recorded says nothing (never differs)', () => {
    const t = "Investors cheered the outcome of Tuesday's summit in South Korea.";
    expect(claimAt(t, '2025-11-03', 'Tuesday')).toBeNull();
  });
  it('a year is too wide to name one event', () => {
    const t = "Investors still talk about last year's summit.";
    expect(claimAt(t, '2026-03-03', 'last year')).toBeNull();
  });
});
