/**
 * Round 23's rules for the recall of date, future and anchored claims (issue #7, ADR 0044 round
 * 23), each with sentences written for the rule (not from the eval corpus or the stress sets),
 * each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a record that ended in a month outdates only stories written after that month', () => {
  // The urea easing of June 2025 that left India out held until some day of August 2025.
  const text = 'India got no urea cargoes even after Beijing eased its export ban in June.';
  it('a story of mid-August is not told its June date is outdated', () => {
    expect(claimAt(text, '2025-08-18', 'in June')).toMatchObject({
      fact: 'event.china-urea-easing-jun-2025-excluding-india',
      verdict: 'consistent',
    });
  });
  it('a story written after August is', () => {
    expect(claimAt(text, '2025-09-02', 'in June')).toMatchObject({
      fact: 'event.china-urea-easing-jun-2025-excluding-india',
      verdict: 'outdated',
    });
  });
});
