/**
 * Round 19 rules for altered claims (ADR 0042, round 19). Sentences written for the rules (not from
 * the eval corpus), each checked to fail without its rule, and sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// Announcement No. 70 (the suspension of the October controls) was issued on Friday 7 November 2025.
const SUSPENSION_PUBLISHED = '2025-11-08';

describe('a date between the subject and its verb dates the act the keywords around it describe', () => {
  it('"… the General Administration of Customs on Tuesday issued a statement suspending …": differs', () => {
    const t =
      "China's Ministry of Commerce and the General Administration of Customs on Tuesday issued a statement suspending a batch of measures released last month.";
    expect(claimAt(t, SUSPENSION_PUBLISHED, 'Tuesday')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'differs',
    });
  });
  it('the right day stays consistent', () => {
    const t =
      "China's Ministry of Commerce and the General Administration of Customs on Friday issued a statement suspending a batch of measures released last month.";
    expect(verdictAt(t, SUSPENSION_PUBLISHED, 'Friday')).toBe('consistent');
  });
  it('the act after the date is another (the words of the fact lie past a clause break): no claim', () => {
    const t =
      'The General Administration of Customs on Tuesday released trade data showing exports of rare earths fell, a month after it began suspending some curbs.';
    expect(verdictAt(t, SUSPENSION_PUBLISHED, 'Tuesday')).toBeNull();
  });
});

// China's share of rare-earth refining is about 90–92 %, of permanent-magnet manufacturing about 94 %.
const SHARES_PUBLISHED = '2025-11-10';

describe("a share's own 'of' phrase names its measure", () => {
  it('"about 92% of refined output and about 61% of permanent-magnet production": the magnet share differs', () => {
    const t =
      'Beijing controls about 92% of refined output and about 61% of permanent-magnet production, analysts estimate.';
    expect(claimAt(t, SHARES_PUBLISHED, 'about 61%')).toMatchObject({
      fact: 'quantity.china-magnet-manufacturing-share',
      verdict: 'differs',
    });
  });
  it('the right figures stay consistent, each with its own measure', () => {
    const t =
      'Beijing controls about 91% of refined output and about 94% of permanent-magnet production, analysts estimate.';
    expect(claimAt(t, SHARES_PUBLISHED, 'about 94%')).toMatchObject({
      fact: 'quantity.china-magnet-manufacturing-share',
      verdict: 'consistent',
    });
    expect(verdictAt(t, SHARES_PUBLISHED, 'about 91%')).not.toBe('differs');
  });
  it('a verb before the figure names its measure over the "of" phrase: no differs', () => {
    const t = 'Beijing refines roughly 91 per cent of the rare earths mined worldwide, traders say.';
    expect(verdictAt(t, SHARES_PUBLISHED, 'roughly 91 per cent')).not.toBe('differs');
  });
});
