/**
 * Session 25's fd27 rules (ADR 0092), each with sentences written for the rule (not from the eval
 * corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const LICENCES = 'event.rare-earth-magnet-licences-indian-firms';
const FENTANYL = 'quantity.us-fentanyl-tariff-after-busan';

describe('a day told by unnamed speakers is not the record’s day (generic-speaker.ts)', () => {
  it('"sources told reporters on Tuesday that …": context, other speaker', () => {
    for (const text of [
      'Senior officials told journalists on Tuesday that licences had been issued to some Indian importers of rare-earth magnets.',
      'It surfaced on Tuesday that a few Indian firms had obtained Chinese licences for rare-earth magnets.',
      'Brokers observed on Tuesday that the licences for Indian firms had come in the same week as the Busan summit.',
      'The licences for Indian firms importing rare-earth magnets were reported in the Chinese press on Tuesday.',
      'News of Chinese licences for some Indian firms importing rare-earth magnets was echoed by diplomats on Tuesday.',
    ]) {
      const c = claimAt(text, '2025-11-06', 'Tuesday');
      expect(c, text).not.toBeNull();
      expect(c?.verdict, text).toBe('context');
      expect(c?.reasons, text).toContain('other-speaker');
    }
  });
  it('the record’s own act dated wrongly, or a named speaker: still differs', () => {
    expect(
      claimAt(
        'The MEA confirmed on Tuesday that some Indian firms had received Chinese licences for rare-earth magnets.',
        '2025-11-06',
        'Tuesday',
      )?.verdict,
    ).toBe('differs');
  });
});

describe('a figure’s former value is another period’s (former-value.ts)', () => {
  it('"had stood at", "previously", "was … until": context, other period', () => {
    for (const text of [
      'The fentanyl-related tariff had been 20 per cent ahead of the Busan deal.',
      'The tariff on fentanyl, formerly 20%, was halved at the summit.',
      'The fentanyl tariff was 20% until last week’s meeting in Busan.',
      'Before the Busan talks the fentanyl tariff stood at 20 per cent.',
      'At 20 per cent a month ago, the fentanyl tariff has now been halved.',
      'A fentanyl tariff of 20%, imposed in March, was then cut at the summit.',
    ]) {
      const c = claimAt(text, '2025-11-06', '20');
      expect(c, text).not.toBeNull();
      expect(c?.fact, text).toBe(FENTANYL);
      expect(c?.verdict, text).toBe('context');
      expect(c?.reasons, text).toContain('other-period');
    }
  });
  it('"was still 20%" in a past month, and "is 20%" written before the record’s time', () => {
    const c = claimAt('In mid-September the tariff on fentanyl was still 20 per cent.', '2025-11-06', '20');
    expect(c?.verdict).toBe('context');
    const d = claimAt(
      'Right now the fentanyl tariff is 20%, days before Trump meets Xi.',
      '2025-10-27',
      '20%',
    );
    expect(d?.verdict).toBe('context');
    expect(d?.reasons).toContain('record-later');
  });
  it('the value after the change stated wrongly: still differs', () => {
    expect(claimAt('After Busan the fentanyl tariff now stands at 15%.', '2025-11-06', '15%')?.verdict).toBe(
      'differs',
    );
  });
});

describe('"the same week as X" is not anchored to the date before it (temporal-rules-relative.ts)', () => {
  it('no claim against the record from the reporting day', () => {
    const text =
      'Analysts noted on Thursday that the licences for Indian firms had come in the same week as the Busan summit.';
    expect(claims(text, '2025-11-07').some((c) => c.verdict === 'differs')).toBe(false);
    const c = claimAt(text, '2025-11-07', 'same week');
    expect(c?.verdict).toBe('context');
    expect(c?.reasons).toContain('ambiguous-date');
  });
  it('"the same week" alone still takes the date before it', () => {
    const c = claimAt(
      'Trump met Xi in Busan on 30 October, and the MEA confirmed licences for Indian firms the same week.',
      '2025-11-07',
      'same week',
    );
    expect(c?.fact === LICENCES || c === null || c.verdict !== 'differs').toBe(true);
  });
});
