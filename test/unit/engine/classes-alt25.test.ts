/**
 * Round 25 rules for altered dates, durations and figures (ADR 0042, round 25). Sentences written
 * for the rules (not from the eval corpus), each checked to fail without its rule, and sentences
 * they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

// About 30 Indian applications for Chinese magnet licences were reported still pending at the end
// of Oct 2025; China mined 270,000 t of rare earths in 2024, of a world total of 390,000 t (USGS).
const PUBLISHED = '2025-11-05';
const PENDING = 'quantity.rare-earth-licence-applications-pending';
const CHINA_MINED = 'quantity.china-rare-earth-mine-production-2024';

describe('a backlog counted with "more" / "further" is a level, not an increment (measure-clear.ts)', () => {
  it('"some 300 more requests … still await a ruling": ten times the record, wrong', () => {
    const t =
      'New Delhi welcomed the rare-earth magnet approvals, but some 300 more applications still await a ruling, officials said.';
    expect(claimAt(t, PUBLISHED, '300')).toMatchObject({ fact: PENDING, verdict: 'differs' });
  });
  it('"roughly 300 further applications remain pending": wrong', () => {
    const t =
      'Indian firms got magnet licences this week; roughly 300 further applications remain pending with rare-earth regulators.';
    expect(claimAt(t, PUBLISHED, '300')).toMatchObject({ fact: PENDING, verdict: 'differs' });
  });
  it('the right backlog stays consistent', () => {
    const t =
      'New Delhi welcomed the rare-earth magnet approvals, but some 30 more applications still await a ruling, officials said.';
    expect(claimAt(t, PUBLISHED, '30')).toMatchObject({ fact: PENDING, verdict: 'consistent' });
  });
  it('"300 more applications were filed" is an increment, not called wrong', () => {
    const t =
      'After the rare-earth magnet approvals, 300 more applications were filed by Indian firms, officials said.';
    expect(claimAt(t, PUBLISHED, '300')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a capital or a country name stands for the demonym its record uses; a month names no one (measure-clear.ts)', () => {
  it('"… still awaiting a decision in Beijing" beside a record of "Chinese licences": wrong', () => {
    const t =
      'Some magnet importers have their permits, and about 300 other applications are still awaiting a decision in Beijing.';
    expect(claimAt(t, PUBLISHED, '300')).toMatchObject({ fact: PENDING, verdict: 'differs' });
  });
  it('"… pending under the curbs China imposed in April": wrong (the month is a month, and the curbs\' date)', () => {
    const t = 'About 300 more magnet applications are pending under the curbs China imposed in April.';
    expect(claimAt(t, PUBLISHED, '300')).toMatchObject({ fact: PENDING, verdict: 'differs' });
  });
  it("a name the record does not hold still makes the figure another's", () => {
    const t = 'Some 300 more applications from European carmakers are still awaiting a decision in Beijing.';
    expect(claimAt(t, PUBLISHED, '300')?.verdict ?? null).not.toBe('differs');
  });
});

describe("a date in a relative clause after a figure is its noun's, not the figure's period (figure-owners.ts)", () => {
  it('"… are still pending under the curbs Beijing imposed in April 2025": the backlog is wrong, not another period\'s', () => {
    const t =
      'About 300 more magnet applications are still pending under the curbs Beijing imposed in April 2025.';
    expect(claimAt(t, PUBLISHED, '300')).toMatchObject({ fact: PENDING, verdict: 'differs' });
  });
  it("a year of the figure's own clause still makes it another period's", () => {
    const t = 'About 300 more magnet applications were still pending in 2023.';
    expect(claimAt(t, PUBLISHED, '300')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a verb shared by two measures does not keep the one another figure states as a rival (check-quantities.ts)', () => {
  it('"It mined some 170,000 tonnes of the world\'s 390,000 tonnes": wrong, not unclear', () => {
    const t =
      "China dominates the supply of rare earths. It mined some 170,000 tonnes of the world's 390,000 tonnes of rare earths in 2024, the USGS says.";
    expect(claimAt(t, PUBLISHED, '170,000')).toMatchObject({ fact: CHINA_MINED, verdict: 'differs' });
  });
  it('the right figures stay consistent', () => {
    const t =
      "China dominates the supply of rare earths. It mined some 270,000 tonnes of the world's 390,000 tonnes of rare earths in 2024, the USGS says.";
    expect(claimAt(t, PUBLISHED, '270,000')).toMatchObject({ fact: CHINA_MINED, verdict: 'consistent' });
  });
});
