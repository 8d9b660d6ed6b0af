/**
 * Round 12 (ADR 0022, commodities.ts): two sentences that each name specific goods and share
 * none tell of different things, however close their other words; a class word ("fertilisers",
 * "metals") names no goods of its own, and magnets go with the rare earths they are made of.
 */
import { describe, expect, it } from 'vitest';
import { commoditiesOf, otherCommodity } from '../../../src/core/compare/commodities';
import { compareArticles } from '../../../src/core/compare/index';

const v = (text: string) => ({ w: new Map<string, number>(), norm: 1, text });

describe('round 12: goods', () => {
  it('names the goods of a sentence, not their class', () => {
    expect([...commoditiesOf(v('Exports of urea and DAP were halted.'))].sort()).toEqual(['dap', 'urea']);
    expect([...commoditiesOf(v('Shipments of diammonium phosphate fell.'))]).toEqual(['dap']);
    expect([...commoditiesOf(v('Fertiliser exports were halted.'))]).toEqual([]);
    expect([...commoditiesOf(v('Magnet imports fell.'))]).toEqual(['rare-earths']);
  });

  it('tells two goods apart, and not goods from their class or from one another’s makings', () => {
    expect(otherCommodity(v('Urea imports fell by half.'), v('DAP imports fell by half.'))).toBe(true);
    expect(otherCommodity(v('Curbs on gallium stay.'), v('Curbs on graphite stay.'))).toBe(true);
    expect(otherCommodity(v('Urea imports fell.'), v('Fertiliser imports fell.'))).toBe(false);
    expect(otherCommodity(v('Urea and DAP imports fell.'), v('DAP imports fell.'))).toBe(false);
    expect(otherCommodity(v('Rare-earth exports fell.'), v('Magnet exports fell.'))).toBe(false);
  });

  it('does not pair one good’s figure with another’s in the same words', () => {
    const a = [
      'Brazil cut its import tariffs on Argentine farm goods on Monday, the trade ministry said.',
      'Imports of potash from Argentina fell to 1.2 million tonnes in 2024 from 2.5 million tonnes in 2023.',
      'The new tariffs apply from March 1.',
    ];
    const b = [
      'The trade ministry said on Monday that Brazil had cut its import tariffs on Argentine farm goods.',
      'Imports of urea from Argentina fell to 0.4 million tonnes in 2024 from 0.9 million tonnes in 2023.',
      'The lower tariffs apply from March 1.',
    ];
    const pairs = compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);
    expect(pairs).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});
