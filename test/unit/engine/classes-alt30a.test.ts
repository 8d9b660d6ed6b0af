/**
 * Altered relative dates that got no claim (issue #7, ADR 0128). Sentences written for the rules
 * (not the corpus text), each `differs` test checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const BUSAN = 'event.trump-xi-busan-meeting'; // 30 Oct 2025, a Thursday

// Published Monday 27 October 2025: "Saturday" is the 25th behind, 1 November ahead.
const truce = (day: string) =>
  `Negotiators said they had agreed on a framework in Kuala Lumpur that Donald Trump and Xi Jinping could approve when they meet in South Korea on ${day}, officials said.`;

describe('rule 1: a weekday in a temporal clause in the simple present is the coming one', () => {
  it('a wrong weekday for the meeting still to come: differs', () => {
    expect(claimAt(truce('Saturday'), '2025-10-27', 'Saturday')).toMatchObject({
      fact: BUSAN,
      verdict: 'differs',
    });
  });
  it('the right weekday stays consistent', () => {
    expect(claimAt(truce('Thursday'), '2025-10-27', 'Thursday')).toMatchObject({
      fact: BUSAN,
      verdict: 'consistent',
    });
  });
  it('a past-tense clause keeps the weekday behind', () => {
    const past = `Donald Trump and Xi Jinping agreed a truce when they met in South Korea on Thursday, officials said.`;
    expect(claimAt(past, '2025-11-03', 'Thursday')).toMatchObject({ fact: BUSAN, verdict: 'consistent' });
  });
});
