/**
 * Session 10's engine rules (issue #7, ADR 0040), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { claimAt, factById, matcher } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('an event named only in what was agreed is not dated by the agreeing ("agreed on … to pause")', () => {
  it('the date before "agreed … to suspend" is the agreeing’s, not the suspension notice’s', () => {
    not('On October 30, Beijing agreed to freeze the October export curbs.', '2025-11-12', 'October 30');
  });
  it('the notice’s own date is still checked when the suspending is the clause’s verb', () => {
    expect(
      claimAt(
        "China's commerce ministry on November 17 formally suspended the October 9 export controls on rare earths until November 10, 2026.",
        '2025-11-20',
        'November 17',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-announcement-70-2025', verdict: 'differs' });
  });
  it('an agreement of its own keeps the date ("agreed on … to restore patrolling")', () => {
    expect(
      claimAt(
        'India and China agreed on Monday to restore patrolling along the LAC.',
        '2024-10-23',
        'on Monday',
      ),
    ).toMatchObject({ fact: 'event.lac-patrolling-agreement-2024', verdict: 'consistent' });
  });
});

describe('durations compete as figures do: a nearer one that fits the measure is its', () => {
  const text = (waiver: string, pause: string) =>
    `Officials disclosed a ${waiver} waiver for the port; China agreed to a ${pause} pause of the rare earth controls.`;
  it('another duration of the sentence is not called wrong for the pause', () => {
    not(text('three-month', 'one-year'), '2025-11-03', 'three-month');
  });
  it('the pause’s own duration is still checked, right or wrong', () => {
    expect(claimAt(text('three-month', 'one-year'), '2025-11-03', 'one-year')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'consistent',
    });
    expect(claimAt(text('three-month', 'two-year'), '2025-11-03', 'two-year')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'differs',
    });
  });
});

describe('a cue whose measure words are all across a semicolon does not measure the figure', () => {
  it('"named five soldiers honoured …; four were killed" is no death toll', () => {
    not(
      'Chinese state media on Friday named five soldiers honoured for the border clash; four were killed.',
      '2021-02-20',
      'five soldiers',
    );
  });
  it('a toll in its own clause is still checked, and a noun that is the measure ("deaths") still counts', () => {
    expect(
      claimAt(
        'China admitted that six of its soldiers were killed in the Galwan clash.',
        '2021-02-20',
        'six',
      ),
    ).toMatchObject({ fact: 'quantity.galwan-pla-soldiers-killed', verdict: 'differs' });
    expect(
      claimAt(
        'The Galwan clash killed 20 Indian soldiers; China later admitted seven deaths of its own.',
        '2021-03-01',
        'seven deaths',
      ),
    ).toMatchObject({ fact: 'quantity.galwan-pla-soldiers-killed', verdict: 'differs' });
  });
});

describe('a date across the semicolon is no figure of its own', () => {
  it('"until Nov 10, 2026; the suspension runs two years" is still checked', () => {
    expect(
      claimAt(
        'Beijing pauses its October rare earth export curbs until Nov 10, 2026; the suspension runs two years.',
        '2025-11-09',
        'two years',
      ),
    ).toMatchObject({ fact: 'quantity.october-controls-pause-years', verdict: 'differs' });
  });
});

describe('a figure for months none of which is the record’s is another period’s', () => {
  it('"fell 45% in April–September" beside a June record is context at most', () => {
    not(
      "India's imports of rare-earth magnets fell 45% in April–September, trade data showed — in line with the 58% drop in Chinese shipments to India between January and June.",
      '2025-11-20',
      '45%',
    );
  });
  it('the record’s month named with "by", or only as the point of comparison, is still checked', () => {
    expect(
      claimAt(
        'By June, Chinese magnet exports to India were 30% lower than in January.',
        '2025-07-25',
        '30%',
      ),
    ).toMatchObject({ fact: 'quantity.magnet-exports-to-india-drop-jun-2025', verdict: 'differs' });
  });
});

describe('a reduced relative with a proper name as subject ("the controls Beijing imposed in …")', () => {
  const text =
    'The fact sheet described the general licences as lifting the rare earth controls Beijing imposed in April 2025 and October 2022.';
  it('a date in it is the controls’, not the fact sheet’s', () => {
    not(
      'Washington said on Saturday the general licences would in effect end the curbs Beijing imposed in April 2025 and October 2022.',
      '2025-11-03',
      'October 2022',
    );
  });
  it('the April controls named there still take their date', () => {
    expect(claimAt(text, '2025-11-03', 'April 2025')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'consistent',
    });
  });
});

describe('a cue one of whose words only the date itself gives ("October" of "October 9") does not tie it', () => {
  it('the notices’ date is not the suspension notice’s', () => {
    not(
      'On Friday China formally suspended the export-control notices it issued on October 9 until November 10, 2026.',
      '2025-11-09',
      'October 9',
    );
  });
  it('a cue whose month word is the record’s own month still ties a wrong day', () => {
    expect(
      claimAt(
        'China will suspend for a year the export restrictions Beijing announced on October 16.',
        '2025-11-01',
        'October 16',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-october-2025-controls', verdict: 'differs' });
  });
});

describe('"for a year after …" is a duration and its start, not a date a year on', () => {
  it('the span is read as the pause’s length', () => {
    expect(
      claimAt(
        "The October rare earth controls will now be suspended for a year after Thursday's meeting in Busan.",
        '2025-11-01',
        'a year',
      ),
    ).toMatchObject({ fact: 'quantity.october-controls-pause-years', verdict: 'consistent' });
  });
  it('"a week after the talks" is still a gap', () => {
    expect(
      claimAt(
        'A week after the Busan talks, China published Announcement No. 70.',
        '2025-11-10',
        'A week after',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-announcement-70-2025', verdict: 'consistent' });
  });
});

describe('a fact named as what a fronted phrase counts from is not the main clause’s event', () => {
  it('"Five years after the Galwan clash, the ministers met … on Monday": Monday is not the clash’s', () => {
    not(
      'Five years after the Galwan clash, the ministers met in a hotel in Beijing on Monday.',
      '2025-07-16',
      'on Monday',
    );
  });
  it('a place after the comma does not end the phrase ("after their talks in Kazan, Russia, in October 2023")', () => {
    expect(
      claimAt(
        'The two leaders met again in Tianjin, ten months after their talks in Kazan, Russia, in October 2023.',
        '2025-09-01',
        'October 2023',
      ),
    ).toMatchObject({ fact: 'event.kazan-modi-xi-meeting', verdict: 'differs' });
  });
});

describe('a fact named only in what reports say is not dated by the statement about them', () => {
  it('"said on Monday it had seen no reports that the curbs had been lifted"', () => {
    not(
      'The Chinese foreign ministry said on Monday it had seen no reports that the rare earth export curbs on India had been lifted.',
      '2025-08-20',
      'on Monday',
    );
  });
});

describe('the previous instance, after a comma, and only its own date', () => {
  const text =
    "The previous, 22nd round of the boundary talks between the Special Representatives took place in December 2019, five years before this week's meeting in Beijing.";
  it('the previous round’s date is not this round’s', () => {
    not(text, '2024-12-20', 'December 2019');
  });
  it('a date after the previous round’s is still this round’s', () => {
    expect(claimAt(text, '2024-12-20', 'this week')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'consistent',
    });
  });
});

describe('a year-less date the paragraph’s year leaves unclaimed takes publication’s year when that fits', () => {
  it('"… the pact on 21 October 2024, met … on 26-27 January" in a February 2025 report is this January', () => {
    expect(
      claimAt(
        'Vikram Misri, who announced the patrolling pact on 21 October 2024, met Sun Weidong in Beijing on 26-27 January to prepare the ground for the pilgrimage.',
        '2025-02-02',
        '26-27 January',
      ),
    ).toMatchObject({ fact: 'event.misri-sun-weidong-beijing-jan-2025', verdict: 'consistent' });
  });
});

describe('"on the Wednesday" is a day of the story’s week, not of publication’s', () => {
  it('is not read as the Wednesday before publication', () => {
    not(
      'On Monday, October 21, the two sides announced the patrolling deal. Modi and Xi then met in Kazan on the Wednesday.',
      '2024-10-31',
      'Wednesday',
    );
  });
  it('"the Thursday meeting" still names this week’s Thursday', () => {
    expect(
      claimAt(
        'The Thursday meeting between Trump and Xi in Busan lasted about 100 minutes.',
        '2025-10-31',
        'Thursday',
      ),
    ).toMatchObject({ fact: 'event.trump-xi-busan-meeting', verdict: 'consistent' });
  });
});

describe('words right after another fact’s date are that date’s noun phrase, not a confirmed cue’s card', () => {
  it('"China’s April 2025 licensing curbs …" carries no card for the November suspension', () => {
    const text =
      "China's April 2025 licensing curbs on heavy rare earths stayed in force after the November suspension.";
    const cards = annotateText(text, { matcher, factById, published: '2026-01-05' });
    expect(
      cards.filter((a) => a.factIds.includes('instrument.mofcom-announcement-70-2025') && a.kind === 'term'),
    ).toEqual([]);
    // The dates themselves are still carded, each with its own measure.
    expect(claimAt(text, '2026-01-05', 'April 2025')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'consistent',
    });
  });
});

describe('an opening is another phase than a closure ("open since May 15")', () => {
  it('the window’s opening day is not the suspension’s', () => {
    not(
      "Beijing's fertiliser export window, open since May 15, was shut for all markets on October 15.",
      '2025-10-20',
      'May 15',
    );
    not(
      'The fertiliser export window, which opened on May 15, was shut for all markets in mid-October.',
      '2025-10-20',
      'May 15',
    );
  });
  it('the closure’s own date is still checked', () => {
    expect(
      claimAt(
        'China shut its fertiliser export window, opened in May, for all markets on October 25.',
        '2025-10-28',
        'October 25',
      ),
    ).toMatchObject({ fact: 'event.china-fertiliser-export-suspension-oct-2025', verdict: 'differs' });
  });
});

describe('an instance named by its ordinal is not measured by a record of other instances', () => {
  it('"the 24th round …, the first held in New Delhi since December 2019" is not the gap before the 23rd', () => {
    not(
      'The 24th round of the Special Representatives talks, the first held in New Delhi since December 2019, opened on Tuesday.',
      '2025-08-20',
      'December 2019',
    );
  });
  it('the record’s own instance is still checked', () => {
    expect(
      claimAt(
        'The 23rd round of the Special Representatives talks was the first since December 2021.',
        '2024-12-20',
        'December 2021',
      ),
    ).toMatchObject({ fact: 'quantity.sr-talks-gap-years', verdict: 'differs' });
  });
});

describe('a participle relative ("the tariffs announced on Wednesday") dates its own noun', () => {
  it('when no fact of the sentence is named there, the date is nobody’s', () => {
    not(
      'China on Friday imposed export licensing on seven heavy rare earths in retaliation for the sweeping tariffs unveiled on Wednesday.',
      '2025-04-06',
      'on Wednesday',
    );
  });
  it('when the measure itself is named there, its date is still checked', () => {
    expect(
      claimAt(
        'The export control measures on rare earths released on Oct. 19 cover lithium batteries and superhard materials.',
        '2025-11-08',
        'Oct. 19',
      ),
    ).toMatchObject({ fact: 'instrument.mofcom-october-2025-controls', verdict: 'differs' });
  });
});

describe('a cue with a group of words all across a semicolon is not named in the date’s clause', () => {
  const text =
    'It was in June 2020 that twenty Indian soldiers were killed in the Galwan Valley; China admitted four dead of its own only in February 2021.';
  it('the clash’s month is not the acknowledgement’s', () => {
    not(text, '2025-11-02', 'June 2020');
  });
  it('the acknowledgement’s own date, in its own clause, is still checked', () => {
    expect(claimAt(text, '2025-11-02', 'February 2021')).toMatchObject({
      fact: 'event.china-acknowledges-galwan-deaths',
      verdict: 'consistent',
    });
    expect(
      claimAt(text.replace('February 2021', 'February 2022'), '2025-11-02', 'February 2022'),
    ).toMatchObject({
      fact: 'event.china-acknowledges-galwan-deaths',
      verdict: 'differs',
    });
  });
});
