/**
 * Session 9's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/claims/dates';
import { findTemporal } from '../../../src/core/claims/temporal';
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

describe('a past verb with its object before a date sets the date’s tense, whatever "will" stands earlier', () => {
  const text =
    'Parts makers expect magnet supplies will stay tight because Beijing imposed export licensing on rare earths in April.';
  it('"in April" is the April just past (the April controls), not next April', () => {
    expect(claimAt(text, '2025-09-02', 'in April')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'consistent',
    });
  });
  it('a future verb still reads the month forward', () => {
    expect(
      findTemporal(
        'Beijing will impose export licensing in April.',
        { start: 0, end: 46 },
        dayNumber(2025, 9, 2),
      )[0]?.tense,
    ).toBe('future');
  });
});

describe('"last" with any past verb is an earlier instance ("last sat down … in October 2019")', () => {
  it('the earlier meeting’s date is not called wrong for Kazan', () => {
    not(
      'Before the Kazan meeting, the two leaders last sat down for formal bilateral talks in October 2019.',
      '2024-10-24',
      'October 2019',
    );
  });
});

describe('a date in a relative clause is its noun’s: only a fact named there may own it', () => {
  it('"a gap in direct flights … that began in 2020" is not the resumption’s date', () => {
    const text =
      'An IndiGo flight to Guangzhou left Kolkata on Sunday, ending a gap in direct flights between India and China that began in 2020.';
    not(text, '2025-10-27', 'in 2020');
    expect(claimAt(text, '2025-10-27', 'on Sunday')).toMatchObject({
      fact: 'event.direct-flights-resumed',
      verdict: 'consistent',
    });
  });
  it('"the curbs it imposed in … October 2022" is not the White House claim’s date', () => {
    not(
      'On Saturday the White House said China would issue general licences removing the curbs it imposed in April 2025 and October 2022.',
      '2025-11-03',
      'October 2022',
    );
  });
  it('"a standoff that began with a brawl … on May 5" is the standoff’s date, not the Galwan clash’s', () => {
    expect(
      claimAt(
        'Troops clashed in Galwan on June 15, six weeks into a standoff that began with a brawl at Pangong Tso on May 5.',
        '2020-06-20',
        'May 5',
      ),
    ).toMatchObject({ fact: 'event.lac-standoff-2020', verdict: 'consistent' });
  });
  it('a fact named in the noun phrase still owns the date, right or wrong', () => {
    const text = (d: string) =>
      `China's Commerce Ministry said Beijing would suspend for one year the export control measures it announced on ${d}, which added more rare earth elements to its control list.`;
    expect(claimAt(text('Oct. 9'), '2025-10-31', 'Oct. 9')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'consistent',
    });
  });
});

describe('", who …" after a person’s name: the clause dates the person’s own act, not the main clause’s event', () => {
  const text =
    'Foreign ministry spokesperson Randhir Jaiswal, who took over on 3 January 2024, confirmed on Thursday that Indian companies had been granted licences.';
  it('the spokesperson’s start is not called wrong for the licences', () => {
    not(text, '2025-10-30', '3 January 2024');
  });
  it('the licences’ own day is still checked', () => {
    expect(claimAt(text, '2025-10-30', 'on Thursday')).toMatchObject({
      fact: 'event.rare-earth-magnet-licences-indian-firms',
      verdict: 'consistent',
    });
  });
});

describe('an announcing verb dates a notice only with no other verb between it and the date', () => {
  const text = (d: string) =>
    `The rare earth controls announced last Thursday will apply from ${d} to holmium, erbium and three other elements.`;
  it('the day the controls apply is checked as their start, not as an announcement', () => {
    expect(claimAt(text('8 November'), '2025-10-16', '8 November')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-effective',
      verdict: 'consistent',
    });
  });
  it('the announcement’s own day is still the controls’', () => {
    expect(claimAt(text('8 November'), '2025-10-16', 'last Thursday')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'consistent',
    });
  });
});

describe('an offset after a day given without its month ("on the 30th") counts from that unread day', () => {
  const text =
    'The notices came on October 9. On the 30th, the same day Trump and Xi met in Busan, Beijing agreed to pause them.';
  it('"the same day" is not counted from October 9 and called wrong for Busan', () => {
    not(text, '2025-11-02', 'the same day');
  });
  it('with a date it can read, the same offset is still checked', () => {
    expect(
      claimAt(
        'The notices came on October 9. On October 30, the same day Trump and Xi met in Busan, Beijing agreed to pause them.',
        '2025-11-02',
        'the same day',
      ),
    ).toMatchObject({ fact: 'event.trump-xi-busan-meeting', verdict: 'consistent' });
  });
});

describe('a fact whose cue is whole before a gap is the sentence’s subject, not what the gap counts from', () => {
  it('"admitted … that four of its soldiers died …, eight months after the fighting in which 20 … were killed"', () => {
    not(
      'Beijing on Friday admitted for the first time that four of its soldiers died in the Galwan clash, eight months after the fighting in which 20 Indian troops were killed.',
      '2021-02-20',
      'eight months after',
    );
  });
  it('a gap counted from an event named after it is still checked', () => {
    expect(
      claimAt(
        'The special representatives met in Beijing on December 18, two months after the Kazan meeting.',
        '2024-12-20',
        'two months after',
      ),
    ).toMatchObject({ verdict: 'consistent' });
  });
});
