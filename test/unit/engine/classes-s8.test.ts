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

describe('an event named right after another "after" is what that gap counts from, not what the next gap dates', () => {
  const text =
    'The special representatives met on Wednesday, 58 days after the October 21 patrolling agreement and 56 days after Modi and Xi held talks in Kazan.';
  it('the second gap (from Kazan) is not read as the patrolling agreement’s date', () => {
    expect(claimAt(text, '2024-12-19', '56 days after')?.verdict ?? null).not.toBe('differs');
  });
  it('the first gap still dates the talks', () => {
    expect(claimAt(text, '2024-12-19', '58 days after')).toMatchObject({ verdict: 'consistent' });
  });
});

describe('"two days later" counts from the last day the text gave, not from a month or year after it', () => {
  it('a year named after the day (“as they had in 2020”) is not the anchor', () => {
    const text =
      'Misri announced the patrolling deal on October 21, saying troops would patrol as they had before the face-off began in 2020. Two days later, Modi and Xi met in Kazan.';
    expect(claimAt(text, '2024-10-25', 'Two days later')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
    // …and a wrong gap from that day is still wrong.
    expect(claimAt(text.replace('Two days', 'Five days'), '2024-10-25', 'Five days later')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('a month in a relative clause (“unveiled last month”) is not the anchor of “eight days earlier”', () => {
    const text =
      'China on Friday suspended the export controls it had unveiled last month, a concession Xi made to Trump when they met in Busan eight days earlier.';
    expect(claimAt(text, '2025-11-07', 'eight days earlier')).toMatchObject({
      fact: 'event.trump-xi-busan-meeting',
      verdict: 'consistent',
    });
  });
  it('with no day in the paragraph, the event a month named still anchors (“last October … two days later”)', () => {
    const text =
      'The thaw began last October, when New Delhi announced an agreement on patrolling. Modi and Xi met in Kazan two days later.';
    expect(claimAt(text, '2025-06-15', 'two days later')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
});

describe('the date a measure was imposed belongs to a measure', () => {
  it('“the regime Beijing put in place in April” is not the licences’ date', () => {
    const c = claimAt(
      'The magnet licences Indian firms have received fall under the older regime Beijing put in place in April, which requires permits for seven rare earths and magnets.',
      '2025-10-31',
      'in April',
    );
    expect(c?.verdict ?? null).not.toBe('differs');
  });
});
