import { describe, expect, it } from 'vitest';
import { swapFigures } from '../../../src/core/compare/across';

describe('swapFigures: the other side’s figures in the claim’s words, slot for slot', () => {
  it('a count for a count', () => {
    expect(swapFigures('About 40 more', 'Around 30 other')).toBe('About 30 more');
  });
  it('never a year in a day’s place ("on June 20" / "since 2019" is no "on June 2019")', () => {
    expect(swapFigures('through Nathu La on June 20', 'for the first time since 2019')).toBeNull();
    expect(swapFigures('in 2020', 'on the 15th')).toBeNull();
  });
});
