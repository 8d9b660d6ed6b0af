/**
 * Session 8's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a cue whose words reach over the name of another place does not date the event', () => {
  // "clash" and "Galwan" make the Galwan clash's cue, but Pangong Tso stands between them:
  // May 2020 is the Pangong Tso clash's month (the start of the standoff), not Galwan's.
  const text = (month: string) =>
    `The crisis opened with a clash at Pangong Tso in ${month} and escalated in the Galwan Valley in June that year.`;
  it('the other place’s date is not called wrong for the Galwan clash', () => {
    const c = claimAt(text('May 2020'), '2024-10-25', 'May 2020');
    expect(c?.verdict ?? null).not.toBe('differs');
  });
  it('the Galwan clash’s own date, beside its own place, is still checked', () => {
    expect(claimAt(text('May 2020'), '2024-10-25', 'June that year')).toMatchObject({
      fact: 'event.galwan-clash',
      verdict: 'consistent',
    });
    expect(
      claimAt('Soldiers fought a clash in the Galwan Valley in August 2020.', '2024-10-25', 'August 2020'),
    ).toMatchObject({ fact: 'event.galwan-clash', verdict: 'differs' });
  });
});
