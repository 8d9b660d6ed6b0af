/**
 * Round 21 rules for altered claims (ADR 0042, round 21). Sentences written for the rules (not from
 * the eval corpus), each checked to fail without its rule, and sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// The 23rd Special Representatives talks were held in Beijing on 18 December 2024.
const SR_PUBLISHED = '2024-12-20';

describe('a parenthesised abbreviation is no clause break', () => {
  it('"… the Special Representatives (SR) on the boundary question in Beijing on 11 December 2024": differs', () => {
    const t =
      'Doval and Wang Yi held the 23rd meeting of the Special Representatives (SR) on the boundary question in Beijing on 11 December 2024.';
    expect(claimAt(t, SR_PUBLISHED, '11 December 2024')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'differs',
    });
  });
  it('the right day stays consistent', () => {
    const t =
      'Doval and Wang Yi held the 23rd meeting of the Special Representatives (SR) on the boundary question in Beijing on 18 December 2024.';
    expect(verdictAt(t, SR_PUBLISHED, '18 December 2024')).toBe('consistent');
  });
});

// Announcement No. 70 (7 November 2025) suspended the October package until 10 November 2026.
const PAUSE_PUBLISHED = '2025-12-20';

describe('a dash before a bound word does not open another clause', () => {
  it('"… only suspended — until November 10, 2027": the suspension\'s end differs', () => {
    const t = 'The curbs announced on October 9 were not scrapped, only suspended — until November 10, 2027.';
    expect(claimAt(t, PAUSE_PUBLISHED, 'November 10, 2027')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
      verdict: 'differs',
    });
  });
  it('"… on November 7 — but only until November 10, 2027": differs', () => {
    const t = 'The ministry suspended the October package on November 7 — but only until November 10, 2027.';
    expect(claimAt(t, PAUSE_PUBLISHED, 'November 10, 2027')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
      verdict: 'differs',
    });
  });
  it('the right day stays consistent', () => {
    const t = 'The curbs announced on October 9 were not scrapped, only suspended — until November 10, 2026.';
    expect(verdictAt(t, PAUSE_PUBLISHED, 'November 10, 2026')).toBe('consistent');
  });
});

describe('the two ends of a span date one event', () => {
  it('"… the SCO summit, held in the port city from Sunday to Monday": both ends the summit\'s', () => {
    // The summit ran 31 Aug – 1 Sep 2025; Modi and Xi met on 31 Aug, which fits Sunday alone.
    const t =
      'Modi met Xi in Tianjin, where he attended the SCO summit, held in the port city from Sunday to Monday.';
    const got = claims(t, '2025-09-02').filter((c) => c.quote === 'Sunday' || c.quote === 'Monday');
    expect(got.map((c) => [c.quote, c.fact, c.verdict])).toEqual([
      ['Sunday', 'event.sco-summit-tianjin-2025', 'consistent'],
      ['Monday', 'event.sco-summit-tianjin-2025', 'consistent'],
    ]);
  });
});

describe("a phase verb co-ordinated after the value is another predicate's", () => {
  // The 23rd round was held in Beijing on 18 December 2024, the first in five years.
  it('"… took place in Beijing in March 2024 and ended a five-year hiatus": the round differs', () => {
    const t =
      'The 23rd round of Special Representatives talks took place in Beijing in March 2024 and ended a five-year hiatus.';
    expect(claimAt(t, '2025-08-19', 'March 2024')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'differs',
    });
  });
  it('"The Special Representatives met in Beijing last March and ended a five-year hiatus": differs', () => {
    const t =
      'The Special Representatives met in Beijing last March and ended a five-year hiatus in the dialogue.';
    expect(claimAt(t, '2025-08-19', 'last March')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'differs',
    });
  });
  it('the right month stays consistent', () => {
    const t =
      'The 23rd round of Special Representatives talks took place in Beijing in December 2024 and ended a five-year hiatus.';
    expect(verdictAt(t, '2025-08-19', 'December 2024')).toBe('consistent');
  });
  it('a phase verb before the value still governs it: no differs', () => {
    const t =
      'Direct flights between India and China were suspended in 2020 and resumed on October 26, 2025.';
    expect(claims(t, '2025-11-19').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});
