/**
 * ADR 0146: an event found only by its keywords, whose act verb (one of those keywords) governs the
 * date's phrase, takes a date that disagrees. Sentences written for the rule (not from the eval
 * corpus or the stress sets); each `differs` fails with the rule off.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const MISRI =
  'Foreign Secretary Vikram Misri held talks with Vice Foreign Minister Sun Weidong in Beijing in January. ';
const TENTS = 'Troops of both armies have begun dismantling tents along the Line of Actual Control. ';

describe("an event's act verb that governs the date", () => {
  it('a wrong day closing the verb phrase of a meeting found by "met" is wrong', () => {
    expect(
      claimAt(`${MISRI}The two met again in New Delhi on June 2.`, '2025-06-20', 'June 2'),
    ).toMatchObject({
      fact: 'event.misri-sun-weidong-delhi-jun-2025',
      verdict: 'differs',
    });
    expect(
      claimAt(`${MISRI}The two met again in New Delhi on June 12.`, '2025-06-20', 'June 12'),
    ).toMatchObject({
      fact: 'event.misri-sun-weidong-delhi-jun-2025',
      verdict: 'consistent',
    });
  });
  it('a wrong weekday right after the act verb is wrong', () => {
    const text = `${TENTS}The disengagement was completed on Saturday, sources said.`;
    expect(claimAt(text, '2024-11-01', 'on Saturday')).toMatchObject({
      fact: 'event.depsang-demchok-disengagement',
      verdict: 'differs',
    });
    expect(claimAt(text.replace('Saturday', 'Wednesday'), '2024-11-01', 'on Wednesday')).toMatchObject({
      fact: 'event.depsang-demchok-disengagement',
      verdict: 'consistent',
    });
  });
  it('a date far outside the record is another occasion, not a mistake', () => {
    const text = `${MISRI}The two met again in New Delhi in 2023.`;
    expect(claimAt(text, '2025-06-20', 'in 2023')).toBeNull();
  });
  it('a person the event does not have as an actor makes the meeting another one', () => {
    const text = `${MISRI}Wang Yi, who met Jaishankar on June 2, sent greetings.`;
    expect(claimAt(text, '2025-06-20', 'June 2')).toBeNull();
  });
  it('a verb with another predicate between it and the date does not govern the date', () => {
    const text = `${TENTS}The disengagement was completed, and the herders who returned came back on Saturday.`;
    expect(claimAt(text, '2024-11-01', 'on Saturday')?.verdict ?? null).not.toBe('differs');
  });
});
