/**
 * Round 40 (ADR 0102): a share written in words ("more than two-thirds", "nine in every ten") as
 * the percentage it is, with the slack of a writer's rounding, with sentences of our own (an
 * island's ferries, a valley's orchards); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { wordedShares } from '../../../src/core/compare/lexicon';
import { WEAK } from '../../../src/core/compare/thresholds';
import { keys, score } from './pair-score';

describe('"N in ten" as a share (lexicon.ts wordedShares)', () => {
  it('reads "N in (every) ten" and "N out of ten" as the percentage', () => {
    expect(keys('Nine in every ten apples are sold abroad.')).toContain('~90%');
    expect(keys('Four out of five growers sell abroad.')).toContain('~80%');
    expect(keys('One in four growers sells abroad.')).toContain('#25');
    expect(keys('Nine of every ten apples are sold abroad.')).toEqual(
      keys('Nine in every ten apples are sold abroad.'),
    );
    expect(keys('one of four growers')).not.toContain('#25');
  });

  it('leaves a part above its whole and a frequency alone', () => {
    expect(wordedShares('The mayor rated the show 12 out of 10.').text).toBe(
      'The mayor rated the show 12 out of 10.',
    );
    expect(wordedShares('a flood once in ten years').text).toBe('a flood once in ten years');
    expect(wordedShares('one in ten years').shares).toEqual([]);
  });
});

describe('a share in words within a rounding of a written one (tokens.ts WORDED_SHARE_SLACK)', () => {
  it('gives a worded share the next rounded step too, a written one only its own', () => {
    expect(keys('More than two-thirds of visitors come by ferry.')).toEqual(
      expect.arrayContaining(['~65%', '~70%']),
    );
    expect(keys('Some 67% of visitors come by ferry.')).not.toContain('~70%');
    // Half is 50, five points from either neighbour: its own step only.
    expect(keys('Half of the visitors come by ferry.').filter((k) => k.startsWith('~'))).toEqual(['~50%']);
  });

  it('makes a candidate of a share in words and the rounded figure of one measure', () => {
    const c = score(
      'More than two-thirds of the apples grown last year came from the valley, according to the growers’ board.',
      'The valley produced about 69% of the crop in 2024.',
    );
    expect(c.score).toBeGreaterThanOrEqual(WEAK);
  });
});
