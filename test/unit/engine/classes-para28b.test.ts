/**
 * Anchored gaps the dev gold lists (issue #7, class anchored; ADR 0115), with sentences written
 * for the rule (not from the eval corpus). The positive tests fail without it; the negative ones
 * show no claim where the bound, the count word or the record does not fit.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const KAZAN = 'event.kazan-modi-xi-meeting';
const TIANJIN = 'event.tianjin-modi-xi-meeting';
const on = (text: string, quote: string, published = '2025-09-01') =>
  annotateText(text, { matcher, factById, published }).find((a) => a.quote === quote);
const differs = (text: string, published = '2025-09-01') =>
  annotateText(text, { matcher, factById, published }).filter((a) => a.verdict === 'differs');

describe('“the second meeting … in less than a year”: the distance between two records (second-within.ts)', () => {
  it('“the second time the two leaders have met in less than a year” agrees, about both meetings', () => {
    const text =
      'Modi held talks with Xi in Tianjin on Sunday. It was the second time the two leaders have met in less than a year.';
    const a = on(text, 'less than a year');
    expect(a?.verdict).toBe('consistent');
    expect(a?.factIds).toEqual(expect.arrayContaining([TIANJIN, KAZAN]));
    expect(differs(text)).toEqual([]);
  });
  it('“have met twice in under a year”, the leaders named: agrees', () => {
    const text =
      'Xi Jinping and Narendra Modi have met twice in under a year, in Kazan and then at the talks in Tianjin.';
    expect(on(text, 'under a year')?.verdict).toBe('consistent');
  });
  it('a bound the record exceeds gives no claim, never a differs ("second meeting in less than six months")', () => {
    const text =
      'Modi held talks with Xi in Tianjin on Sunday. It was their second meeting in less than six months, after Kazan.';
    expect(on(text, 'less than six months')).toBeUndefined();
    expect(differs(text)).toEqual([]);
  });
  it('no "second" or "twice": no claim ("relations improved in less than a year")', () => {
    const text = 'Modi held talks with Xi in Tianjin and Kazan; relations improved in less than a year.';
    expect(on(text, 'less than a year')).toBeUndefined();
  });
});
