/**
 * Session 11 detection rules, round 3 (issue #7, ADR 0042 "Round 3"): a day without its month
 * ("On the 21st of that month") takes the month of the last date naming one, in its sentence or
 * paragraph. Sentences written for the rule (not from the eval corpus), checked to fail without
 * it, and sentences it must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../../src/core/claims/temporal';
import { claimAt } from './claims-of';

// The LAC patrolling agreement is recorded for 21 October 2024.
const AGREEMENT =
  'Foreign Secretary Vikram Misri announced that an agreement had been reached on patrolling arrangements along the Line of Actual Control.';
const PUBLISHED = '2025-06-01';

/** The rules that read `text` as one sentence, with their readings. */
const readings = (text: string) =>
  findTemporal(text, { start: 0, end: text.length }, Date.UTC(2025, 5, 1) / 86_400_000).map((e) => ({
    text: e.text,
    rule: e.rule,
    params: e.params,
  }));

describe('a day without its month takes the month of the last date naming one', () => {
  it('from the sentence before: a wrong day is never consistent', () => {
    // Not yet `differs`: the announcer owns the date (ADR 0042 Round 3, what is left).
    const t = `The ice began to crack only in October 2024. On the 12th of that month, ${AGREEMENT}`;
    expect(claimAt(t, PUBLISHED, 'On the 12th')?.verdict ?? null).not.toBe('consistent');
  });
  it('from the sentence before: the right day is consistent', () => {
    const t = `The ice began to crack only in October 2024. On the 21st of that month, ${AGREEMENT}`;
    expect(claimAt(t, PUBLISHED, 'On the 21st')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'consistent',
    });
  });
  it('from a date earlier in its own sentence', () => {
    const t = 'Talks went on through September 2024, and on the 3rd of October 2024 nothing had moved.';
    expect(readings(t).some((r) => r.rule === 'day-of-that-month')).toBe(false);
    const u = 'A fact sheet followed on 1 November 2025, and on the 17th Beijing formalised the suspension.';
    expect(readings(u).find((r) => r.rule === 'day-of-that-month')).toMatchObject({
      text: 'on the 17th',
      params: { day: 17, month: 11, year: 2025 },
    });
  });
  it('an ordinal before a word is a rank, not a day', () => {
    const t = 'In August 2025 Wang Yi came to New Delhi on the 24th round of the talks.';
    expect(readings(t).some((r) => r.rule === 'day-of-that-month')).toBe(false);
  });
  it('a date naming no month (a weekday) lends none', () => {
    const t = `The ice began to crack on Monday. On the 12th of that month, ${AGREEMENT}`;
    expect(claimAt(t, PUBLISHED, 'On the 12th')?.verdict ?? null).not.toBe('differs');
  });
  it('a new paragraph ends the loan', () => {
    const t = `The ice began to crack only in October 2024.\n\nOn the 12th, ${AGREEMENT}`;
    expect(claimAt(t, PUBLISHED, 'On the 12th')?.verdict ?? null).not.toBe('differs');
  });
  it('a bound between ends the loan: "from November 8" is no month the story is in', () => {
    const t =
      'Beijing widened the rules in October 2024, due to apply from November 8, and on the 30th Delhi confirmed the licences.';
    expect(readings(t).some((r) => r.rule === 'day-of-that-month')).toBe(false);
  });
});
