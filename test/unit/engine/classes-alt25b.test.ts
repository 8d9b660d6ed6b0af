/**
 * Round 25b rules for altered figures whose period words were another's (ADR 0083). Sentences
 * written for the rules (not from the eval corpus), each checked to fail without its rule, and
 * sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

// India's rare-earth reserves: 6.9 million t (USGS 2025); the LAC: 3,488 km as India gives it;
// the LAC patrolling agreement: 21 Oct 2024.
const PUBLISHED = '2025-11-01';
const RESERVES = 'quantity.india-rare-earth-reserves';
const LAC = 'quantity.lac-length';

describe("a year after another predicate's figure is that figure's period (figure-period.ts periodWords)", () => {
  it('"mined 2,900 tonnes in 2024, despite reserves put at 1.9 million tonnes": the reserves are wrong', () => {
    const t =
      'India mined just 2,900 tonnes of rare earths in 2024, despite reserves the survey puts at 1.9 million tonnes.';
    expect(claimAt(t, PUBLISHED, '1.9 million')).toMatchObject({ fact: RESERVES, verdict: 'differs' });
  });
  it('the right reserves stay consistent', () => {
    const t =
      'India mined just 2,900 tonnes of rare earths in 2024, despite reserves the survey puts at 6.9 million tonnes.';
    expect(claimAt(t, PUBLISHED, '6.9 million')).toMatchObject({ fact: RESERVES, verdict: 'consistent' });
  });
  it("a year in the figure's own predicate still makes it another period's", () => {
    const t =
      'India mined just 2,900 tonnes of rare earths, despite reserves the survey put at 1.9 million tonnes in 2019.';
    expect(claimAt(t, PUBLISHED, '1.9 million')?.verdict ?? null).not.toBe('differs');
  });
});

describe("a date right before an event's words that fits its record is the event's, not the figure's period (figure-period.ts withoutEventDates)", () => {
  it('"the 4,000-km Line of Actual Control … the October 2024 agreement on patrolling": the length is wrong', () => {
    const t =
      'Troops patrol the 4,000-km Line of Actual Control again under the October 2024 agreement on patrolling.';
    expect(claimAt(t, PUBLISHED, '4,000')).toMatchObject({ fact: LAC, verdict: 'differs' });
  });
  it('a year that does not fit the event stays a period of the figure', () => {
    const t =
      'Troops patrol the 4,000-km Line of Actual Control again under the March 2019 agreement on patrolling.';
    expect(claimAt(t, PUBLISHED, '4,000')?.verdict ?? null).not.toBe('differs');
  });
  it("a year standing alone is still the figure's period", () => {
    const t = 'In 2019 the Line of Actual Control was put at 4,000 km by officials.';
    expect(claimAt(t, PUBLISHED, '4,000')?.verdict ?? null).not.toBe('differs');
  });
});

// China cleared more urea for India in Aug 2025; Wang Yi visited New Delhi on 18–19 Aug 2025.
const UREA = 'event.china-urea-exports-india-aug-2025';

describe('an event a time apposition puts beside the date, that the date misses too, is no rival (time-apposition.ts)', () => {
  it('"In April, around the time Wang Yi visited New Delhi, China cleared more urea …": wrong', () => {
    const t =
      'In April, around the time Foreign Minister Wang Yi visited New Delhi, China cleared more urea for export, much of it bound for India.';
    expect(claimAt(t, '2025-10-21', 'In April')).toMatchObject({ fact: UREA, verdict: 'differs' });
  });
  it('"In May, around Wang Yi\'s trip to New Delhi, …": wrong', () => {
    const t =
      "In May, around Foreign Minister Wang Yi's trip to New Delhi, China cleared more urea for export, much of it bound for India.";
    expect(claimAt(t, '2025-10-21', 'In May')).toMatchObject({ fact: UREA, verdict: 'differs' });
  });
  it('the right month is not called wrong', () => {
    const t =
      'In August, around the time Foreign Minister Wang Yi visited New Delhi, China cleared more urea for export, much of it bound for India.';
    expect(claimAt(t, '2025-10-21', 'In August')?.verdict ?? null).not.toBe('differs');
  });
  it('an event in a clause of its own ("while …") stays a rival', () => {
    const t =
      'In April, while Foreign Minister Wang Yi visited New Delhi, China cleared more urea for export, much of it bound for India.';
    expect(claimAt(t, '2025-10-21', 'In April')?.verdict ?? null).not.toBe('differs');
  });
});

// China's share of rare-earth refining: about 90–92 % (IEA); of mining: about 69 % (2024).
const REFINING = 'quantity.china-rare-earth-refining-share';

describe("a measure's word that modifies another's head noun names the figure's measure (head-modifier.ts)", () => {
  it('"around 62% of global refined rare-earth output": refining\'s share, wrong', () => {
    const t = 'China accounts for around 62% of global refined rare-earth output, the agency estimates.';
    expect(claimAt(t, '2025-11-07', '62%')).toMatchObject({ fact: REFINING, verdict: 'differs' });
  });
  it('the right share stays consistent', () => {
    const t = 'China accounts for around 92% of global refined rare-earth output, the agency estimates.';
    expect(claimAt(t, '2025-11-07', '92%')).toMatchObject({ fact: REFINING, verdict: 'consistent' });
  });
  it('two measures in separate phrases ("of output and of refined supply") stay unclear', () => {
    const t =
      'China accounts for around 62% of global rare-earth output and of refined supply, the agency estimates.';
    expect(claimAt(t, '2025-11-07', '62%')?.verdict ?? null).not.toBe('differs');
  });
});
