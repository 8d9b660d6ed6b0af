/**
 * Session 10, round 2 detection rules (issue #7, ADR 0038 "Round 2 (detect12)"): wrong dates the
 * engine read but left unclaimed. Each rule has sentences written for it (not from the eval
 * corpus), each checked to fail without its rule, and sentences it must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('"The measures, issued on …": an appositive of issuing dates the instrument the sentence describes', () => {
  const lead =
    "After meeting Donald Trump in Busan, Xi Jinping agreed to put China's newest rare-earth export controls on hold for a year.";
  const october = (d: string) =>
    `${lead} The controls, unveiled by the commerce ministry on ${d}, would have added holmium and four other rare earths to the licensing list.`;
  it('a wrong day for the October controls is wrong', () => {
    expect(claimAt(october('Oct. 12'), '2025-11-03', 'Oct. 12')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'differs',
    });
  });
  it('a wrong month too', () => {
    expect(claimAt(october('Sept. 9'), '2025-11-03', 'Sept. 9')?.verdict).toBe('differs');
  });
  it('the right day is consistent', () => {
    expect(claimAt(october('Oct. 9'), '2025-11-03', 'Oct. 9')?.verdict).toBe('consistent');
  });
  it('the April notice, described as it is, takes a wrong April day', () => {
    const text = `${lead} The curbs, issued on April 14, already require licences for seven rare earths and magnets.`;
    expect(claimAt(text, '2025-11-03', 'April 14')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'differs',
    });
  });
  it('an instrument found only by a keyword does not make the date wrong', () => {
    // "samarium" is a word of the April notice; the package announced on Oct. 9 is the October one.
    not(
      `${lead} That package, announced on Oct. 9, would require licences for shipments of samarium magnets.`,
      '2025-11-03',
      'Oct. 9',
    );
  });
});

describe('the upcoming weekday a whole agrees with is not taken when its part is named nearer', () => {
  // Published on Saturday 21 June 2025: "Monday" reads as the 16th, or the 23rd ahead, which lies in the
  // pilgrimage's weeks; the first Nathu La batch (20 June) is what the clause names before the date.
  const text = (d: string) =>
    `Some forty pilgrims from Gujarat and Kerala crossed the Nathu La pass into Tibet on ${d}, beginning their trek to Mount Kailash and Lake Mansarovar.`;
  it('a wrong weekday for the first batch is wrong', () => {
    expect(claimAt(text('Monday'), '2025-06-21', 'Monday')).toMatchObject({
      fact: 'event.kailash-first-batch-nathu-la-2025',
      verdict: 'differs',
    });
  });
  it('the right weekday is consistent', () => {
    expect(claimAt(text('Friday'), '2025-06-21', 'Friday')?.verdict).toBe('consistent');
  });
  it('the whole, named before the date with its part only after, keeps the date', () => {
    not(
      'The Kailash Mansarovar Yatra opened on Monday for Indian pilgrims, and a first group crossed the Nathu La pass into Tibet.',
      '2025-06-21',
      'Monday',
    );
  });
});
