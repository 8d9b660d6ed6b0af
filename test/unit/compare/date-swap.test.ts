/**
 * A date read across a pair whose sentences are reworded throughout (ADR 0022, fifth round;
 * across.ts swapDate): the word diff does not line the two dates up, so the other sentence's
 * only date is put in place of the claim's date in the claim's own sentence, and the claim
 * engine reads it for the same fact.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { compareArticles } from '../../../src/core/compare/index';

const factBase = bundledBase();
const a = {
  text: 'On February 19, 2021, the PLA Daily finally admitted that four of its soldiers had died in the Galwan clash.',
  published: '2025-06-16',
};
const b = (sentence: string) => ({ text: sentence, published: '2025-06-16' });

describe('a date read across a reworded pair', () => {
  it('reports the conflict when the other sentence gives another date for the same admission', () => {
    const other = b(
      'Beijing kept its own losses secret until April 2021, when state media said four soldiers had been killed at Galwan.',
    );
    const r = compareArticles(a, other, { factBase });
    expect(r.pairs).toHaveLength(1);
    expect(r.conflicts.map((c) => [c.factId, c.b.quote, c.supports])).toEqual([
      ['event.china-acknowledges-galwan-deaths', 'April 2021', 'a'],
    ]);
    const swapped = compareArticles(other, a, { factBase });
    expect(swapped.conflicts.map((c) => [c.factId, c.a.quote, c.supports])).toEqual([
      ['event.china-acknowledges-galwan-deaths', 'April 2021', 'b'],
    ]);
  });

  it('does not guess when the other sentence gives two dates', () => {
    const other = b(
      'Beijing kept its own losses secret from June 2020 until April 2021, when state media said four soldiers had been killed at Galwan.',
    );
    expect(compareArticles(a, other, { factBase }).conflicts).toEqual([]);
  });
});
