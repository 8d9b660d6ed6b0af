/**
 * Session 17's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a date inside a bound phrase that opens the sentence does not date the main clause', () => {
  it('"After buyers in Europe scrambled in May, Beijing shut its fertiliser export window": May is not the shutdown’s date', () => {
    const text =
      'After buyers in Europe scrambled for supplies in May, Beijing shut its fertiliser export window to all markets.';
    expect(claimAt(text, '2025-10-31', 'in May')?.verdict ?? null).not.toBe('differs');
  });
  it('"Weeks before the talks on July 14, …" neither', () => {
    const text =
      'Weeks before the talks on July 14, Beijing shut its fertiliser export window to all markets.';
    expect(claimAt(text, '2025-10-31', 'July 14')?.verdict ?? null).not.toBe('differs');
  });
  it('the same date in the main clause is still checked', () => {
    const text = 'After weeks of rumours, Beijing shut its fertiliser export window to all markets in May.';
    expect(claimAt(text, '2025-10-31', 'in May')?.verdict).toBe('differs');
  });
});

describe('a warning, and what media reports said, are dated by their own day', () => {
  it('"Trade bodies warned on Monday that the suspension …, in force since Oct 15, …": Monday is the warning’s', () => {
    const text =
      'Trade bodies warned on Monday that China’s suspension of fertiliser exports, in force since Oct 15, could raise costs for Indian farmers.';
    expect(claimAt(text, '2025-10-21', 'on Monday')?.verdict ?? null).not.toBe('differs');
  });
  it('"…, reports said on Saturday, two days after the foreign ministry confirmed …": the reports’ day', () => {
    const text =
      'Roughly 30 more Indian applications for Chinese magnet licences remain pending, reports said on Saturday, two days after the foreign ministry confirmed that some firms had been approved.';
    expect(claimAt(text, '2025-11-01', 'on Saturday')?.verdict ?? null).not.toBe('differs');
  });
  it('the ministry’s own day of confirming is still checked', () => {
    const text =
      'The foreign ministry confirmed on Saturday that some Indian firms had received licences to import Chinese rare-earth magnets.';
    expect(claimAt(text, '2025-11-02', 'on Saturday')?.verdict).toBe('differs');
  });
});

describe('a date set apart by "in retaliation for" / "in response to" is another event’s', () => {
  it('"… licensing requirement was seen as a response to Washington’s April 2 tariffs": not the licensing’s date', () => {
    const text =
      'Beijing’s new rare-earth licensing requirement was seen as a response to Washington’s April 2 "reciprocal" tariffs.';
    expect(claimAt(text, '2025-04-06', 'April 2')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a percentage of ownership is no tariff', () => {
  it('"… a rule covering companies 50% owned by Chinese entities" beside the fentanyl tariff', () => {
    const text =
      'Alongside the cut in the fentanyl tariff, Washington shelved for a year a rule covering companies at least 50% owned by Chinese entities.';
    expect(claimAt(text, '2025-11-01', '50%')?.verdict ?? null).not.toBe('differs');
  });
  it('the tariff’s own rate stated wrong is still wrong', () => {
    const text = 'After Busan, the fentanyl tariff on Chinese goods was cut to 15%.';
    expect(claimAt(text, '2025-11-01', '15%')?.verdict).toBe('differs');
  });
});

describe('"into <date>" says how far something reaches, like "until"', () => {
  it('"The pause … carries its October controls into late 2026": no date of the pause itself', () => {
    const text = 'The pause Beijing agreed to on Thursday carries its October controls into late 2026.';
    expect(claimAt(text, '2025-10-31', 'late 2026')?.verdict ?? null).not.toBe('differs');
  });
  it('"Beijing’s one-year pause of the October controls runs into late 2026"', () => {
    const text = 'Beijing’s one-year pause of the October controls runs into late 2026.';
    expect(claimAt(text, '2025-10-31', 'late 2026')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a count that is the object of a fate’s verb is not a count of the dead', () => {
  it('"… in a PLA Daily report that honoured five soldiers": not the death toll', () => {
    const text =
      'Eight months after the clash, China admitted to four Galwan deaths, in a PLA Daily report that honoured five soldiers.';
    expect(claimAt(text, '2021-03-01', 'five soldiers')?.verdict ?? null).not.toBe('differs');
  });
  it('a death toll stated wrong is still wrong', () => {
    const text =
      'Eight months after the clash, China admitted that five of its soldiers had been killed at Galwan.';
    expect(claimAt(text, '2021-03-01', 'five')?.verdict).toBe('differs');
  });
});

describe('"the last having been …" speaks of the previous instance', () => {
  it('"… the first formal Modi–Xi talks in five years, the last having been at Mahabalipuram in October 2019"', () => {
    const text =
      'Wednesday’s meeting in Kazan was the first formal bilateral between Modi and Xi in five years, the last having been held at Mahabalipuram in October 2019.';
    expect(claimAt(text, '2024-10-24', 'October 2019')?.verdict ?? null).not.toBe('differs');
  });
});
