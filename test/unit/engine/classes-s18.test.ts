/**
 * Session 18's engine rules (issue #7, ADR 0055), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a notice verb dates its noun only when the fact is a notice (phase-reach.ts)', () => {
  it('"suspended tourist visas issued to Chinese citizens in March 2020": the issue’s date, not the resumption’s', () => {
    const text =
      'New Delhi suspended tourist visas issued to Chinese citizens in March 2020, citing the pandemic.';
    expect(claimAt(text, '2025-07-30', 'March 2020')?.verdict ?? null).not.toBe('differs');
  });
  it('the resumption’s own date is still checked', () => {
    const text = 'India resumed tourist visas for Chinese citizens in March 2020, officials said.';
    expect(claimAt(text, '2025-07-30', 'March 2020')?.verdict).toBe('differs');
  });
  it('an instrument is still dated by the notice verb after its name', () => {
    const text =
      'Beijing formally suspended the rare-earth export controls it announced on October 19 for one year.';
    expect(claimAt(text, '2025-11-10', 'October 19')?.verdict).toBe('differs');
  });
});

describe('a topic’s stand-in event lends no related fact a bound date (date-ties.ts relatedOwners)', () => {
  it('"the Special Representatives mechanism, dormant since late 2019": no other event’s date', () => {
    const text =
      'Analysts said the Special Representatives mechanism on the boundary question, dormant since late 2019, could now be revived.';
    expect(claimAt(text, '2024-11-06', 'late 2019')?.verdict ?? null).not.toBe('differs');
  });
});
