/**
 * ADR 0076 in the engine: dates the temporal rules did not read before now come out as claims,
 * and a week-wide reading of another part's day ("a fortnight ago") dates that part as a day does.
 * Sentences written for these tests (not from the eval corpus), each checked to fail without its
 * rule, and sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

// The first Kailash batch crossed Nathu La on 20 June 2025; the first Lipulekh batch entered Tibet on
// 10 July 2025; the pilgrimage as a whole is recorded as 20 June – 10 July 2025.
const NATHU_LA = 'event.kailash-first-batch-nathu-la-2025';
const LIPULEKH = 'event.kailash-first-batch-lipulekh-2025';
const PUBLISHED = '2025-07-24';

describe('"a fortnight ago" (ago) and the part it dates (rivals-disagree.ts)', () => {
  it('"the first group entered through Lipulekh a fortnight ago": consistent with 10 July', () => {
    const t = 'The first group of pilgrims entered Tibet through the Lipulekh pass a fortnight ago.';
    expect(claimAt(t, PUBLISHED, 'a fortnight ago')).toMatchObject({ fact: LIPULEKH, verdict: 'consistent' });
  });
  it('a wrong day of the Nathu La crossing beside it still differs', () => {
    const t =
      'The first batch of pilgrims crossed into Tibet through Nathu La on June 2, and the route over the Lipulekh pass opened a fortnight ago.';
    expect(claimAt(t, PUBLISHED, 'June 2')).toMatchObject({ fact: NATHU_LA, verdict: 'differs' });
  });
  it('the right day stays consistent', () => {
    const t =
      'The first batch of pilgrims crossed into Tibet through Nathu La on June 20, and the route over the Lipulekh pass opened a fortnight ago.';
    expect(claimAt(t, PUBLISHED, 'June 20')).toMatchObject({ fact: NATHU_LA, verdict: 'consistent' });
  });
});

describe('"Last December," at a sentence\'s start (last-month-name)', () => {
  it('dates the 23rd Special Representatives round (18 December 2024)', () => {
    const t =
      'Last December, National Security Adviser Ajit Doval and Wang Yi held the 23rd round of Special Representatives talks in Beijing.';
    expect(claimAt(t, '2025-07-15', 'Last December')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'consistent',
    });
  });
});

describe('"next November" (next-month-name)', () => {
  it("the suspension's end, said in November 2025, is November 2026", () => {
    const t = "China's suspension of the October export controls ends next November.";
    expect(claimAt(t, '2025-11-12', 'next November')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
      verdict: 'consistent',
    });
  });
  it('said in March, a month still ahead is never called wrong', () => {
    const t = "China's suspension of the October export controls ends next November.";
    expect(claimAt(t, '2026-03-02', 'next November')?.verdict ?? null).not.toBe('differs');
  });
});
