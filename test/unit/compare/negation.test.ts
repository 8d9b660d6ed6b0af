/**
 * A value its own sentence denies ("58%, not 40%": a correction note) is not what the
 * article says (ADR 0022, fifth round; reporting.ts isNegatedValue): it does not hide the
 * conflict between the first version's figure and the corrected one.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { compareArticles } from '../../../src/core/compare/index';
import { isNegatedValue } from '../../../src/core/compare/reporting';

const factBase = bundledBase();
const at = (sentence: string, value: string) => sentence.indexOf(value);

describe('values a sentence denies', () => {
  it('finds "not", "rather than" and "instead of" right before a value', () => {
    const s = 'Sales fell 12%, not 21%, and rose 3% rather than 5% instead of the 9% forecast.';
    expect(isNegatedValue(s, at(s, '21%'))).toBe(true);
    expect(isNegatedValue(s, at(s, '5%'))).toBe(true);
    expect(isNegatedValue(s, at(s, '9%'))).toBe(true);
    expect(isNegatedValue(s, at(s, '12%'))).toBe(false);
    expect(isNegatedValue(s, at(s, '3%'))).toBe(false);
    // "not" that negates the verb, far from the value, is not a denial of it.
    const t = 'Exports did not recover and stayed 40% below January levels.';
    expect(isNegatedValue(t, at(t, '40%'))).toBe(false);
  });

  it('reports the conflict when the corrected version names the old figure to deny it', () => {
    const a = {
      text: 'China’s exports of rare-earth magnets to India in June were still 40% below January levels.',
      published: '2025-08-19',
    };
    const b = {
      text: [
        'China’s rare-earth magnet exports to India in June were still 58% below January levels.',
        'This story has been corrected to show that magnet exports to India in June were 58% below January levels, not 40%.',
      ].join(' '),
      published: '2025-08-20',
    };
    const r = compareArticles(a, b, { factBase });
    expect(r.conflicts.map((c) => [c.factId, c.a.quote, c.b.quote, c.supports])).toEqual([
      ['quantity.magnet-exports-to-india-drop-jun-2025', '40%', '58%', 'b'],
    ]);
  });
});
