/**
 * Conflicts only between values really given for one fact (ADR 0022, seventh round;
 * values.ts, facts-view.ts): a figure misread from a date or a share is never a side of a
 * conflict; a differing value tied to its fact from context alone makes a conflict only when
 * the two sentences are alike.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import type { SideClaim } from '../../../src/core/compare/facts';
import { conflictsOf, witnessed } from '../../../src/core/compare/facts-view';
import type { Vector } from '../../../src/core/compare/features';
import { figureRivalled, figureSentences, isFigureKey } from '../../../src/core/compare/figures';
import { STRONG } from '../../../src/core/compare/thresholds';
import { daysOf, misreadFigure, sameValue } from '../../../src/core/compare/values';

const claim = (over: Partial<SideClaim>): SideClaim => ({
  sentence: 0,
  start: 0,
  end: 10,
  quote: 'October 22',
  factId: 'event.x',
  verdict: 'consistent',
  resolved: '22 Oct 2024',
  record: '22–24 Oct 2024',
  ...over,
});

describe('conflicts only between values really given for one fact', () => {
  it('a day of a month read as a count, or a share read as an amount, is misread', () => {
    expect(misreadFigure('June 15', '15 people')).toBe(true);
    expect(misreadFigure('Feb 19 — Four Chinese', '19 people')).toBe(true);
    expect(misreadFigure('mined about 69%', '6,690,000 tonnes')).toBe(true);
    expect(misreadFigure('20 Indian soldiers', '20 people')).toBe(false);
    expect(misreadFigure('about 69%', '69 percent')).toBe(false);
    expect(misreadFigure('June 15', '15 Jun 2020')).toBe(false);
  });

  it('a misread figure makes no conflict', () => {
    const a = [claim({ quote: '20 Indian soldiers', resolved: '20 people', record: '20 people' })];
    const misread = claim({
      quote: 'June 15',
      resolved: '15 people',
      verdict: 'differs',
      record: '20 people',
    });
    const lookup = () => undefined;
    expect(conflictsOf(a, [misread], lookup)).toEqual([]);
    expect(conflictsOf(a, [{ ...misread, quote: '15 soldiers' }], lookup)).toHaveLength(1);
  });

  it('a differing value tied from context alone needs an alike sentence on the other side', () => {
    const a = [claim({ quote: 'April 4', resolved: '4 Apr 2025', record: '4 Apr 2025', sentence: 0 })];
    const b = claim({
      quote: 'April 2',
      resolved: '2 Apr 2025',
      verdict: 'differs',
      sentence: 3,
      unnamed: true,
    });
    const never = () => false;
    expect(witnessed(a[0] as SideClaim, b, never)).toBe(false);
    expect(witnessed(a[0] as SideClaim, b, (i, j) => i === 0 && j === 3)).toBe(true);
    expect(witnessed(a[0] as SideClaim, { ...b, unnamed: false }, never)).toBe(true);
    const lookup = () => undefined;
    expect(conflictsOf(a, [b], lookup)).toEqual([]);
    expect(conflictsOf(a, [b], lookup, (i, j) => i === 0 && j === 3)).toHaveLength(1);
  });
});

describe('two values that say the same at the coarser precision', () => {
  it('reads days, spans, months and years as the days they cover', () => {
    expect(daysOf('23 Oct 2024')).toEqual([20019, 20019]);
    expect(daysOf('22–24 Oct 2024')).toEqual([20018, 20020]);
    expect(daysOf('31 Aug – 1 Sep 2025')).toEqual([20331, 20332]);
    expect(daysOf('Feb 2024')).toEqual([19754, 19782]);
    expect(daysOf('2024')).toEqual([19723, 20088]);
    expect(daysOf('4 people')).toBeNull();
  });

  it('a date inside the other’s period, or an approximate figure close to the other, is the same value', () => {
    const v = (resolved: string, quote = resolved) => ({ resolved, quote });
    expect(sameValue(v('Dec 2024'), v('17 Dec 2024'))).toBe(true);
    expect(sameValue(v('2021'), v('19 Feb 2021'))).toBe(true);
    expect(sameValue(v('22–24 Oct 2024'), v('23 Oct 2024'))).toBe(true);
    expect(sameValue(v('17 Dec 2024'), v('18 Dec 2024'))).toBe(false);
    expect(sameValue(v('Feb 2021'), v('Mar 2021'))).toBe(false);
    expect(sameValue(v('70 percent', 'nearly 70%'), v('69 percent', '69%'))).toBe(true);
    expect(sameValue(v('~70 percent'), v('69 percent', '69%'))).toBe(true);
    expect(sameValue(v('40 count', 'About 40 more applications'), v('30 count', '30 requests'))).toBe(false);
    // Exact figures differ however close; a bound is not an approximation.
    expect(sameValue(v('70 percent', '70%'), v('69 percent', '69%'))).toBe(false);
    expect(sameValue(v('70 percent', 'more than 70%'), v('69 percent', '69%'))).toBe(false);
    expect(sameValue(v('70 percent', 'nearly 70%'), v('69 people', '69 people'))).toBe(false);
  });

  it('makes no conflict, even when both differ from the record', () => {
    const lookup = () => undefined;
    const a = [
      claim({ quote: 'nearly 70%', resolved: '~70 percent', verdict: 'differs', record: '60 percent' }),
    ];
    const b = [claim({ quote: '69%', resolved: '69 percent', verdict: 'differs', record: '60 percent' })];
    expect(conflictsOf(a, b, lookup)).toEqual([]);
    const month = [claim({ quote: 'in December', resolved: 'Dec 2024', record: '18 Dec 2024' })];
    const wrongDay = [
      claim({ quote: 'December 17', resolved: '17 Dec 2024', verdict: 'differs', record: '18 Dec 2024' }),
    ];
    expect(conflictsOf(month, wrongDay, lookup)).toEqual([]);
    const rightDay = [claim({ quote: 'December 18', resolved: '18 Dec 2024', record: '18 Dec 2024' })];
    expect(conflictsOf(rightDay, wrongDay, lookup)).toHaveLength(1);
  });
});

describe('a figure goes with the sentence that gives it', () => {
  const vec = (...keys: string[]): Vector => {
    const w = new Map(keys.map((k) => [k, 1]));
    return { w, norm: Math.sqrt(w.size) };
  };
  const cand = (a: number, b: number, score: number): Candidate => ({ a, b, score, shared: 2, unique: 1 });

  it('figures are shares and amounts, not days or years', () => {
    expect(isFigureKey('~70%')).toBe(true);
    expect(isFigureKey('#41000')).toBe(true);
    expect(isFigureKey('#69')).toBe(true);
    expect(isFigureKey('#15')).toBe(false);
    expect(isFigureKey('#2024')).toBe(false);
    expect(isFigureKey('supply')).toBe(false);
  });

  it('a weak pair without the figure gives way to the weaker one that shares it', () => {
    // A: 0 anchor, 1 "what the numbers say about Chile's lead in supply", 2 "nearly 30% of the total", 3 anchor.
    // B: 0 anchor, 1 "That gives Chile a 29% share of refined supply", 2 anchor.
    const vectors = {
      a: [
        vec('prices', 'march'),
        vec('numbers', 'chile', 'supply'),
        vec('~30%', 'percent', 'total'),
        vec('argentina'),
      ],
      b: [vec('prices', 'march'), vec('chile', 'supply', '#29', 'percent', '~30%'), vec('argentina')],
    };
    const weak = cand(1, 1, STRONG - 0.1);
    const rival = cand(2, 1, STRONG - 0.14);
    const cands = [cand(0, 0, 0.8), weak, rival, cand(3, 2, 0.5)];
    expect(figureRivalled(weak, figureSentences(cands, vectors), vectors)).toBe(true);
    expect(figureRivalled(rival, figureSentences(cands, vectors), vectors)).toBe(false);
    expect(selectPairs(cands, 4, 3, undefined, vectors).map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
    ]);
    // With no figure on either side, the better-scoring weak pair is taken as before.
    const plain = {
      a: vectors.a,
      b: [vectors.b[0] as Vector, vec('chile', 'supply', 'share'), vectors.b[2] as Vector],
    };
    expect(selectPairs(cands, 4, 3, undefined, plain).map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [3, 2],
    ]);
  });
});
