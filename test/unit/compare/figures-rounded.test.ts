/**
 * A share rounded differently ("nearly 70%" / "69%") and a tonnage written three ways
 * ("270,000 t", "tonnes", "metric tons") are the same feature (ADR 0022, sixth round).
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { APPROX_STEP, tokenize } from '../../../src/core/compare/tokens';

const keys = (s: string) => tokenize(s).map((t) => t.key);

describe('figures written or rounded differently', () => {
  it('gives a share also as its nearest APPROX_STEP points', () => {
    expect(APPROX_STEP).toBe(5);
    expect(keys('That is nearly 70% of the total.')).toContain('~70%');
    expect(keys('a 69 per cent share')).toContain('~70%');
    expect(keys('about 62 percent')).toContain('~60%');
    // Not a small share, not a figure that is no share.
    expect(keys('a 4% rise').some((k) => k.startsWith('~'))).toBe(false);
    expect(keys('69 people').some((k) => k.startsWith('~'))).toBe(false);
  });

  it('reads t, tonnes and metric tons after a figure as one word', () => {
    const t = keys('China produced 270,000 t last year.');
    expect(keys('China produced 270,000 tonnes last year.')).toEqual(t);
    expect(keys('China produced 270,000 metric tons last year.')).toEqual(t);
    expect(keys('the t of it')).not.toContain('ton');
  });

  it('pairs two sentences that round one share differently, not two that give different shares', () => {
    const a = [
      'The quarry reopened on Monday after the flood.',
      'That is nearly 70% of the total.',
      'Exports resumed on Wednesday.',
    ].join(' ');
    const b = [
      'The quarry reopened on Monday after the flood.',
      'That gives the region a 69% share of the output.',
      'Exports resumed on Wednesday.',
    ].join(' ');
    expect(compareArticles(a, b).pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    const other = compareArticles(a, b.replace('69%', '45%'));
    expect(other.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});
