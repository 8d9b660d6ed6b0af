/**
 * Session 22's fx18 rules (issue #7, ADR 0061), each with sentences written for the rule (not from
 * the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

describe('a relative clause whose noun only a generic cue names', () => {
  const text = (day: string) =>
    [
      "India said on Thursday that some firms have received Chinese licences for magnets, easing the squeeze from Beijing's export curbs.",
      `Beijing has required licences for exports of several heavy rare earths and magnets under rules it introduced on ${day}, widely read as retaliation for U.S. tariffs.`,
    ].join('\n\n');
  it('leaves the date to the instrument the host clause describes', () => {
    expect(claimAt(text('April 4'), '2025-10-30', 'April 4')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'consistent',
    });
  });
  it('still calls a wrong day wrong', () => {
    expect(claimAt(text('April 14'), '2025-10-30', 'April 14')).toMatchObject({ verdict: 'differs' });
  });
});

describe('"the same day" after a day that an offset counts from', () => {
  it('is not read as that day', () => {
    const text =
      "The new licences arrive some seven months after Beijing's April 4 restrictions on rare earths, and on the same day Xi agreed in Busan to a truce.";
    expect(claims(text, '2025-10-30').some((c) => c.verdict === 'differs')).toBe(false);
  });
  it('still takes a day the clause itself gives', () => {
    const text =
      'Trump and Xi met in Busan on October 30, and on the same day Beijing published its notice on rare earths.';
    expect(claimAt(text, '2025-10-30', 'the same day')).toMatchObject({
      fact: 'event.trump-xi-busan-meeting',
      verdict: 'consistent',
    });
  });
});

describe('whose a figure is, by its frame', () => {
  it('a remainder ("Outside China, …") is neither the part’s figure nor the whole’s', () => {
    const text = 'Outside China, mines worldwide dug up about 110,000 tonnes of rare earths in 2024.';
    expect(claims(text, '2025-05-20').some((c) => c.verdict === 'differs')).toBe(false);
    expect(
      claimAt('China mined roughly 110,000 tonnes of rare earths in 2024.', '2025-05-20', '110,000'),
    ).toMatchObject({ verdict: 'differs' });
  });
  it('a country’s figure beside a world figure is not the world’s', () => {
    const text = (world: string) =>
      `Going by USGS figures, China's output climbed to 250,000 tonnes in 2024 from 240,000 tonnes in 2023, while world production rose to ${world} tonnes from 376,000.`;
    expect(claims(text('390,000'), '2025-05-20').some((c) => c.verdict === 'differs')).toBe(false);
    expect(claimAt(text('300,000'), '2025-05-20', '300,000')).toMatchObject({
      fact: 'quantity.world-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
  });
});

describe('a cue split by a verb of sequence', () => {
  it('a date in the subject of "followed" is not the date of the event in its object', () => {
    const text = "Word of new urea shipments to India this month followed a June easing of China's urea ban.";
    expect(claims(text, '2025-08-22').some((c) => c.verdict === 'differs')).toBe(false);
  });
});
