/**
 * Session 12 detection rules for relative dates (issue #7, ADR 0045): a report dated before the
 * event it tells of as over, "last met in <the fact's name>", and the day an assurance was told.
 * Sentences written for the rules (not from the eval corpus), checked to fail without them, and
 * sentences they must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// The Trump–Xi meeting in Busan is recorded for Thursday 30 October 2025; publication Friday 31.
const BUSAN_PUBLISHED = '2025-10-31';

describe('a report dated before the event it tells of as over', () => {
  it('"said on Tuesday, after Trump and Xi met in Busan" (Thursday): differs', () => {
    const t =
      'Beijing will pause its newest export curbs for a year, the commerce ministry said on Tuesday, after Donald Trump and Xi Jinping met in Busan.';
    expect(claimAt(t, BUSAN_PUBLISHED, 'on Tuesday')).toMatchObject({
      fact: 'event.trump-xi-busan-meeting',
      verdict: 'differs',
    });
  });
  it('the same report on the day of the meeting is not called wrong', () => {
    const t =
      'Beijing will pause its newest export curbs for a year, the commerce ministry said on Thursday, after Donald Trump and Xi Jinping met in Busan.';
    expect(verdictAt(t, BUSAN_PUBLISHED, 'on Thursday')).not.toBe('differs');
  });
  it('an event still to come after the report is no contradiction', () => {
    const t =
      'Beijing would pause its newest export curbs, the commerce ministry said on Tuesday, after talks that are expected when Donald Trump and Xi Jinping meet in Busan.';
    expect(verdictAt(t, BUSAN_PUBLISHED, 'on Tuesday')).not.toBe('differs');
  });
  // Round 17 (altr17): a report of the meeting as done dated before it contradicts the record even
  // without "after" (told-before-event.ts); one dated after it still says nothing of its day.
  it('without "after" a report day after the event says nothing of the event', () => {
    const t = 'Donald Trump and Xi Jinping met in Busan, the commerce ministry said on Monday.';
    expect(verdictAt(t, '2025-11-04', 'on Monday')).not.toBe('differs');
  });
});

describe('"last met in" the fact\'s own name dates that fact', () => {
  // The Modi–Xi meeting in Kazan is recorded for 23 October 2024.
  it('"last met in Kazan in July 2024": differs', () => {
    const t = 'The two leaders last met in Kazan, Russia, in July 2024 on the sidelines of the BRICS summit.';
    expect(claimAt(t, '2025-08-31', 'July 2024')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('the right month is consistent', () => {
    const t =
      'The two leaders last met in Kazan, Russia, in October 2024 on the sidelines of the BRICS summit.';
    expect(verdictAt(t, '2025-08-31', 'October 2024')).toBe('consistent');
  });
  it('with the name before "last met", the date is still an earlier instance\'s', () => {
    const t = 'Before the Kazan meeting, the two leaders had last met in 2019.';
    expect(verdictAt(t, '2025-08-31', '2019')).not.toBe('differs');
  });
});

describe("the day an assurance was told is the assurance's day", () => {
  // Wang Yi's assurance on fertilisers, rare earths and TBMs is recorded for 18–19 August 2025.
  const told = (when: string) =>
    `Chinese Foreign Minister Wang Yi told his Indian counterpart ${when} that Beijing was attending to India's needs for rare earths, fertilisers and tunnel-boring machines.`;
  it('"told his counterpart last month" a month too late: differs', () => {
    expect(claimAt(told('last month'), '2025-10-05', 'last month')).toMatchObject({
      fact: 'event.wang-yi-assurance-fertilisers-rare-earths-tbms',
      verdict: 'differs',
    });
  });
  it('the right month is consistent', () => {
    expect(verdictAt(told('last month'), '2025-09-05', 'last month')).toBe('consistent');
  });
  it('officials who said something about the machines are not the assurance', () => {
    const t =
      'Indian officials said last month that shipments of tunnel-boring machines from China were still held up.';
    expect(verdictAt(t, '2025-10-05', 'last month')).not.toBe('differs');
  });
});

describe('a date counted from publication right after a calendar date restates it', () => {
  // China's fertiliser export suspension is recorded for 15 October 2025; publication 22 October.
  const stopped = (when: string) =>
    `China suspended its fertiliser exports to all markets on Oct. 15, ${when}, leaving Indian importers scrambling.`;
  it('"on Oct. 15, a month ago" a week after it: differs', () => {
    expect(claimAt(stopped('a month ago'), '2025-10-22', 'a month ago')).toMatchObject({
      fact: 'event.china-fertiliser-export-suspension-oct-2025',
      verdict: 'differs',
    });
  });
  it('"on Oct. 15, a week ago": consistent', () => {
    expect(verdictAt(stopped('a week ago'), '2025-10-22', 'a week ago')).toBe('consistent');
  });
  it('a date in another clause restates nothing', () => {
    const t =
      'China suspended its fertiliser exports to all markets on Oct. 15; a month ago, Indian importers were still buying.';
    expect(verdictAt(t, '2025-10-22', 'a month ago')).not.toBe('differs');
  });
});

describe('a rate before "U.S. tariffs" is no statistic whose period the date would be', () => {
  // The Kuala Lumpur framework is recorded for 25–26 October 2025.
  const t =
    'The truce rests on a framework negotiators hammered out in Kuala Lumpur last month, which removed the threat of 100% U.S. tariffs on Chinese goods.';
  it('"in Kuala Lumpur last month" two months late: differs', () => {
    expect(claimAt(t, '2026-01-05', 'last month')).toMatchObject({
      fact: 'event.us-china-kuala-lumpur-framework',
      verdict: 'differs',
    });
  });
  it('the right month is consistent', () => {
    expect(verdictAt(t, '2025-11-05', 'last month')).toBe('consistent');
  });
});

describe('"prepares to leave … on Wednesday" is a departure still ahead', () => {
  // Jaishankar's visit to China is recorded for 13–15 July 2025 (a Sunday to a Tuesday); publication Friday 11 July.
  const leaves = (day: string) =>
    `S. Jaishankar prepares to leave for China on ${day}, his first visit to the country in five years, for talks with Wang Yi.`;
  it('the wrong weekday, read as the coming one: differs', () => {
    expect(claimAt(leaves('Wednesday'), '2025-07-11', 'on Wednesday')).toMatchObject({
      fact: 'event.jaishankar-china-visit-jul-2025',
      verdict: 'differs',
    });
  });
  it('the right weekday is consistent', () => {
    expect(verdictAt(leaves('Sunday'), '2025-07-11', 'on Sunday')).toBe('consistent');
  });
});
