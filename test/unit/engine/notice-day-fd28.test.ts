/**
 * ADR 0117: the day a notice, advisory or statement was put out is the notice's day, not the day
 * of the event it tells of. Sentences written for these tests (not from the eval corpus).
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const VISAS = 'event.tourist-visas-chinese-nationals-resumed'; // 24 Jul 2025

describe('the day a notice was put out', () => {
  const lead =
    'India will again issue tourist visas to Chinese nationals from Thursday, five years after it stopped.\n\n';
  it.each([
    'The Indian embassy in Beijing posted the advisory on Weibo on Tuesday, saying tourist visa applications could be made at its visa centres.',
    'The Indian embassy in Beijing posted an advisory on Weibo on Tuesday, saying applications could be made at visa centres in Shanghai and Guangzhou.',
    'The Indian embassy in Beijing put out a short notice on Weibo on Tuesday, saying applications could be made at visa centres in Shanghai.',
  ])('is never a disagreement with the event it tells of: %s', (t) => {
    expect(claimAt(lead + t, '2025-07-24', 'Thursday')).toMatchObject({ fact: VISAS, verdict: 'consistent' });
    const got = claimAt(lead + t, '2025-07-24', 'on Tuesday');
    expect(got?.verdict ?? null).not.toBe('differs');
  });
  it("the notice's clause does not reach the event's own date after it", () => {
    const t =
      'The embassy put out a notice on Weibo; tourist visas for Chinese nationals resumed on 24 July 2025.';
    expect(claimAt(t, '2025-07-30', '24 July 2025')).toMatchObject({ fact: VISAS, verdict: 'consistent' });
  });
});

describe('the day a notice was put out, shown beside the one event it tells of (rule 2)', () => {
  const lead =
    'India will again issue tourist visas to Chinese nationals from Thursday, five years after it stopped.\n\n';
  it("is `context` on that event, with the reason that it is the notice's day", () => {
    const t =
      'The Indian embassy in Beijing put out the notice on Weibo on Tuesday, saying applications could be lodged at visa centres in Beijing, Shanghai and Guangzhou.';
    expect(claimAt(lead + t, '2025-07-24', 'on Tuesday')).toMatchObject({
      fact: VISAS,
      verdict: 'context',
      reasons: expect.arrayContaining(['announcement-day']),
    });
  });
  it('not a day someone spoke ("said on Tuesday"): no card', () => {
    const t =
      'The Indian embassy in Beijing said on Tuesday that applications could be lodged at visa centres in Beijing, Shanghai and Guangzhou.';
    expect(claimAt(lead + t, '2025-07-24', 'on Tuesday')).toBeNull();
  });
  it('not the day what was announced starts ("announced … starting July 30")', () => {
    const t = 'The embassy announced the resumption of tourist visas for Chinese nationals starting July 30.';
    expect(claimAt(lead + t, '2025-07-24', 'July 30')?.reasons ?? []).not.toContain('announcement-day');
  });
});

describe('an announcement with a longer object (rule 3)', () => {
  it('"had announced the resumption of the Kailash Mansarovar Yatra on April 26": the announcement\'s day, never differs', () => {
    const t =
      'The external affairs ministry had announced the resumption of the Kailash Mansarovar Yatra on April 26.';
    expect(claimAt(t, '2025-07-10', 'April 26')).toMatchObject({
      fact: 'event.kailash-mansarovar-yatra-2025',
      verdict: 'context',
    });
  });
  it('a document put out, with what it is on, still owns the day it came out', () => {
    const said = (day: string) =>
      `The White House put out its fact sheet on the trade deal with China on ${day}, saying Beijing would issue general licences for rare earths.`;
    const FACT_SHEET = 'event.white-house-general-licences-claim'; // 1 Nov 2025
    expect(claimAt(said('Saturday'), '2025-11-03', 'on Saturday')).toMatchObject({
      fact: FACT_SHEET,
      verdict: 'consistent',
    });
    expect(claimAt(said('Thursday'), '2025-11-03', 'on Thursday')).toMatchObject({
      fact: FACT_SHEET,
      verdict: 'differs',
    });
  });
});
