/**
 * ADR 0077: a dateline's day that the lead sentence gives again for an event is a claim on that
 * event (dateline-day.ts). Sentences written for these tests (not from the eval corpus).
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const TIANJIN = 'event.tianjin-modi-xi-meeting'; // 31 August 2025, a Sunday

describe('a dateline dated the day the lead sentence gives', () => {
  it('"TIANJIN, Aug. 31 -- … met … on Sunday": the dateline agrees with the meeting', () => {
    const t =
      'TIANJIN, Aug. 31 -- Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Tianjin on Sunday on the sidelines of the SCO summit.';
    expect(claimAt(t, '2025-09-01', 'Aug. 31')).toMatchObject({ fact: TIANJIN, verdict: 'consistent' });
  });
  it('a dateline a day after the event ("Sept. 1", the meeting "on Sunday") says nothing of it', () => {
    const t =
      'TIANJIN, Sept. 1 -- Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Tianjin on Sunday on the sidelines of the SCO summit.';
    expect(claimAt(t, '2025-09-01', 'Sept. 1')).toBeNull();
    expect(claimAt(t, '2025-09-01', 'on Sunday')).toMatchObject({ fact: TIANJIN, verdict: 'consistent' });
  });
  it('a dateline with no day of the event in its sentence stays unclaimed', () => {
    const t =
      'TIANJIN, Aug. 29 -- Indian Prime Minister Narendra Modi will meet Chinese President Xi Jinping in Tianjin at the SCO summit.';
    expect(claims(t, '2025-08-29').some((c) => c.quote.includes('Aug. 29'))).toBe(false);
  });
  it('a wrong day is flagged where the sentence gives it, not on the dateline', () => {
    const t =
      'TIANJIN, Aug. 30 -- Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Tianjin on Saturday on the sidelines of the SCO summit.';
    expect(claimAt(t, '2025-08-31', 'on Saturday')).toMatchObject({ fact: TIANJIN, verdict: 'differs' });
    expect(claimAt(t, '2025-08-31', 'Aug. 30')).toBeNull();
  });
});
