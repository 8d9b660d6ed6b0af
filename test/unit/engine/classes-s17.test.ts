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
