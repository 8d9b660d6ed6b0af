/**
 * Round 23's rules for the recall of date, future and anchored claims (issue #7, ADR 0044 round
 * 23), each with sentences written for the rule (not from the eval corpus or the stress sets),
 * each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a record that ended in a month outdates only stories written after that month', () => {
  // The urea easing of June 2025 that left India out held until some day of August 2025.
  const text = 'India got no urea cargoes even after Beijing eased its export ban in June.';
  it('a story of mid-August is not told its June date is outdated', () => {
    expect(claimAt(text, '2025-08-18', 'in June')).toMatchObject({
      fact: 'event.china-urea-easing-jun-2025-excluding-india',
      verdict: 'consistent',
    });
  });
  it('a story written after August is', () => {
    expect(claimAt(text, '2025-09-02', 'in June')).toMatchObject({
      fact: 'event.china-urea-easing-jun-2025-excluding-india',
      verdict: 'outdated',
    });
  });
});

describe('"that <month>" takes the year written before it', () => {
  const text = (when: string) =>
    `The confrontation began at Pangong Tso in May 2020, and the fighting in the Galwan Valley ${when} killed 20 Indian soldiers.`;
  it('dates the event of its clause in that year', () => {
    expect(claimAt(text('that June'), '2025-06-15', 'that June')).toMatchObject({
      fact: 'event.galwan-clash',
      verdict: 'consistent',
    });
  });
  it('is no date without a year before it, nor after a verb of saying', () => {
    const noYear = 'The fighting in the Galwan Valley that June killed 20 Indian soldiers.';
    expect(claimAt(noYear, '2025-06-15', 'June')).toBeNull();
    const said = 'In 2021 the army said that June was the deadliest month in the Galwan Valley.';
    expect(claimAt(said, '2025-06-15', 'June')).toBeNull();
  });
});

describe('"that month" is the month of the date before it', () => {
  const text =
    'Urea cargoes for India picked up in August, and Indian officials said Wang Yi had promised ' +
    'help with fertilisers during his visit to New Delhi that month.';
  it('dates the event of its clause', () => {
    expect(claimAt(text, '2025-10-21', 'that month')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'consistent',
    });
  });
  it('"the end of that month" stays the month end’s reading', () => {
    const end =
      'Talks resumed in October 2024. By the end of that month the last friction points were cleared.';
    expect(claimAt(end, '2024-11-20', 'that month')?.reasons ?? []).not.toContain('read-anchored');
  });
});

describe('"was/were to" is a plan that was due: a start after publication stays a candidate', () => {
  it('"were to have applied from Dec. 1" dates the coming start', () => {
    const text =
      'Beijing suspended the October package on Friday. Rules reaching foreign-made goods with Chinese ' +
      'rare earths were to have applied from Dec. 1.';
    expect(claimAt(text, '2025-11-07', 'Dec. 1')).toMatchObject({
      fact: 'event.mofcom-announcement-61-effective',
      verdict: 'consistent',
    });
  });
});

describe('the effective dates of the October controls said with "taken effect" and "apply from" (fact base 1.2.22)', () => {
  it('"were to have taken effect on Nov. 8"', () => {
    const text =
      "China's rare-earth measures, issued on Oct. 9, would have put five more elements under licensing, " +
      'and most of the measures were to have taken effect on Nov. 8.';
    expect(claimAt(text, '2025-11-03', 'Nov. 8')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-effective',
      verdict: 'consistent',
    });
  });
  it('"set to apply from Dec. 1" for the rule on foreign-made goods', () => {
    const text =
      'A separate rule reaching foreign-made products containing Chinese rare earths was set to apply from Dec. 1.';
    expect(claimAt(text, '2025-11-07', 'Dec. 1')).toMatchObject({
      fact: 'event.mofcom-announcement-61-effective',
      verdict: 'consistent',
    });
  });
});

describe('a scheduled start said of the measures named before is their start (carried-start.ts)', () => {
  const text = (day: string) =>
    "Beijing's new controls, announced on Oct. 9, would have required licences for five more rare earths " +
    `and for foreign-made goods holding Chinese rare earths. They were due to start ${day}.`;
  it('"They were due to start Nov. 8" dates the October controls’ start', () => {
    expect(claimAt(text('Nov. 8'), '2025-10-31', 'Nov. 8')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-effective',
      verdict: 'consistent',
    });
  });
  it('another day is the start said wrong (ADR 0145: a scheduled start that agrees with no day of the instrument)', () => {
    expect(claimAt(text('Nov. 18'), '2025-10-31', 'Nov. 18')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-effective',
      verdict: 'differs',
    });
  });
  it('an unscheduled verb takes up nothing', () => {
    const past = text('Nov. 8').replace('They were due to start', 'Shipments started to slow on');
    expect(claimAt(past, '2025-11-20', 'Nov. 8')).toBeNull();
  });
});
