/**
 * Shares written in words read as the percentage they are (ADR 0022, fifth round;
 * lexicon.ts fractionsAsPercent): "four-fifths of" and "80 per cent of" are one figure.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { fractionsAsPercent } from '../../../src/core/compare/lexicon';
import { tokenize } from '../../../src/core/compare/tokens';

const keys = (s: string) => tokenize(s).map((t) => t.key);

describe('fractions as percentages', () => {
  it('reads a share in words as its percentage', () => {
    expect(keys('Four-fifths of the wheat is exported.')).toEqual(keys('80% of the wheat is exported.'));
    expect(keys('three quarters of the vote')).toEqual(keys('75 per cent of the vote'));
    expect(keys('two-thirds')).toContain('#67');
    expect(keys('a third of the loans')).toContain('#33');
    expect(keys('half of the loans')).toContain('#50');
  });

  it('leaves ordinals, periods and impossible shares alone', () => {
    expect(fractionsAsPercent('a third round of talks')).toBe('a third round of talks');
    expect(fractionsAsPercent('the first half of 2025')).toBe('the first half of 2025');
    expect(fractionsAsPercent('the fourth quarter')).toBe('the fourth quarter');
    expect(fractionsAsPercent('half the time')).toBe('half the time');
  });

  it('pairs two sentences that give one share in words and in figures', () => {
    const a = [
      'The harbour reopened on Monday after the storm.',
      'Ferries carry four-fifths of the island’s visitors.',
      'Hotels reported few cancellations.',
    ].join(' ');
    const b = [
      'The harbour reopened on Monday after the storm.',
      'About 80 per cent of tourists reach the island by boat.',
      'Hotels reported few cancellations.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    // With another share the middle sentences share nothing: unpaired.
    const c = compareArticles(a, b.replace('About 80 per cent', 'Most'));
    expect(c.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});
