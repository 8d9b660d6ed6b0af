/**
 * Session 9's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a date after another name’s possessive is not the controls’ ("Trump’s April 2 tariffs")', () => {
  // "April" and "rare earths" are words of the April controls; "April 2" modifies "tariffs".
  const text = (other: string) =>
    `Beijing's April 4 rule, unveiled soon after Trump's ${other} tariffs, put seven rare earths and magnets under licensing.`;
  it('another date, in another noun phrase, is not called wrong for the controls', () => {
    not(text('April 2'), '2025-04-10', 'April 2');
  });
  it('the controls’ own date is still checked, right or wrong', () => {
    expect(claimAt(text('April 2'), '2025-04-10', 'April 4')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'consistent',
    });
    expect(
      claimAt(
        "Beijing's April 9 licensing rule for rare earths came a week after Washington's tariff announcement.",
        '2025-04-20',
        'April 9',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-announcement-18-2025', verdict: 'differs' });
  });
  it('without a date of its own, the month still names the curbs ("date to April last year")', () => {
    expect(
      claimAt(
        'The rare earth curbs date to March last year, when Beijing put seven elements under licensing.',
        '2026-02-01',
        'March last year',
      ),
    ).toMatchObject({ verdict: 'differs' });
  });
});

describe('an event whose word sits inside its own agreeing date does not take another date of the sentence', () => {
  const text =
    'The announcement on Tuesday that pilgrims would return built on the December 18 Special Representatives talks in Beijing.';
  it('the weekday is not the talks’ date', () => {
    not(text, '2025-01-29', 'Tuesday');
  });
  it('the talks’ own date is still checked', () => {
    expect(claimAt(text, '2025-01-29', 'December 18')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'consistent',
    });
  });
});

describe('a date after a name’s possessive modifies the noun after it ("Trump’s April 2 tariffs")', () => {
  const text =
    "Jaishankar's October 21 announcement paved the way for Modi and Xi to meet in Kazan two days later, on October 23.";
  it('the announcement’s date is not called wrong for the meeting named later', () => {
    not(text, '2024-10-30', 'October 21');
  });
  it('the meeting’s own dates are still checked', () => {
    expect(claimAt(text, '2024-10-30', 'October 23')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('a measure noun after the possessive still names the government’s measure ("Beijing’s April 14 order")', () => {
    expect(
      claimAt(
        "Beijing's April 14 order put seven rare earths under export licensing.",
        '2025-04-20',
        'April 14',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-announcement-18-2025', verdict: 'differs' });
  });
});

describe('a gap counted to a measure that "would have taken effect" counts to the day it was to apply', () => {
  const text = (gap: string) =>
    `Announcement No. 70 was issued ${gap} before the October 9 measures would have taken effect.`;
  it('the right gap (to 8 November, not to 9 October) is consistent', () => {
    expect(claimAt(text('one day'), '2025-11-10', 'one day before')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'consistent',
    });
  });
  it('a wrong gap is still wrong', () => {
    expect(claimAt(text('five days'), '2025-11-10', 'five days before')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'differs',
    });
  });
});

describe('an event named up to six words after an earlier "after" is what that gap counts from', () => {
  const text =
    'The suspension came eight days after Trump and Xi held talks in Busan and one day before the October 9 measures were due to take effect.';
  it('the second gap is not read as the Busan meeting’s date', () => {
    not(text, '2025-11-08', 'one day before');
  });
  it('the first gap still dates the suspension', () => {
    expect(claimAt(text, '2025-11-08', 'eight days after')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'consistent',
    });
  });
});

describe('"the October 9 controls" names the October controls (fact base 1.2.10), not their suspension', () => {
  it('their date is theirs beside the suspension’s words', () => {
    const text =
      "Beijing's suspension notice landed a day before the October 9 measures would have taken effect.";
    expect(claimAt(text, '2025-11-08', 'October 9')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'consistent',
    });
  });
});
