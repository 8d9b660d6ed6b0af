/**
 * Rules from the blind stress set fd19's false `differs` (issue #7, ADR 0071), each with sentences
 * written for the rule (not the stress text), each checked to fail without its rule; and sentences
 * whose real error each rule must leave wrong.
 */
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../../src/core/claims/temporal';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const notWrong = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a topic’s event standing in, whose topic is named in another dated part of a list', () => {
  const text =
    'Is the détente holding? Since October 2024 Delhi and Beijing have resumed patrols, restarted the Special Representatives talks in December, reopened the pilgrim route in June and restored visas in July.';
  it('June and July are not the Kazan meeting’s (the topic’s words are in the December part)', () => {
    notWrong(text, '2025-08-31', 'in June');
    notWrong(text, '2025-08-31', 'in July');
  });
  it('the talks’ own date is still checked', () => {
    expect(claimAt(text, '2025-08-31', 'in December')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'consistent',
    });
  });
});

describe('a gap in days set after a date restates it', () => {
  it('counted from a two-day event, within a day of the date it restates: not a second date', () => {
    const text =
      'Trump and Xi met in Busan on Thursday, three days after negotiators wrapped up two days of talks in Kuala Lumpur.';
    notWrong(text, '2025-10-31', 'three days after');
    expect(claimAt(text, '2025-10-31', 'on Thursday')?.verdict).toBe('consistent');
  });
  it('counted from a one-day event, a day off is still wrong', () => {
    const text =
      'Modi and Xi met in Kazan on 23 October, three days after the patrolling agreement was announced.';
    expect(claimAt(text, '2024-10-25', 'three days after')?.verdict).toBe('differs');
  });
});

describe('an event after a relational word in the subject’s restrictive relative clause', () => {
  it('the main verb’s date (“will apply from”) is not the summit’s, nor a fact related to it', () => {
    notWrong(
      'The tariff reduction that Washington promised after the Busan summit will apply from 10 November, officials said.',
      '2025-11-03',
      '10 November',
    );
  });
  it('a clause opened by “since” keeps its own verb and date', () => {
    const text =
      'The deal covers Depsang, a flashpoint that has been unresolved since the standoff began in 2019.';
    expect(claimAt(text, '2024-10-22', 'in 2019')?.verdict).toBe('differs');
  });
});

describe('a gap measure cued whole in the figure’s clause over a stand-in with one word there', () => {
  it('“the first Special Representatives meeting in five years” is the talks’ gap', () => {
    const text =
      'Doval is in Beijing today for the first Special Representatives meeting in five years, after the summit at which Modi and Xi asked for one.';
    expect(claimAt(text, '2024-12-18', 'five years')).toMatchObject({
      fact: 'quantity.sr-talks-gap-years',
      verdict: 'consistent',
    });
  });
});

describe('the second date of a list in a participle relative is the relative’s too', () => {
  it('“restrictions imposed in April 2025 and October 2022” does not date the licences claim', () => {
    notWrong(
      'The White House said the general licences would lift restrictions imposed in April 2025 and October 2022.',
      '2025-11-02',
      'October 2022',
    );
  });
  it('with “or”, and the dates the other way round', () => {
    notWrong(
      "Beijing's general licences, the White House said, would end curbs introduced in October 2022 or April 2025.",
      '2025-11-02',
      'April 2025',
    );
  });
});

describe('a year in the possessive names which one', () => {
  it('“from 2024’s ban” is no bound from 2024', () => {
    const text = 'The curbs stem from 2024’s ban on gallium.';
    const years = findTemporal(text, { start: 0, end: text.length }, null).filter((x) =>
      x.text.includes('2024'),
    );
    expect(years.map((x) => [x.text, x.rule, x.bound])).toEqual([['2024', 'year-possessive', null]]);
  });
});

describe('a numbered document the fact base does not know', () => {
  it('the dates of its suspension are not the October controls’ suspension', () => {
    notWrong(
      'Its graphite curbs come under Notice No. 39 of the commerce ministry, paused on 9 Nov until 27 Nov 2026.',
      '2025-11-12',
      '27 Nov 2026',
    );
  });
  it('a document the fact base knows is still checked', () => {
    expect(
      claimAt(
        'Announcement No. 70 suspended the October controls until 10 Nov 2027.',
        '2025-11-12',
        '10 Nov 2027',
      )?.verdict,
    ).toBe('differs');
  });
});

describe('a one-day event is dated by one end of a span', () => {
  it('the window’s opening is not the day it was shut', () => {
    const text =
      "Beijing's fertiliser export window ran from 1 June to 15 October this year before it was shut.";
    notWrong(text, '2025-10-25', '1 June');
    expect(claimAt(text, '2025-10-25', '15 October')?.verdict).toBe('consistent');
  });
});

describe('a scheduled start set off after the measures is not their suspension’s date', () => {
  it('“due to start on 8 November” beside “will now be suspended”', () => {
    notWrong(
      "Beijing's October curbs, due to start on 8 November, will now be suspended for a year, the ministry said after the summit.",
      '2025-11-01',
      '8 November',
    );
  });
});
