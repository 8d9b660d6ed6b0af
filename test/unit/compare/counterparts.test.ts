/**
 * Counterparts are not one fact (ADR 0022, eighth round): two sentences that say the same
 * of one thing of two countries ("the Indian statement" / "the Chilean side's statement")
 * are not a pair, however close their words; the same noun of the same country, or nouns
 * of two countries in one sentence, are no such contrast.
 */
import { describe, expect, it } from 'vitest';
import { counterparts, countryNouns } from '../../../src/core/compare/evidence';
import type { Vector } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';

const v = (text: string): Vector => ({ w: new Map(), norm: 1, text });

describe('counterparts', () => {
  it('reads the noun a country word qualifies, and the one after a possessive', () => {
    // A statement is one side's account (round 10: readout, summary, version, statement).
    expect([...countryNouns(v('The Indian statement welcomed the deal.')).keys()]).toEqual(['account']);
    expect([...countryNouns(v("The Chinese side's statement was shorter.")).keys()]).toEqual([
      'side',
      'account',
    ]);
    // A title is read by its first word only: "vice", not "minister".
    expect([...countryNouns(v('He met Chinese Vice Foreign Minister Liu.')).keys()]).toEqual(['vice']);
  });

  it('tells one noun of two countries from one noun of one country', () => {
    expect(counterparts(v('Indian exporters cut prices.'), v('Chinese exporters cut prices.'))).toBe(true);
    expect(counterparts(v('Indian exporters cut prices.'), v('Indian exporters lowered prices.'))).toBe(
      false,
    );
    expect(
      counterparts(v('Indian and Chinese exporters cut prices.'), v('Chinese exporters cut prices.')),
    ).toBe(false);
    // The noun after "Indian and Chinese" is both countries', in either order.
    expect(counterparts(v('The Chinese and Indian sides met.'), v('The Indian side met.'))).toBe(false);
    expect([...(countryNouns(v('Indian and Chinese troops pulled back.')).get('troop') ?? [])]).toEqual([
      'in',
      'cn',
    ]);
    expect(counterparts(v('Exporters cut prices.'), v('Chinese exporters cut prices.'))).toBe(false);
  });

  it('leaves a statement of each side unpaired', () => {
    const a = [
      'The two ministers met in Santiago on Tuesday to discuss lithium exports.',
      'According to the Indian statement, the two sides "agreed that trade in critical minerals should grow."',
      'The talks lasted three hours.',
    ].join(' ');
    const b = [
      'The two ministers met in Santiago on Tuesday to discuss lithium exports.',
      'Trade in critical minerals "should grow," the Chilean side’s statement said.',
      'The talks lasted three hours.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(r.onlyA).toEqual([1]);
    expect(r.onlyB).toEqual([1]);
    // The same noun of the same country is still a pair.
    const same = compareArticles(a, b.replace('Chilean side’s', 'Indian side’s'));
    expect(same.pairs.map((p) => [p.a, p.b])).toContainEqual([1, 1]);
  });
});
