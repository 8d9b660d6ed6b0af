/**
 * Round 36 (ADR 0086): missed pairs told in other words, with sentences of our own (a harbour's
 * ferries, a port's rules); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { WEAK } from '../../../src/core/compare/thresholds';
import { keys, score } from './pair-score';

describe('a stop with no end, a rule for every buyer, a step not yet taken (lexicon.ts PHRASES)', () => {
  it('reads "until further notice", "no set end date" and "no date has been given" as one thing', () => {
    expect(keys('The closure stays until further notice.')).toContain('indefinitely');
    expect(keys('The closure has no set end date.')).toContain('indefinitely');
    expect(keys('No date has been given for the quay to reopen.')).toContain('indefinitely');
    expect(keys('The closure ends on a date to be set.')).not.toContain('indefinitely');
  });

  it('reads "to all countries", "everywhere" and "worldwide" as one thing', () => {
    expect(keys('The permit applies to shipments to all countries.')).toContain('worldwid');
    expect(keys('The permit rules apply to buyers everywhere.')).toContain('worldwid');
    expect(keys('The ban applies worldwide.')).toContain('worldwid');
    expect(keys('All countries in the region signed.')).not.toContain('worldwid');
  });

  it('reads "is yet to take place" and "has not happened" as pending', () => {
    expect(keys('The dredging of the harbour is yet to take place.')).toContain('pend');
    expect(keys('The dredging has not happened.')).toContain('pend');
    expect(keys('The dredging is still pending.')).toContain('pend');
  });

  it('pairs two accounts of one open-ended closure that share no other word', () => {
    const c = score(
      'The ferry halt covers all destinations and will last until further notice.',
      'The stoppage applies worldwide and has no set end date.',
    );
    expect(c.shared).toBe(2);
    expect(c.score).toBeGreaterThanOrEqual(WEAK);
  });
});
