/**
 * Round 26 (ADR 0022, "Round 26 (cmp21, session 20)"): a world total and one holder's amount are
 * two figures (scopes.ts), with sentences of their own (cobalt output); fails with the rule removed.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { scopeOf } from '../../../src/core/compare/scopes';

describe('a total and one holder’s part are two figures (scopes.ts)', () => {
  it('tells the whole from one holder’s amount and from a sentence that tells both', () => {
    expect(scopeOf('Global cobalt output reached 230,000 tonnes in 2023, the agency said.')).toBe('total');
    expect(scopeOf('About 230,000 tonnes of cobalt were mined worldwide in 2023.')).toBe('total');
    expect(scopeOf('Congo alone mined 170,000 tonnes of cobalt in 2023, the agency said.')).toBe('part');
    expect(scopeOf("Indonesia's share was 17,000 tonnes.")).toBe('part');
    // Both, a share of the whole, no figure: none.
    expect(scopeOf('Congo mined 170,000 tonnes, about 74% of world output of 230,000 tonnes.')).toBeNull();
    expect(scopeOf('Congo accounts for about 74% of global cobalt output.')).toBeNull();
    expect(scopeOf('Global cobalt output rose last year.')).toBeNull();
  });

  it('does not pair a world total with one producer’s tonnage in the same words', () => {
    const a = [
      'Cobalt prices fell for a third straight month in March.',
      'World cobalt mine output reached an estimated 230,000 tonnes in 2023, according to the agency.',
    ].join(' ');
    const b = [
      'Cobalt prices slid again in March, the third monthly fall in a row.',
      'Congo alone mined an estimated 170,000 tonnes of cobalt in 2023, according to the agency.',
    ].join(' ');
    const pairs = compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);
    expect(pairs).not.toContainEqual([1, 1]);
  });

  it('still pairs two totals told in other words', () => {
    const a =
      'World cobalt mine output reached an estimated 230,000 tonnes in 2023, according to the agency.';
    const b = 'Global cobalt mine output was about 230,000 tonnes in 2023, the agency estimates.';
    const pairs = compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([0, 0]);
  });
});
