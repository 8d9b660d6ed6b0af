/**
 * Session 8's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/claims/dates';
import { applyOffset, findTemporal } from '../../../src/core/claims/temporal';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

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

describe('sentences a careful checker leaves alone (found by stress sentences written blind)', () => {
  it('“April-May 2020” is one span of two months (and agrees with a start in May)', () => {
    const text =
      'Ties hit their lowest point after the standoff in eastern Ladakh that began in April-May 2020.';
    expect(claimAt(text, '2025-07-04', 'April-May 2020')).toMatchObject({
      fact: 'event.lac-standoff-2020',
      verdict: 'consistent',
    });
    not(text, '2025-07-04', 'April');
  });

  it('“the announcements of October 9” dates the announcements, not the suspension named before', () => {
    not(
      'Beijing on Friday suspended the six export-control announcements of October 9 until November 10, 2026.',
      '2025-11-07',
      'October 9',
    );
  });

  it('“the last formal Modi–Xi summit was in October 2019” is an earlier instance', () => {
    not(
      'Before Wednesday’s meeting in Kazan, the last formal Modi–Xi summit was in October 2019.',
      '2024-10-24',
      'October 2019',
    );
  });

  it('a gap that lands on the day the sentence gives (“on Saturday announced …, three months after”) dates that day’s news', () => {
    not(
      'The ministry on Saturday announced that the Kailash Mansarovar Yatra would be held this summer, three months after Misri and Sun Weidong agreed in Beijing to restart it.',
      '2025-04-27',
      'three months after',
    );
  });

  it('a share stated for another year beside its measure’s words is another estimate of that measure', () => {
    not(
      'The IEA put China’s share of mining at 62% in 2023, against 69% for 2024 in USGS figures; its share of refining is about 90%.',
      '2025-10-31',
      '62%',
    );
  });

  it('a measure whose own words sit at another figure is not this figure’s, however firmly found', () => {
    expect(
      claimAt(
        'The IEA put China’s share of mining at 62% in 2023, against 69% for 2024 in USGS figures; its share of refining is about 90%.',
        '2025-10-31',
        'about 90%',
      ),
    ).toMatchObject({ fact: 'quantity.china-rare-earth-refining-share', verdict: 'consistent' });
  });

  it('“fell 56%” is a change, not a share', () => {
    not(
      'India’s imports of permanent magnets from China fell 56% in the six months to September.',
      '2025-11-24',
      '56%',
    );
  });

  it('a figure is its own country’s: “China holds 44 million tonnes” is not India’s reserves', () => {
    not(
      'China holds 44 million tonnes of rare-earth reserves and Brazil 21 million, against India’s 6.9 million.',
      '2025-10-31',
      '44 million',
    );
  });
});

describe('“when they met …” continues the clause it follows', () => {
  const text = (day: string) =>
    `Vikram Misri pressed Sun Weidong on the curbs when they met in New Delhi ${day}, officials said.`;
  it('a wrong weekday for the talks is wrong', () => {
    expect(claimAt(text('on Monday'), '2025-06-13', 'on Monday')).toMatchObject({
      fact: 'event.misri-sun-weidong-delhi-jun-2025',
      verdict: 'differs',
    });
  });
  it('the right one agrees', () => {
    expect(claimAt(text('on Thursday'), '2025-06-13', 'on Thursday')).toMatchObject({
      fact: 'event.misri-sun-weidong-delhi-jun-2025',
      verdict: 'consistent',
    });
  });
});

describe('second stress batch (fd2): more sentences a careful checker leaves alone', () => {
  it('“Announcement No. 18 of April 4”: the number after “No.” is no day', () => {
    expect(
      claimAt('The pause does not touch Announcement No. 18 of April 4.', '2025-11-07', 'April 4'),
    ).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'consistent',
    });
    expect(
      claimAt('The pause does not touch Announcement No. 18 of April 4.', '2025-11-07', '18 of'),
    ).toBeNull();
  });

  it('a day without a year takes the year of a dated day earlier in the sentence, past an offset', () => {
    expect(
      claimAt(
        'On June 15-16, 2020, soldiers died in the Galwan Valley, six weeks after the Ladakh standoff began on May 5.',
        '2025-06-15',
        'May 5',
      ),
    ).toMatchObject({ fact: 'event.lac-standoff-2020', verdict: 'consistent' });
  });

  it('months elapsed or left (“seven months on”, “leaving … five months”) are no recorded length', () => {
    not(
      'The suspension does not end the curbs imposed last April, which remain in force seven months on.',
      '2025-11-07',
      'seven months',
    );
    not(
      'The one-year pause China granted in November runs until November 10, 2026, leaving exporters about five months of certainty before the October 2025 controls could return.',
      '2026-06-01',
      'five months',
    );
  });

  it('“the broader October 9 rules”: a date after a determiner and adjectives modifies the noun after it', () => {
    not(
      'The licences fall under Announcement No. 18, not the broader October 9 rules that Beijing agreed to pause for a year.',
      '2025-10-31',
      'October 9',
    );
  });

  it('a value the article attributes to others to set it aside (“some reports spoke of”) is not its claim', () => {
    not(
      'Although some reports spoke of a three-year suspension, the Kailash Mansarovar Yatra was last held in 2019.',
      '2025-06-21',
      'three-year',
    );
  });

  it('“four and a half years before” counts half a year in months', () => {
    // Since ADR 0044 the gap is read as the standoff's recorded length (4.5 years), not as a date.
    expect(
      claimAt(
        'The standoff that began in May 2020 lasted roughly four and a half years before troops pulled back from Depsang at the end of October 2024.',
        '2024-11-15',
        'four and a half years',
      ),
    ).toMatchObject({ fact: 'quantity.ladakh-standoff-duration', verdict: 'consistent' });
  });

  it('another figure that agrees with the measure, nearer its words, is the measure’s figure', () => {
    not(
      'Imports of permanent magnets into India fell 56% year on year, after Chinese magnet shipments to India in June had slumped 58% from January.',
      '2025-11-25',
      '56%',
    );
  });
});

describe('an offset in days from a span of days moves the whole span', () => {
  it('11 days after a three-day visit is any of three days', () => {
    const visit = { start: dayNumber(2025, 7, 13), end: dayNumber(2025, 7, 15), precision: 'range' as const };
    const got = applyOffset(visit, { amount: 11, unit: 'day', direction: 1, granularity: 'day' });
    expect(got).toMatchObject({ start: dayNumber(2025, 7, 24), end: dayNumber(2025, 7, 26) });
  });
});

describe('a part named by its own words takes the start date of the whole it belongs to', () => {
  it('“the start date for parts of Announcement No. 61” is that part’s date', () => {
    const text =
      'Monday, December 1, was to be the start date for parts of Announcement No. 61, which remain suspended under Announcement No. 70.';
    expect(claimAt(text, '2025-12-02', 'December 1')).toMatchObject({
      fact: 'event.mofcom-announcement-61-effective',
      verdict: 'consistent',
    });
  });
});

describe('“the first … since” dates the last time before, not a start', () => {
  it('“the first deaths in a border clash since October 1975” is no date of the standoff', () => {
    const c = claimAt(
      'Twenty Indian soldiers died in the Galwan Valley on Monday, the first deaths in a border clash with the PLA since October 1975.',
      '2020-06-17',
      'October 1975',
    );
    expect(c?.verdict ?? null).not.toBe('differs');
  });
});

describe('third stress batch (fd3, short paragraphs)', () => {
  it('an event named only after the date, past “and”, is the next item of a list', () => {
    const c = claimAt(
      'The understanding came out of the round of talks in Malaysia on October 25–26 and the Busan summit.',
      '2025-10-31',
      'October 25',
    );
    expect(c?.verdict ?? null).not.toBe('differs');
  });

  it('a date that cannot be resolved (no publication date) leaves a later “eight days later” unresolved too', () => {
    const c = claimAt(
      'Misri and Sun Weidong held talks in Beijing in January 2025. They met again in New Delhi on June 12. Eight days later, the first pilgrims crossed Nathu La.',
      null,
      'Eight days later',
    );
    expect(c?.verdict ?? null).not.toBe('differs');
  });

  it('a cue whose other figure agrees with it measures that figure, even when that figure fits another measure too', () => {
    const c = claimAt(
      'China produced about 69% of the world’s rare earths in 2024, but the IEA puts its refining share at about 92% and its share of permanent-magnet manufacturing at 94%.',
      '2025-10-31',
      '69%',
    );
    expect(c?.fact ?? null).not.toBe('quantity.china-magnet-manufacturing-share');
  });
});

describe('a date that modifies a noun takes no tense from the verb after the noun', () => {
  it('“China’s October 9 controls will take effect on November 1”: October 9 is this year’s, November 1 ahead', () => {
    const text = 'The bulk of China’s October 9 controls will take effect on November 1.';
    const [oct, nov] = findTemporal(text, { start: 0, end: text.length }, dayNumber(2025, 10, 20));
    expect(oct?.interval?.start).toBe(dayNumber(2025, 10, 9));
    expect(nov?.interval?.start).toBe(dayNumber(2025, 11, 1));
  });
});

describe('a statement about what is still to come is not dated by the day it was made', () => {
  it('“Beijing will hold off … on its export controls, the ministry said on Thursday” is no date of the controls', () => {
    const text =
      'Beijing will hold off for a year on the broad expansion of its rare-earth export controls, the commerce ministry said on Thursday.';
    expect(claimAt(text, '2025-10-31', 'on Thursday')?.verdict ?? null).not.toBe('differs');
  });
  it('an act’s own date (“the measures it announced on Sept. 9”) is still checked', () => {
    const text =
      'The commerce ministry said in a statement that Beijing would suspend the export control measures it announced on Sept. 9 for a year.';
    expect(claimAt(text, '2025-10-31', 'Sept. 9')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'differs',
    });
  });
});
