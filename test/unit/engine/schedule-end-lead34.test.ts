/**
 * ADR 0176: "ends on Nov. 10" — the simple present of a schedule's end before a day of a month
 * with no year is the coming one, however far ahead. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../../src/core/claims/temporal-cues';
import { claimAt } from './claims-of';

describe('a schedule’s end in the simple present, before a day of a month', () => {
  it('reads as the future', () => {
    expect(tenseOf('The pause ends ', '.', 'on Nov. 10')).toBe('future');
    expect(tenseOf('The freeze lapses on ', '.', '10 November')).toBe('future');
    expect(tenseOf('The talks wrap up ', ', officials said.', 'on March 3')).toBe('future');
    expect(tenseOf('The round wraps up ', '.', 'on March 3')).toBe('future');
  });
  it('not with a year, not for a start verb, not in the past', () => {
    expect(tenseOf('The pause ends ', '.', 'on Nov. 10, 2026')).not.toBe('future');
    expect(tenseOf('The pause ended ', '.', 'on Nov. 10')).toBe('past');
    expect(tenseOf('The yatra opens ', '.', 'on June 30')).not.toBe('future');
    expect(tenseOf('Nothing changed until the end ', '.', 'on June 30')).not.toBe('future');
  });
  it('months ahead, the day agrees with the suspension’s end (main read it a year early: a false differs)', () => {
    const text = (day: string) => `The suspension of China’s October export controls ends on ${day}.`;
    expect(claimAt(text('Nov. 10'), '2026-02-01', 'Nov. 10')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
      verdict: 'consistent',
    });
    // Written in the past tense, the same day is last year's.
    expect(claimAt(text('Nov. 10').replace('ends', 'ended'), '2026-02-01', 'Nov. 10')?.fact).not.toBe(
      'event.mofcom-october-2025-controls-suspension-ends',
    );
  });
});
