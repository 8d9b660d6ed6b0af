/**
 * Altered scheduled starts (issue #7, ADR 0139): a date an instrument's verb of starting frames
 * ("was due to kick in on", "slated for", "from") that agrees with none of the instruments' days is
 * the scheduled start of the one instrument named — its first start, or a later part's when the
 * date's clause says that part's own words. Sentences written for the rule (not the corpus text);
 * each `differs` test fails without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const START = 'event.mofcom-october-2025-controls-effective'; // 8 Nov 2025
const EXTRA = 'event.mofcom-announcement-61-effective'; // 1 Dec 2025
const PUBLISHED = '2025-10-20';
const twoSentences = (date: string) =>
  `Beijing's Oct. 9 export controls cover holmium, lithium batteries and graphite anodes. The bulk of them was due to kick in on ${date}.`;

describe('a start frame’s date that agrees with no instrument day is its scheduled start', () => {
  it('a wrong start of the package named in the sentence before: differs of its first start', () => {
    expect(claimAt(twoSentences('Nov. 21'), PUBLISHED, 'Nov. 21')).toMatchObject({
      fact: START,
      verdict: 'differs',
    });
  });
  it('the right start stays consistent', () => {
    expect(claimAt(twoSentences('Nov. 8'), PUBLISHED, 'Nov. 8')).toMatchObject({
      fact: START,
      verdict: 'consistent',
    });
  });
  it('a later part’s words in the date’s clause: differs of that part’s start', () => {
    const text = (date: string) =>
      `Beijing's Oct. 9 export controls cover holmium and lithium batteries. A clause reaching foreign-made goods was slated for ${date}.`;
    expect(claimAt(text('Jan. 15'), PUBLISHED, 'Jan. 15')).toMatchObject({ fact: EXTRA, verdict: 'differs' });
    expect(claimAt(text('Dec. 1'), PUBLISHED, 'Dec. 1')).toMatchObject({
      fact: EXTRA,
      verdict: 'consistent',
    });
  });
  it('another clause’s words after a semicolon do not choose the part', () => {
    const text =
      "Beijing's Oct. 9 export controls cover holmium and lithium batteries. Most of them were slated for Nov. 20; the extraterritorial clauses follow later.";
    expect(claimAt(text, PUBLISHED, 'Nov. 20')).toMatchObject({ fact: START, verdict: 'differs' });
  });
});

describe('what the rule leaves alone', () => {
  it('a levy starting from a date is not the controls’ start', () => {
    const text =
      "Beijing's Oct. 9 export controls cover holmium and lithium batteries. Washington has threatened 100% tariffs from Nov. 1.";
    expect(claimAt(text, PUBLISHED, 'Nov. 1')?.verdict).not.toBe('differs');
  });
  it('a start moved to a new date is not the scheduled one', () => {
    const text =
      "Beijing's Oct. 9 export controls were paused for a year. They are now due to kick in on Nov. 10, 2026.";
    expect(claimAt(text, PUBLISHED, 'Nov. 10, 2026')?.verdict).not.toBe('differs');
  });
  it('"follows the" date names what came before, not a start', () => {
    const text =
      "Beijing's Oct. 9 export controls cover holmium and lithium batteries. The notice follows the Oct. 23 talks.";
    expect(claimAt(text, PUBLISHED, 'Oct. 23')?.verdict).not.toBe('differs');
  });
  it('another event named before the date in its sentence keeps the date', () => {
    const text =
      "Beijing's Oct. 9 export controls cover holmium and lithium batteries. Trump and Xi were due to meet in Busan, South Korea, on Nov. 3.";
    expect(claimAt(text, PUBLISHED, 'Nov. 3')?.fact).toBe('event.trump-xi-busan-meeting');
  });
});
