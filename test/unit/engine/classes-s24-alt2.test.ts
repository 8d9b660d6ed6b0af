/**
 * Session 24 round 2 rules for altered values (ADR 0078). Sentences written for the rules (not
 * from the eval corpus), each checked to fail without its rule, and sentences they must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

describe('a gap whose subject is the event the opening pointing words stand for (rule 1)', () => {
  const KAZAN = 'event.kazan-modi-xi-meeting';
  const before = 'Modi and Xi held talks in Kazan on the sidelines of the BRICS summit on Wednesday. ';
  const gap = (g: string) =>
    `${before}The meeting came ${g} after the two sides reached a resolution on the relevant border issues.`;
  it('"The meeting came a week after <the agreement>": the meeting\'s date differs', () => {
    expect(claimAt(gap('a week'), '2024-10-24', 'a week after')).toMatchObject({
      fact: KAZAN,
      verdict: 'differs',
    });
    expect(claimAt(gap('nearly four weeks'), '2024-10-24', 'four weeks after')).toMatchObject({
      verdict: 'differs',
    });
  });
  it('the right gap is consistent', () => {
    expect(claimAt(gap('two days'), '2024-10-24', 'two days after')?.verdict).toBe('consistent');
  });
  it("not when the gap is not the complement of the pointing subject's verb", () => {
    const t = `${before}The meeting, officials said, came a week after the two sides reached a resolution on the relevant border issues.`;
    expect(claims(t, '2024-10-24').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
  it('not when the event counted from is only loosely found', () => {
    const t = `${before}The meeting came a week after the two sides announced a resolution.`;
    expect(claims(t, '2024-10-24').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
  it('not when the sentence before names two meetings the words may stand for', () => {
    const t =
      'Modi and Xi met in Kazan in October 2024 and in Tianjin in August 2025. The meeting came a week after the two sides reached a resolution on the relevant border issues.';
    expect(claims(t, '2025-09-02').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});
