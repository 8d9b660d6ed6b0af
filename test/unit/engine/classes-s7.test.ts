/**
 * Session 7's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { dayNumber } from '../../../src/core/claims/dates';
import { findTemporal } from '../../../src/core/claims/temporal';
import { boundOf } from '../../../src/core/claims/temporal-cues';
import { claimAt, claims, factById, matcher } from './claims-of';

describe('a cue whose words are all in the date’s clause comes before one with a single word there', () => {
  // The summit's cue has only "Tianjin" in the clause (its other words are after "where");
  // the meeting's cue (Modi, Xi, Tianjin) is whole in it.
  const text = (day: string) =>
    `TIANJIN, Sept. 1 -- Prime Minister Narendra Modi held talks with Xi Jinping ${day} in Tianjin, where leaders of the Shanghai Cooperation Organisation were gathering for their annual summit.`;
  it('a wrong weekday is the meeting’s date, and wrong', () => {
    expect(claimAt(text('on Thursday'), '2025-09-01', 'on Thursday')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('the right weekday agrees', () => {
    expect(claimAt(text('on Sunday'), '2025-09-01', 'on Sunday')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
});

describe('the event counted from may be named by its words, all in the phrase after "after"', () => {
  const text = (gap: string) =>
    `Narendra Modi sat down with Xi Jinping in Kazan on Wednesday, ${gap} after the neighbours settled the terms of patrols on their border.`;
  it('a wrong gap between two known events is wrong', () => {
    expect(claimAt(text('two weeks'), '2024-10-24', 'two weeks after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('the right gap agrees', () => {
    expect(claimAt(text('two days'), '2024-10-24', 'two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('words of the event spread outside that phrase do not name it', () => {
    const spread =
      'The patrols went on as Narendra Modi sat down with Xi Jinping in Kazan on Wednesday, two weeks after the neighbours settled their terms.';
    expect(claimAt(spread, '2024-10-24', 'two weeks after')?.verdict).not.toBe('differs');
  });
});

describe('the subject of a gap counted from a named event is what the gap dates', () => {
  const text = (gap: string) =>
    `The commerce ministry's notice, numbered 70, appeared ${gap} after Trump and Xi held talks in Busan.`;
  it('a wrong gap is the notice’s, and wrong', () => {
    expect(claimAt(text('three weeks'), '2025-11-10', 'three weeks after')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'differs',
    });
  });
  it('the right gap agrees', () => {
    expect(claimAt(text('eight days'), '2025-11-10', 'eight days after')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'consistent',
    });
  });
  it('counted from an event found only by its words, a wrong gap is no claim', () => {
    const loose =
      'The commerce ministry’s notice, numbered 70, appeared three weeks after the two sides agreed on a pause.';
    expect(claimAt(loose, '2025-11-10', 'three weeks after')?.verdict).not.toBe('differs');
  });
});

describe('a span of days is the date of an event that lasted days, not of a one-day meeting at it', () => {
  const text = (dates: string) =>
    `Xi has invited Modi to the Shanghai Cooperation Organisation summit in Tianjin, scheduled for ${dates}.`;
  it('two wrong days are the summit’s, and wrong (the leaders’ meeting is no rival)', () => {
    expect(claimAt(text('Sept. 20 and 21'), '2025-08-10', 'Sept. 20')).toMatchObject({
      fact: 'event.sco-summit-tianjin-2025',
      verdict: 'differs',
    });
  });
  // (It asserted "not differs" before ADR 0042, round 18: the meeting is part of the summit and
  // the day fits neither, so it is wrong whichever is meant.)
  it('one wrong day fits neither the summit nor the meeting at it: differs', () => {
    expect(claimAt(text('Sept. 20'), '2025-08-10', 'Sept. 20')?.verdict).toBe('differs');
  });
});

describe('a date without a year tied to an event still ahead at publication is read forward', () => {
  const text = (dates: string) =>
    `Wang brought Modi an invitation from Xi to the Shanghai Cooperation Organisation summit in Tianjin on ${dates}.`;
  it('the upcoming September, not last year’s, and wrong', () => {
    expect(claimAt(text('September 14 and 15'), '2025-08-20', 'September 14')).toMatchObject({
      fact: 'event.sco-summit-tianjin-2025',
      verdict: 'differs',
    });
  });
  it('a weekday is not read forward when the sentence’s own event is past', () => {
    const call =
      'Wang called on Modi on Tuesday and brought an invitation from Xi to the Shanghai Cooperation Organisation summit in Tianjin.';
    expect(claimAt(call, '2025-08-20', 'on Tuesday')?.verdict).not.toBe('differs');
  });
});

describe('two days across a month’s end are one span', () => {
  it('"Aug. 31 and Sept. 1" is the summit’s two days', () => {
    const text =
      'Xi has invited Modi to the Shanghai Cooperation Organisation summit in Tianjin, scheduled for Aug. 31 and Sept. 1.';
    const all = claims(text, '2025-08-10');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      quote: 'Aug. 31 and Sept. 1',
      fact: 'event.sco-summit-tianjin-2025',
      verdict: 'consistent',
    });
  });
  it('two dates farther apart stay two dates', () => {
    const found = findTemporal('on Oct. 30 and Nov. 1.', { start: 0, end: 22 }, dayNumber(2025, 11, 5));
    expect(found.map((e) => e.text)).toEqual(['Oct. 30', 'Nov. 1']);
  });
});

describe('a date its whole agrees with is the part’s when the sentence names the part before it', () => {
  it('a wrong weekday for the first batch is wrong, though the pilgrimage’s weeks hold it', () => {
    const text = (day: string) =>
      `The opening batch of Kailash Mansarovar pilgrims crossed into Tibet at Nathu La on ${day}.`;
    expect(claimAt(text('Tuesday'), '2025-06-25', 'on Tuesday')).toMatchObject({
      fact: 'event.kailash-first-batch-nathu-la-2025',
      verdict: 'differs',
    });
    expect(claimAt(text('Friday'), '2025-06-25', 'on Friday')).toMatchObject({
      fact: 'event.kailash-first-batch-nathu-la-2025',
      verdict: 'consistent',
    });
  });
  it('a clash placed in the month the standoff began is wrong', () => {
    const text = 'During the Ladakh standoff, the Galwan clash in May 2020 killed 20 Indian soldiers.';
    expect(claimAt(text, '2021-01-10', 'May 2020')).toMatchObject({
      fact: 'event.galwan-clash',
      verdict: 'differs',
    });
  });
  it('a part named only after the date does not take it', () => {
    const text =
      'The standoff began in May 2020 with a scuffle and later turned deadly in the Galwan Valley clash.';
    expect(claimAt(text, '2021-01-10', 'May 2020')).toMatchObject({
      fact: 'event.lac-standoff-2020',
      verdict: 'consistent',
    });
  });
});

describe('a statement’s date is the fact’s own when the fact is that statement’s announcement by its speaker', () => {
  const text = (who: string, day: string) =>
    `Disengagement followed the deal on patrolling arrangements announced by ${who} on ${day}.`;
  it('announced by the person who made it public, on the wrong day: wrong', () => {
    expect(claimAt(text('foreign secretary Vikram Misri', 'Oct. 25'), '2024-11-02', 'Oct. 25')).toMatchObject(
      {
        fact: 'event.lac-patrolling-agreement-2024',
        verdict: 'differs',
      },
    );
    expect(claimAt(text('foreign secretary Vikram Misri', 'Oct. 21'), '2024-11-02', 'Oct. 21')).toMatchObject(
      {
        fact: 'event.lac-patrolling-agreement-2024',
        verdict: 'consistent',
      },
    );
  });
  it('announced by someone else, the date is only that statement’s', () => {
    expect(
      claimAt(text('the army’s northern command', 'Oct. 25'), '2024-11-02', 'Oct. 25')?.verdict,
    ).not.toBe('differs');
  });
});

describe('a name set off by commas is the subject’s apposition, not the start of a participial phrase', () => {
  it('"The foreign secretary, Vikram Misri, unveiled the agreement on Oct. 25, …" dates the agreement', () => {
    const text =
      'The foreign secretary, Vikram Misri, unveiled the patrolling agreement on Oct. 25, calling it a breakthrough.';
    expect(claimAt(text, '2024-11-02', 'Oct. 25')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'differs',
    });
  });
});

describe('a phase word far after a date is another value’s phase', () => {
  const text = (day: string) =>
    `Misri unveiled the patrolling agreement on ${day}, saying it would settle the friction that had arisen along the frontier in 2020.`;
  it('"arisen … in 2020" does not make the announcement’s day another phase', () => {
    expect(claimAt(text('Oct. 25'), '2024-11-02', 'Oct. 25')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'differs',
    });
    expect(claimAt(text('Oct. 21'), '2024-11-02', 'Oct. 21')?.verdict).toBe('consistent');
  });
  it('"in 2020" itself is still the friction’s, not the agreement’s', () => {
    expect(claimAt(text('Oct. 21'), '2024-11-02', '2020')?.verdict).not.toBe('differs');
  });
});

describe('what a gap counts from is named in its own clause, not by a pronoun', () => {
  it('"eight months after it happened" names no event: no claim', () => {
    const text =
      'Beijing first admitted its losses in the clash, eight months after it happened in the western sector of the border.';
    expect(claimAt(text, '2021-02-20', 'eight months')).toBeNull();
  });
  it('"two days after the October agreement; Doval went to Beijing" does not count from Doval’s trip', () => {
    const text =
      'Modi and Xi met in Kazan two days after the October agreement; Doval went to Beijing in December for talks with Wang Yi.';
    expect(claimAt(text, '2025-06-15', 'two days after')?.verdict).not.toBe('differs');
  });
});

describe('a date nearer an event’s words, and agreeing with it, is its date; one farther on is another’s', () => {
  it('"relaxed urea exports in June, turned the taps back on in August"', () => {
    const text =
      'China kept India out when it relaxed urea exports in June, turned the taps back on in August, and halted them again in October.';
    expect(claims(text, '2025-10-30').filter((c) => c.verdict === 'differs')).toEqual([]);
    expect(claimAt(text, '2025-10-30', 'in June')).toMatchObject({
      fact: 'event.china-urea-easing-jun-2025-excluding-india',
      verdict: 'consistent',
    });
  });
});

describe('a year taken from an earlier date of the paragraph is one reading, publication’s year another', () => {
  it('"curbs dating back to April 2025 and October 2022. … imposed on April 4" is not April 2022', () => {
    const text =
      'Officials noted curbs dating back to April 2025 and October 2022. The licensing rules Beijing imposed on April 4 on seven rare earths remain in force.';
    expect(claimAt(text, '2025-11-10', 'April 4')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'consistent',
    });
  });
});

describe('an event still ahead at publication has no date on or before it', () => {
  it('a Sunday procession on the day of publication is not the pilgrimage two months later', () => {
    const text =
      'Pilgrims for the Kailash Mansarovar Yatra gathered in Delhi on Sunday for a send-off, the ministry said.';
    expect(claimAt(text, '2025-04-06', 'on Sunday')?.verdict).not.toBe('differs');
  });
});

describe('a Mansarovar that is not the lake is not the pilgrimage', () => {
  it('a temple yatra in Jaipur’s Mansarovar colony gets no pilgrimage card', () => {
    const text = 'Crowds filled the streets of Mansarovar colony in Jaipur on Sunday for a temple yatra.';
    const all = annotateText(text, { matcher, factById, published: '2025-04-06' });
    expect(all.filter((a) => a.factIds.includes('event.kailash-mansarovar-yatra-2025'))).toEqual([]);
  });
});

describe('"not until" dates the event; the army named in full cues it', () => {
  const text = (month: string) =>
    `It was not until ${month} that the People's Liberation Army admitted that soldiers had died in the clash.`;
  it('a wrong month for the admission is wrong', () => {
    expect(claimAt(text('January 2021'), '2025-06-15', 'January 2021')).toMatchObject({
      fact: 'event.china-acknowledges-galwan-deaths',
      verdict: 'differs',
    });
    expect(claimAt(text('February 2021'), '2025-06-15', 'February 2021')?.verdict).toBe('consistent');
  });
  it('"until" alone still bounds a state', () => {
    expect(boundOf('The curbs stayed in force until ', 'March 2021')).toBe('until');
    expect(boundOf('It was not until ', 'March 2021')).toBeNull();
  });
});

describe('"the same day", paragraphs after the lead, may mean the story’s own day (agreement only)', () => {
  const story = (lead: string) =>
    `NEW DELHI: India’s foreign ministry confirmed ${lead} that some firms had received licences for rare-earth magnets from China.\n\nOfficials did not name them.\n\nThe confirmation came on the same day that Donald Trump and Xi Jinping met in Busan, South Korea.`;
  it('counted from the lead’s day, it agrees with the meeting', () => {
    expect(claimAt(story('on Thursday'), '2025-10-31', 'the same day')).toMatchObject({
      fact: 'event.trump-xi-busan-meeting',
      verdict: 'consistent',
    });
  });
  it('the lead’s first day is the story’s, not a background date after it', () => {
    const text = story('on Thursday').replace(
      'from China.',
      'from China, months after Beijing tightened its export rules in April.',
    );
    expect(claimAt(text, '2025-10-31', 'the same day')).toMatchObject({
      fact: 'event.trump-xi-busan-meeting',
      verdict: 'consistent',
    });
  });
  it('a lead without a date gives it nothing to count from', () => {
    expect(claimAt(story('again'), '2025-10-31', 'the same day')).toBeNull();
  });
  it('a day the meeting was not is never called wrong from the lead', () => {
    const text = story('on Thursday').replace('met in Busan', 'met in Busan a day later');
    expect(claims(text, '2025-10-31').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('"this June" is that month of the year of publication', () => {
  const text = (month: string) =>
    `When China loosened its urea ban ${month}, it kept India off the list of buyers.`;
  it('agrees with the June easing, and a wrong month is wrong', () => {
    const june = claimAt(text('this June'), '2025-09-01', 'this June');
    expect(june?.fact).toBe('event.china-urea-easing-jun-2025-excluding-india');
    // The easing was later superseded, so an agreeing date is `outdated`: agreement either way.
    expect(['consistent', 'outdated']).toContain(june?.verdict);
    expect(claimAt(text('this March'), '2025-09-01', 'this March')?.verdict).toBe('differs');
  });
});
