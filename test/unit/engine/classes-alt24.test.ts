/**
 * Round 24 rules for altered absolute dates (ADR 0042, round 24). Sentences written for the rules
 * (not from the eval corpus), each checked to fail without its rule, and sentences they must not
 * call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

// India resumed tourist visas for Chinese nationals on 24 July 2025, after the Kailash pilgrimage
// had resumed (20 June – 10 July 2025): the fact base orders the two with an "after" relation.
const PUBLISHED = '2025-09-10';
const VISAS = 'event.tourist-visas-chinese-nationals-resumed';

describe('"since" / "from" the day of a named fact: not the day of the event it came after (date-ties.ts)', () => {
  it('"granting tourist visas to Chinese nationals since April 24": the visas\' day differs', () => {
    const t = 'India has been granting tourist visas to Chinese nationals since April 24, officials said.';
    expect(claimAt(t, PUBLISHED, 'April 24')).toMatchObject({ fact: VISAS, verdict: 'differs' });
  });
  it('"From June 24, tourist visas for Chinese citizens …": a day inside the pilgrimage\'s weeks is not the pilgrimage\'s', () => {
    const t =
      'From June 24, tourist visas for Chinese citizens were on offer again at Indian visa centres in Beijing and Shanghai.';
    expect(claimAt(t, PUBLISHED, 'June 24')).toMatchObject({ fact: VISAS, verdict: 'differs' });
  });
  it('the right day stays consistent', () => {
    const t = 'India has been granting tourist visas to Chinese nationals since July 24, officials said.';
    expect(claimAt(t, PUBLISHED, 'July 24')).toMatchObject({ fact: VISAS, verdict: 'consistent' });
  });
  it('a "since" date beside an event found only by its cue words is not called wrong', () => {
    const t =
      'Since March 2021, Beijing has demanded inspections of fertilisers shipped abroad, a tool it paired with its June 2024 urea ban.';
    expect(claimAt(t, PUBLISHED, 'March 2021')?.verdict ?? null).not.toBe('differs');
  });
});

// The first Kailash batch crossed Nathu La on 20 June 2025; the first Lipulekh batch entered Tibet on
// 10 July 2025; the pilgrimage as a whole is recorded as 20 June – 10 July 2025.
const NATHU_LA = 'event.kailash-first-batch-nathu-la-2025';
const PILGRIMAGE_PUBLISHED = '2025-07-24';

describe("another date of the sentence that is another part's day does not date the whole (rivals-disagree.ts)", () => {
  it('"the first batch crossing at Nathu La on June 3 and the first group at Lipulekh on July 10": June 3 differs', () => {
    const t =
      'Pilgrims returned to Tibet this year, the first batch crossing at Nathu La on June 3 and the first group at Lipulekh on July 10.';
    expect(claimAt(t, PILGRIMAGE_PUBLISHED, 'June 3')).toMatchObject({ fact: NATHU_LA, verdict: 'differs' });
  });
  it('the right day stays consistent', () => {
    const t =
      'Pilgrims returned to Tibet this year, the first batch crossing at Nathu La on June 20 and the first group at Lipulekh on July 10.';
    expect(claimAt(t, PILGRIMAGE_PUBLISHED, 'June 20')).toMatchObject({
      fact: NATHU_LA,
      verdict: 'consistent',
    });
  });
});
