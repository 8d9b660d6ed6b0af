/**
 * Altered values that got a claim, but the wrong one (issue #7, ADR 0129). Sentences written for the
 * rules (not the corpus text), each `differs` test checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const KAZAN = 'event.kazan-modi-xi-meeting'; // 23 Oct 2024
const SR23 = 'event.sr-talks-23rd'; // 18 Dec 2024

const talks = (when: string) =>
  'Doval and Wang Yi held the 24th round of Special Representatives talks in New Delhi this month. ' +
  `Modi's visit follows the two leaders' talks in Kazan, Russia, ${when}, their first formal meeting in five years.`;

describe('a meeting placed at its place keeps the date an SR round found by keywords agrees with (rule 1’s sentences; rule 1 was reverted at the merge, ADR 0128 rule 3 holds them)', () => {
  it('a wrong month of the talks named by their place: not consistent with the December SR round', () => {
    const c = claimAt(talks('last December'), '2025-09-02', 'December');
    expect(c?.fact).toBe(KAZAN);
    expect(c?.verdict).toBe('differs');
  });
  it('the right month stays consistent', () => {
    expect(claimAt(talks('last October'), '2025-09-02', 'October')).toMatchObject({
      fact: KAZAN,
      verdict: 'consistent',
    });
  });
  it('a date the clause gives to the SR round by its name stays the round’s', () => {
    const t =
      'NEW DELHI, Sept 2 - The Special Representatives held their 23rd round of talks in Beijing last December.';
    expect(claimAt(t, '2025-09-02', 'December')).toMatchObject({ fact: SR23, verdict: 'consistent' });
  });
});

const DELHI = 'event.misri-sun-weidong-delhi-jun-2025'; // 12 Jun 2025
const received = (when: string) =>
  `Foreign Secretary Vikram Misri pressed the point when he received Vice Foreign Minister Sun Weidong in New Delhi ${when}, and the two sides agreed to start functional dialogues on trade issues.`;

describe('rule 2: a "when" clause’s meeting is told apart by the words of its whole sentence', () => {
  it('a wrong month of the June round, its own words after the when clause: differs', () => {
    expect(claimAt(received('in April'), '2025-06-20', 'April')).toMatchObject({
      fact: DELHI,
      verdict: 'differs',
    });
  });
  it('the right month stays consistent', () => {
    expect(claimAt(received('in June'), '2025-06-20', 'June')).toMatchObject({
      fact: DELHI,
      verdict: 'consistent',
    });
  });
});
