/**
 * Two instances of one series are not one event (ADR 0022, eighth round): sentences on the
 * 11th and the 12th round of one set of talks share their names, places and people, and
 * the numbers say they tell different rounds.
 */
import { describe, expect, it } from 'vitest';
import { ordinalsOf, otherInstance } from '../../../src/core/compare/evidence';
import type { Vector } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';

const v = (text: string): Vector => ({ w: new Map(), norm: 1, text });

describe('instances of one series', () => {
  it('reads ordinals written in figures only', () => {
    expect([...ordinalsOf(v('The 11th round followed the 2nd summit.'))]).toEqual([11, 2]);
    expect(ordinalsOf(v('The first round was held in 2019.')).size).toBe(0);
    // A day of a month is a date, not an instance: "October 23rd" / "October 22nd" is a changed date.
    expect(ordinalsOf(v('They met on October 23rd and again on the 2nd of November.')).size).toBe(0);
    expect(otherInstance(v('The talks opened on Oct. 22nd.'), v('The talks opened on Oct. 23rd.'))).toBe(
      false,
    );
  });

  it('tells two numbered instances apart, and one instance told twice', () => {
    expect(otherInstance(v('The 11th round opened.'), v('The 12th round opened.'))).toBe(true);
    expect(otherInstance(v('The 11th round opened.'), v('The 11th round of talks opened.'))).toBe(false);
    expect(otherInstance(v('The 11th round followed the 10th.'), v('The 10th round was in May.'))).toBe(
      false,
    );
    expect(otherInstance(v('The round opened.'), v('The 12th round opened.'))).toBe(false);
  });

  it('leaves the leads of two rounds of one set of talks unpaired', () => {
    const a = [
      'Trade ministers Ana Duarte and Lars Holm opened the 11th round of the Baltic fisheries talks in Tallinn on Monday.',
      'The talks cover quotas for herring and sprat.',
    ].join(' ');
    const b = [
      'Trade ministers Lars Holm and Ana Duarte opened the 12th round of the Baltic fisheries talks in Riga on Tuesday.',
      'The talks cover quotas for herring and sprat.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([[1, 1]]);
    expect(r.onlyA).toEqual([0]);
    expect(r.onlyB).toEqual([0]);
    // One sentence in two versions, its round corrected, is still one pair.
    const corrected = compareArticles(a, a.replace('11th', '12th'));
    expect(corrected.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
