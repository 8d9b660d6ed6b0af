/**
 * Session 12 detection rules, round 16 (issue #7, ADR 0042 "Round 16 (session 12)"): absolute
 * dates. Sentences written for the rules (not from the eval corpus), checked to fail without
 * each rule, and sentences each rule must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../../src/core/claims/temporal';
import { claimAt } from './claims-of';

// The SCO summit in Tianjin is recorded for 31 Aug – 1 Sep 2025.
const PUBLISHED = '2025-08-20';
const AUG_20_2025 = Date.UTC(2025, 7, 20) / 86_400_000;

/** The tense and year `text`'s first date is read with, as one sentence published on 20 Aug 2025. */
const reading = (text: string) => {
  const [e] = findTemporal(text, { start: 0, end: text.length }, AUG_20_2025);
  return { tense: e?.tense ?? null, year: e?.params.year ?? null };
};

describe('a passive infinitive after its noun ("the summit, to be held …") is still to come', () => {
  it('reads a year-less date after "to be held" as the coming one', () => {
    expect(
      reading('Xi sent an invitation to the summit, to be held in Tianjin from Sept. 15 to 16.'),
    ).toEqual({
      tense: 'future',
      year: 2025,
    });
  });
  it('a wrong day for the summit is `differs`', () => {
    const t = "Wang handed over Xi's invitation to the SCO summit, to be held in Tianjin on Sept. 15.";
    expect(claimAt(t, PUBLISHED, 'Sept. 15')).toMatchObject({
      fact: 'event.sco-summit-tianjin-2025',
      verdict: 'differs',
    });
  });
  it('the right days are consistent', () => {
    const t =
      "Wang handed over Xi's invitation to the SCO summit, to be held in Tianjin from Aug. 31 to Sept. 1.";
    expect(claimAt(t, PUBLISHED, 'Aug. 31')).toMatchObject({
      fact: 'event.sco-summit-tianjin-2025',
      verdict: 'consistent',
    });
  });
  it('"was to be held" stays future-in-past; a bare "held" stays past', () => {
    expect(reading('The summit was to be held in Tianjin from Sept. 15 to 16.').tense).toBe('future-in-past');
    expect(reading('The summit was held in Tianjin from Sept. 15 to 16.').tense).toBe('past');
  });
});

describe("another fact's keyword that is the best candidate's own name is no rival", () => {
  it('"an invitation to attend the SCO summit … scheduled for Sept. 15": the summit\'s date, `differs`', () => {
    // Wang Yi's visit is found by its keywords "invitation" and "SCO summit"; the nearer of
    // them to the date is the summit's own name.
    const t = 'Wang handed over an invitation to attend the SCO summit in Tianjin scheduled for Sept. 15.';
    expect(claimAt(t, PUBLISHED, 'Sept. 15')).toMatchObject({
      fact: 'event.sco-summit-tianjin-2025',
      verdict: 'differs',
    });
  });
  it('a rival found by other words than the name still keeps it `context`', () => {
    // The Tianjin meeting is cued (Modi + Xi + met), not by the summit's name: still a rival.
    const t = 'Modi met Xi at the SCO summit in Tianjin on Aug. 13.';
    expect(claimAt(t, PUBLISHED, 'Aug. 13')?.verdict ?? null).not.toBe('differs');
  });
});
