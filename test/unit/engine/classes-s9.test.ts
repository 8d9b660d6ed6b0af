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
