/**
 * Same fact or same topic (ADR 0022, seventh round; values.ts, facts-view.ts): two sentences
 * that date one fact two ways, each within the record, tell two things and are not a pair;
 * a figure misread from a date or a share is never a side of a conflict; a differing value
 * tied to its fact from context alone makes a conflict only when the two sentences are alike.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import type { SideClaim } from '../../../src/core/compare/facts';
import { conflictsOf, witnessed } from '../../../src/core/compare/facts-view';
import { compareArticles } from '../../../src/core/compare/index';
import { datedApart, daySpan, misreadFigure } from '../../../src/core/compare/values';

const factBase = bundledBase();
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

describe('one fact dated two ways, each within the record', () => {
  it('reads days and narrow spans; months, years and wide spans date nothing precisely', () => {
    expect(daySpan('23 Oct 2024')).toEqual([20019, 20019]);
    expect(daySpan('22–24 Oct 2024')).toEqual([20018, 20020]);
    expect(daySpan('31 Aug – 1 Sep 2025')).not.toBeNull();
    expect(daySpan('Oct 2024')).toBeNull();
    expect(daySpan('2024')).toBeNull();
    expect(daySpan('1 Jun – 31 Aug 2025')).toBeNull();
    expect(daySpan('27 Oct – 2 Nov 2025')).toBeNull();
    expect(daySpan('4 people')).toBeNull();
  });

  it('two different spans or two different days are apart; a day inside a span is not', () => {
    const visit = [claim({ resolved: '22–23 Oct 2024' })];
    const summit = [claim({ resolved: '22–24 Oct 2024' })];
    expect(datedApart(visit, summit)).toBe(true);
    expect(datedApart([claim({ resolved: '20 Jun 2025' })], [claim({ resolved: '10 Jul 2025' })])).toBe(true);
    expect(datedApart([claim({ resolved: '23 Oct 2024' })], summit)).toBe(false);
    expect(datedApart(summit, summit)).toBe(false);
    // A value the record does not support is a conflict, not another thing: not apart.
    expect(datedApart(visit, [claim({ resolved: '25 Oct 2024', verdict: 'differs' })])).toBe(false);
    // Different facts, or a said-on date, are not compared.
    expect(datedApart(visit, [claim({ factId: 'event.y', resolved: '22–24 Oct 2024' })])).toBe(false);
    expect(datedApart(visit, [claim({ resolved: '22–24 Oct 2024', reporting: true })])).toBe(false);
  });

  it('does not pair a visit’s dates with the summit’s, though both name the summit and the city', () => {
    const a = {
      text: 'Indian Prime Minister Narendra Modi reached Kazan for a two-day stay, October 22 and 23, to attend the BRICS summit.\nHe will meet Xi Jinping on Wednesday.',
      published: '2024-10-22',
    };
    const b = {
      text: 'The BRICS summit in Kazan runs from Oct. 22 to 24, with Narendra Modi attending.\nModi will meet Xi Jinping on Wednesday.',
      published: '2024-10-22',
    };
    const r = compareArticles(a, b, { factBase });
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([[1, 1]]);
    expect(r.onlyA).toEqual([0]);
    expect(r.onlyB).toEqual([0]);
  });
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
