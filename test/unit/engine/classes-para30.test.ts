/**
 * Gaps counted from an event the sentence before names, pointed at by the gap's own object (issue
 * #7, class anchored; ADR 0130), with sentences written for the rule (not from the eval corpus).
 * Each positive test fails without the rule; the negative ones show no anchor where the pointing
 * words do not say which event.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const KAZAN = 'event.kazan-modi-xi-meeting';

const claims = (text: string, published: string) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'claim')
    .map((a) => ({ quote: a.quote, facts: a.factIds, verdict: a.verdict }));

const gapClaim = (text: string, quote: string) =>
  claims(text, '2025-06-01').find((c) => c.quote.toLowerCase() === quote.toLowerCase());

describe('a gap whose object points back at the sentence before (gap-pointer.ts, pointedBack)', () => {
  const noun =
    'Relations began to thaw last October, when New Delhi announced a deal on patrolling along the Line of Actual Control that led to disengagement at Depsang and Demchok. Narendra Modi and Xi Jinping then met in Kazan two days after the announcement.';
  const pronoun =
    'Relations began to thaw with last October’s agreement on patrolling arrangements along the Line of Actual Control. Two days after it was announced, Narendra Modi met Xi Jinping in Kazan.';
  it('“met in Kazan two days after the announcement”: counted from the announced agreement, Kazan agrees', () => {
    expect(gapClaim(noun, 'two days after')).toMatchObject({ verdict: 'consistent' });
    expect(gapClaim(noun, 'two days after')?.facts).toContain(KAZAN);
  });
  it('“Two days after it was announced, Modi met Xi in Kazan”: the same', () => {
    expect(gapClaim(pronoun, 'Two days after')).toMatchObject({ verdict: 'consistent' });
    expect(gapClaim(pronoun, 'Two days after')?.facts).toContain(KAZAN);
  });
  it('a gap the record does not fit is flagged once the anchor is known', () => {
    const wrong = pronoun.replace('Two days after', 'Two weeks after');
    expect(gapClaim(wrong, 'Two weeks after')).toMatchObject({ verdict: 'differs' });
  });
  it('pointing words that fit neither of two events before say neither: no claim', () => {
    const two =
      'Last October New Delhi announced a deal on patrolling along the Line of Actual Control that led to disengagement at Depsang and Demchok. Narendra Modi and Xi Jinping then met in Kazan two days after the decision.';
    expect(gapClaim(two, 'two days after')).toBeUndefined();
  });
  it('an announcement of an event that is no act (a standoff) is not counted from: no claim', () => {
    const standoff =
      'Depsang and Demchok were the last friction points left over from the standoff that began in May 2020. Two days after the announcement, Narendra Modi and Xi Jinping held talks in Kazan.';
    expect(gapClaim(standoff, 'Two days after')).toBeUndefined();
  });
});
