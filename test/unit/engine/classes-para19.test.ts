/**
 * Session 15's recall rules and fact-base entries (issue #7, figures and durations; ADR 0041 round 19).
 * Sentences written for the rules (not from the eval corpus), each checked to fail without its rule or entry.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('fact base 1.2.18: the pause of the “October measures” is the one-year pause', () => {
  it('“suspend the October measures for one year” ties the year to the pause', () => {
    const text =
      'After the Busan talks, Beijing said it would suspend the October measures for one year while Washington cut tariffs.';
    expect(claimAt(text, '2025-11-05', 'one year')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'consistent',
    });
  });
  it('a different length is flagged', () => {
    const text =
      'After the Busan talks, Beijing said it would suspend the October measures for two years while Washington cut tariffs.';
    expect(claimAt(text, '2025-11-05', 'two years')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'differs',
    });
  });
});
