/**
 * Session 18's precision rules (issue #7, ADR 0054), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a cause and its effect in one clause: each side’s date is its own (effect-clause.ts)', () => {
  it('"The April curbs … left European carmakers short of supplies in June": June is the shortage’s, not the curbs’', () => {
    const text = 'The April curbs on seven rare earths left European carmakers short of supplies in June.';
    expect(claimAt(text, '2025-11-07', 'in June')).toBeNull();
  });
  it('"Those are the April … export controls that forced carmakers to cut production in June": the cut’s month', () => {
    const text =
      'Those are the April rare-earth export controls that forced carmakers to cut production in June.';
    expect(claimAt(text, '2025-11-07', 'in June')).toBeNull();
  });
  it('the split never lets a word on the effect’s side call the date wrong ("forced … to halt production in June")', () => {
    const text =
      'The April export controls on seven rare earths forced European carmakers to halt production in June.';
    expect(claimAt(text, '2025-11-07', 'in June')?.verdict ?? null).not.toBe('differs');
  });
  it('"A border accord … reached in September 2024 let troops pull back from Depsang and Demchok": not the pull-back’s date', () => {
    const text =
      'A border accord on patrolling reached in September 2024 let troops pull back from Depsang and Demchok.';
    expect(claimAt(text, '2025-07-24', 'September 2024')?.fact ?? null).not.toBe(
      'event.depsang-demchok-disengagement',
    );
  });
  it('"An understanding on border patrols reached in September 2024 cleared the way for disengagement …": not the disengagement’s', () => {
    const text =
      'An understanding on border patrols reached in September 2024 cleared the way for disengagement at Depsang and Demchok.';
    expect(claimAt(text, '2025-07-24', 'September 2024')?.fact ?? null).not.toBe(
      'event.depsang-demchok-disengagement',
    );
  });
  it('"left Kolkata without fanfare on October 29" is a departure, no effect: the wrong day is still wrong', () => {
    const text = 'IndiGo’s first direct flight to China left Kolkata without fanfare on October 29, 2025.';
    expect(claimAt(text, '2025-10-30', 'October 29')?.verdict).toBe('differs');
  });
  it('a verb inside a "that" clause splits that clause only: "confirmed on Thursday that Beijing has allowed … to import"', () => {
    const text =
      'The foreign ministry on Thursday confirmed that Beijing has allowed some Indian companies to import rare-earth magnets under licences.';
    expect(claimAt(text, '2025-10-31', 'on Thursday')?.fact).toBe(
      'event.rare-earth-magnet-licences-indian-firms',
    );
  });
  it('the effect named on the date’s side keeps it: "… allowed troops to complete disengagement … in November 2024"', () => {
    const text =
      'The patrolling agreement allowed troops to complete disengagement at Depsang and Demchok in November 2024.';
    expect(claimAt(text, '2025-07-24', 'November 2024')?.fact).toBe('event.depsang-demchok-disengagement');
  });
});

describe('the United States’ own tariff measures and verbs of pausing are its side of a deal (other-side.ts)', () => {
  it('"the U.S. will extend certain Section 301 tariff exclusions until Nov. 10, 2026": not China’s pause ending', () => {
    const text =
      'As part of the truce over rare-earth export controls, the U.S. will extend certain Section 301 tariff exclusions until Nov. 10, 2026.';
    expect(claimAt(text, '2025-11-03', 'Nov. 10, 2026')).toBeNull();
  });
  it('"the U.S. shelved for two years a rule …": not the length of China’s pause', () => {
    const text =
      'China paused its October export controls on rare earths after Busan, while the U.S. shelved for two years a rule that would have widened U.S. export restrictions to affiliates of listed Chinese firms.';
    expect(claimAt(text, '2025-11-03', 'two years')).toBeNull();
  });
  it('China’s own pause stated wrong is still wrong', () => {
    const text = 'China paused its October export controls on rare earths for two years.';
    expect(claimAt(text, '2025-11-03', 'two years')?.verdict).toBe('differs');
  });
});
