/**
 * Session 31 gap rules (ADR 0150), on sentences written for them (not from the eval corpus), each
 * checked to fail without its rule: a gap between two recorded events whose subject's day is a
 * one-day record inside a longer one, or whose anchor is found only by two of its keywords in the
 * gap's phrase (then only a gap no neighbouring act explains is said).
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const LIPULEKH = 'event.kailash-first-batch-lipulekh-2025';

describe("the subject's day: a one-day record over the longer records that hold it", () => {
  const t = (g: string) =>
    `The first Lipulekh batch crossed into Tibet on Thursday, ${g} after the first Nathu La group entered Tibet.`;
  it('"on Thursday, three months after the first Nathu La group" (20 days): differs on the batch', () => {
    expect(claimAt(t('three months'), '2025-07-11', 'three months after')).toMatchObject({
      fact: LIPULEKH,
      verdict: 'differs',
    });
  });
  it('the true gap is not called wrong', () => {
    for (const g of ['three weeks', 'about three weeks', '20 days', 'less than a month'])
      expect(claimAt(t(g), '2025-07-11', 'after')?.verdict, g).not.toBe('differs');
  });
});

describe('an anchor found only by two keywords in the gap phrase', () => {
  const t = (g: string) => `Sunday's summit in Tianjin came ${g} after the two leaders' talks in Kazan.`;
  it('"16 months after the two leaders\' talks in Kazan" (ten months): differs', () => {
    expect(claimAt(t('16 months'), '2025-09-02', '16 months after')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('the true gap, hedged or not, is not called wrong', () => {
    for (const g of [
      'ten months',
      'about ten months',
      'nearly ten months',
      'less than a year',
      'some ten months',
    ])
      expect(claimAt(t(g), '2025-09-02', 'after')?.verdict, g).not.toBe('differs');
  });
});
