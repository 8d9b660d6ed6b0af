/**
 * Session 11 detection rules (issue #7, ADR 0042): wrong dates the engine read but left
 * unclaimed. Each rule has sentences written for it (not from the eval corpus), each checked to
 * fail without its rule, and sentences it must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe("a part named in the date's clause takes a wrong date before its whole found only by keywords", () => {
  // The pilgrimage (the whole) is found by its words (pilgrims, Tibet); its first Nathu La batch
  // (20 June 2025, a part of it) is named by its cue. "2 June" agrees with neither.
  const text = (d: string) =>
    `Pilgrims bound for Mount Kailash set off this summer. The first batch through Nathu La entered Tibet on ${d}.`;
  it("a wrong day for the first batch is wrong, and the batch's", () => {
    expect(claimAt(text('2 June 2025'), '2025-07-01', '2 June 2025')).toMatchObject({
      fact: 'event.kailash-first-batch-nathu-la-2025',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(text('20 June 2025'), '2025-07-01', '20 June 2025')).toMatchObject({
      fact: 'event.kailash-first-batch-nathu-la-2025',
      verdict: 'consistent',
    });
  });
  it('a part with a date of its own between is not given the earlier date', () => {
    const t =
      'Pilgrims bound for Mount Kailash set off this summer. Pilgrims reached Tibet on 2 June 2025 and, on the 20th, the first batch through Nathu La entered Tibet.';
    expect(claimAt(t, '2025-07-01', '2 June 2025')?.verdict ?? null).not.toBe('differs');
  });
});
