/**
 * Session 11 detection rules, round 2 (issue #7, ADR 0042 "Round 2"): gaps counted from an
 * event the sentence names only by pointing back ("two weeks before that meeting"). Sentences
 * written for each rule (not from the eval corpus), each checked to fail without its rule, and
 * sentences it must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

// The Kazan meeting is recorded for 23 October 2024, the LAC patrolling agreement for 21 October 2024.
const KAZAN = 'Narendra Modi and Xi Jinping met in Kazan, Russia, on October 23, 2024.';

describe('pointing words that are what a gap counts from stand for the earlier sentence’s event', () => {
  const text = (gap: string) =>
    `${KAZAN} ${gap} before that meeting, New Delhi had announced an understanding on patrolling arrangements along the Line of Actual Control.`;
  it('a wrong gap before "that meeting" is wrong, and the agreement’s', () => {
    expect(claimAt(text('Two weeks'), '2025-06-01', 'Two weeks before')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'differs',
    });
  });
  it('the right gap is consistent', () => {
    expect(claimAt(text('Two days'), '2025-06-01', 'Two days before')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'consistent',
    });
  });
  it('a bare pronoun ("two weeks after that") still names nothing to count from', () => {
    const t = `${KAZAN} Two weeks before that, New Delhi had announced an understanding on patrolling arrangements along the Line of Actual Control.`;
    expect(claimAt(t, '2025-06-01', 'Two weeks before')?.verdict ?? null).not.toBe('differs');
  });
  it('pointing words whose noun is not the earlier event’s stand for nothing', () => {
    const t = `${KAZAN} Two weeks before that pact, New Delhi had announced an understanding on patrolling arrangements along the Line of Actual Control.`;
    expect(claimAt(t, '2025-06-01', 'Two weeks before')?.verdict ?? null).not.toBe('differs');
  });
});

describe('an adverb of degree before a gap that opens the sentence leaves it opening the sentence', () => {
  // "Just two weeks before …, <main clause>": the main clause after the comma is what the gap dates.
  const text = (gap: string) =>
    `${KAZAN} Just ${gap} before the Kazan meeting, the two sides had reached a resolution on patrolling along the border.`;
  it('a wrong gap is wrong, and the agreement’s', () => {
    expect(claimAt(text('two weeks'), '2025-06-01', 'two weeks before')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'differs',
    });
  });
  it('the right gap is consistent', () => {
    expect(claimAt(text('two days'), '2025-06-01', 'two days before')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'consistent',
    });
  });
});
