/**
 * Session 31 gap rules (ADR 0150), on sentences written for them (not from the eval corpus), each
 * checked to fail without its rule: a gap between two recorded events whose subject's day is a
 * one-day record inside a longer one, whose anchor phrase's own date picks one of two named events,
 * or whose anchor is found only by two of its keywords in the gap's phrase (then only a gap no
 * neighbouring act explains is said).
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

describe("of two events named after the gap, the one the anchor phrase's date agrees with", () => {
  const t = (g: string) => `Sunday's meeting in Tianjin came ${g} after Modi and Xi met on Oct. 23 in Kazan.`;
  it('"four months after Modi and Xi met on Oct. 23 in Kazan" (ten months): differs', () => {
    expect(claimAt(t('four months'), '2025-09-01', 'four months after')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('the true gap is not called wrong', () => {
    for (const g of ['ten months', 'nearly ten months', 'less than a year'])
      expect(claimAt(t(g), '2025-09-01', 'after')?.verdict, g).not.toBe('differs');
  });
});

describe('an anchor found only by two keywords in the gap phrase', () => {
  const t = (g: string) =>
    `Tuesday's 24th round of boundary talks in New Delhi came ${g} after the 23rd round in Beijing.`;
  it('"barely four months after the 23rd round" (eight months): differs', () => {
    expect(claimAt(t('barely four months'), '2025-08-20', 'four months after')).toMatchObject({
      fact: 'event.sr-talks-24th',
      verdict: 'differs',
    });
  });
  it('the true gap, or one a neighbouring act could explain, is not called wrong', () => {
    for (const g of ['eight months', 'about eight months', 'nearly eight months', 'some eight months'])
      expect(claimAt(t(g), '2025-08-20', 'after')?.verdict, g).not.toBe('differs');
  });
});
