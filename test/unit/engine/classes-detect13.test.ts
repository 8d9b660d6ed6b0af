/**
 * Session 11 detection rules (issue #7, ADR 0042): wrong dates the engine read but left
 * unclaimed. Each rule has sentences written for it (not from the eval corpus), each checked to
 * fail without its rule, and sentences it must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe("a part named in the date's clause takes a wrong date before its whole found only by keywords", () => {
  // The pilgrimage (the whole) is found by its words (pilgrims, Tibet); its first Nathu La batch
  // (20 June 2025, a part of it) is named by its cue. "2 June" agrees with neither.
  const text = (d: string) =>
    `Pilgrims bound for Mount Kailash set off this summer. The first batch through Nathu La entered Tibet on ${d}.`;
  it("a wrong day for the first batch is wrong, and the batch's", () => {
    expect(claimAt(text('2 June 2025'), '2025-07-01', '2 June 2025')).toMatchObject({
      fact: 'event.kailash-first-batch-nathu-la-2025',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(text('20 June 2025'), '2025-07-01', '20 June 2025')).toMatchObject({
      fact: 'event.kailash-first-batch-nathu-la-2025',
      verdict: 'consistent',
    });
  });
  it('a part with a date of its own between is not given the earlier date', () => {
    const t =
      'Pilgrims bound for Mount Kailash set off this summer. Pilgrims reached Tibet on 2 June 2025 and, on the 20th, the first batch through Nathu La entered Tibet.';
    expect(claimAt(t, '2025-07-01', '2 June 2025')?.verdict ?? null).not.toBe('differs');
  });
});

describe("a year past another predicate's figure is not the period of this one", () => {
  // India's reserves are recorded as of 2025 (USGS); "in 2024" is the year of what was mined.
  it('a wrong reserves figure before "yet mined … in 2024" is wrong', () => {
    const text =
      'India has 16 million tonnes of rare-earth reserves, by USGS estimates, yet mined only 2,900 tonnes in 2024.';
    expect(claimAt(text, '2025-06-10', '16 million tonnes')).toMatchObject({
      fact: 'quantity.india-rare-earth-reserves',
      verdict: 'differs',
    });
  });
  it('so is one after "In 2024 … mined … and holds"', () => {
    const text =
      'In 2024 India mined only 2,900 tonnes and holds 16 million tonnes of rare-earth reserves, by USGS estimates.';
    expect(claimAt(text, '2025-06-10', '16 million tonnes')?.verdict).toBe('differs');
  });
  it('the right figure is consistent', () => {
    const text =
      'India has 6.9 million tonnes of rare-earth reserves, by USGS estimates, yet mined only 2,900 tonnes in 2024.';
    expect(claimAt(text, '2025-06-10', '6.9 million tonnes')?.verdict).toBe('consistent');
  });
  it("a year of the figure itself still makes it another period's", () => {
    const text = 'India held 16 million tonnes of rare-earth reserves in 2019, by USGS estimates.';
    expect(claimAt(text, '2025-06-10', '16 million tonnes')?.verdict).toBe('context');
  });
});

describe('a date before a verb of stating and its "that" is the statement\'s, not the period of the figure after', () => {
  // China's count of its Galwan dead (four) is recorded for June 2020; it said so in February 2021.
  it('a wrong count after "only in February 2021 admitted that" is wrong', () => {
    const text =
      'Beijing kept quiet for months and only in February 2021 admitted that five PLA soldiers had died in the clash.';
    expect(claimAt(text, '2025-06-10', 'five PLA soldiers')).toMatchObject({
      fact: 'quantity.galwan-pla-soldiers-killed',
      verdict: 'differs',
    });
  });
  it('so is one after "said in February 2021 that"', () => {
    const text = 'China said in February 2021 that five PLA soldiers had been killed in the Galwan clash.';
    expect(claimAt(text, '2025-06-10', 'five PLA soldiers')?.verdict).toBe('differs');
  });
  it('the right count is consistent', () => {
    const text =
      'Beijing kept quiet for months and only in February 2021 admitted that four PLA soldiers had died in the clash.';
    expect(claimAt(text, '2025-06-10', 'four PLA soldiers')?.verdict).toBe('consistent');
  });
});
