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

const KAZAN = 'event.kazan-modi-xi-meeting'; // 23 Oct 2024; the patrolling agreement was announced on 21 Oct
const MET = 'Prime Minister Narendra Modi and President Xi Jinping met in Kazan on Wednesday.';
const came = (gap: string, year: string) =>
  `${MET} The meeting came ${gap} after New Delhi said the two countries had agreed on patrolling arrangements along the Line of Actual Control, easing a military standoff that began in ${year}.`;

describe('rule 2: a pointed subject’s gap, with "come" and a date after it that an event named beside it owns', () => {
  it('"The talks come <wrong gap> after …": differs of the meeting pointed back to', () => {
    const text = `${MET} The talks come a fortnight after New Delhi said the two countries had agreed on patrolling arrangements along the Line of Actual Control.`;
    expect(claimAt(text, '2024-10-24', 'fortnight')).toMatchObject({ fact: KAZAN, verdict: 'differs' });
  });
  it('a wrong gap, the standoff dated rightly after it: differs of the meeting', () => {
    expect(claimAt(came('a fortnight', '2020'), '2024-10-24', 'fortnight')).toMatchObject({
      fact: KAZAN,
      verdict: 'differs',
    });
  });
  it('the right gap stays consistent', () => {
    expect(claimAt(came('two days', '2020'), '2024-10-24', 'two days')?.verdict).toBe('consistent');
  });
  it('a date after the gap that no event beside it owns still leaves the gap unsaid', () => {
    expect(claimAt(came('a fortnight', '2017'), '2024-10-24', 'fortnight')?.verdict ?? null).not.toBe(
      'differs',
    );
  });
});

const KAZAN_TALKS = (date: string) =>
  `TIANJIN, Aug. 31 -- Chinese President Xi Jinping met with Indian Prime Minister Narendra Modi here on Sunday. Modi is in the city for the Shanghai Cooperation Organization summit. The meeting came after the two leaders' talks in Kazan, Russia, ${date}, and after Chinese Foreign Minister Wang Yi's visit to New Delhi in mid-August. During that visit, Wang and Indian National Security Adviser Ajit Doval held the 24th round of talks between the special representatives on the boundary question.`;

describe('rule 3: a meeting placed at its one place owns the date over keywords of another event it fits', () => {
  it('a wrong month for the Kazan talks, the month of an SR round found by keywords: differs of Kazan', () => {
    expect(claimAt(KAZAN_TALKS('last December'), '2025-09-01', 'last December')).toMatchObject({
      fact: KAZAN,
      verdict: 'differs',
    });
  });
  it('the right month stays consistent', () => {
    expect(claimAt(KAZAN_TALKS('last October'), '2025-09-01', 'last October')).toMatchObject({
      fact: KAZAN,
      verdict: 'consistent',
    });
  });
});
