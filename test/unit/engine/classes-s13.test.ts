/**
 * Session 13's engine rules (issue #7, ADR 0049), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a value quoted in order to correct it is the other report’s, not the article’s claim', () => {
  it('"X’s \'two-year pause\' is a miscount": context, with the reason', () => {
    const c = claimAt(
      "A rival channel's 'two-year pause' is a miscount: the Kailash Mansarovar Yatra was last held in 2019.",
      '2025-05-01',
      'two-year',
    );
    expect(c?.verdict).toBe('context');
    expect(c?.reasons).toContain('quoted-correction');
  });
  it('"understates it" corrects too', () => {
    not(
      "One portal's 'three-year suspension' of the Kailash Mansarovar Yatra understates it: the pilgrimage was last held in 2019.",
      '2025-05-01',
      'three-year',
    );
  });
  it('a quoted value nobody corrects is still the article’s claim', () => {
    expect(
      claimAt(
        "The Kailash Mansarovar Yatra resumes this summer after what officials call a 'two-year pause'.",
        '2025-05-01',
        'two-year',
      )?.verdict,
    ).toBe('differs');
  });
});

describe('a prepositional relative ("years in which …") dates its own noun', () => {
  it('the years’ bounds are not the talks’ date', () => {
    not(
      "Wednesday's Special Representatives talks come after years in which the forum lay idle between December 2019 and December 2024.",
      '2024-12-19',
      'December 2019',
    );
  });
});

describe('a bare noun before a modal’s verb: the relative clause after the verb is about its own noun', () => {
  it('"says general licences would effectively remove controls Beijing imposed in … October 2022"', () => {
    not(
      'The White House fact sheet issued on Saturday says general licences would effectively remove controls Beijing imposed in April 2025 and October 2022.',
      '2025-11-03',
      'October 2022',
    );
  });
});

describe('a date between a subject and its reporting verb is the statement’s day', () => {
  it('"Beijing’s commerce ministry today said nothing about …"', () => {
    not(
      "Beijing's commerce ministry today said nothing about the general licences the White House claimed on November 1.",
      '2025-11-06',
      'today',
    );
  });
  it('not a date the statement’s own noun carries ("the fact sheet the White House put out on Nov. 4 said")', () => {
    expect(
      claimAt(
        'A fact sheet the White House put out on Nov. 4 said Beijing would grant general licences for rare earths.',
        '2025-11-10',
        'Nov. 4',
      )?.verdict,
    ).toBe('differs');
  });
});

describe('insisting, stressing or reiterating restates a position: its day is no notice’s', () => {
  it('"MOFCOM reiterated this week, days after its October 9 announcements"', () => {
    not(
      "'Export controls are not export bans,' MOFCOM reiterated this week, days after its October 9 announcements.",
      '2025-10-17',
      'this week',
    );
  });
});

describe('"lapses on" a day without a year: an expiry still to come', () => {
  it('the suspension’s end next month is checked against its record', () => {
    expect(
      claimAt(
        'The suspension of the October 2025 export controls lapses on Nov. 10 unless Beijing renews it.',
        '2026-09-01',
        'Nov. 10',
      ),
    ).toMatchObject({ fact: 'event.mofcom-october-2025-controls-suspension-ends', verdict: 'consistent' });
  });
});

describe('"N years ago yesterday": the day before publication, N years back', () => {
  it('reads the anniversary, not yesterday', () => {
    expect(
      claimAt(
        'Five years ago yesterday, Indian and Chinese troops clashed in the Galwan Valley.',
        '2025-06-17',
        'ago',
      ),
    ).toMatchObject({ quote: 'Five years ago yesterday', verdict: 'consistent' });
  });
});

describe('"their last formal one": "one" stands for the meeting of a previous instance', () => {
  it('the previous meeting’s year is not the Kazan meeting’s', () => {
    not(
      "The leaders' talks in Kazan on Wednesday were their first formal bilateral in five years, the last formal one having taken place in Mamallapuram in 2019.",
      '2024-10-24',
      'in 2019',
    );
  });
});

describe('separating rare earths is refining, not mining', () => {
  it('"separates about 90 per cent of the world’s rare earths" is the refining share', () => {
    expect(
      claimAt(
        "China, which separates about 90 per cent of the world's rare earths, tightened its grip, analysts said, though mining figures are lower.",
        '2025-10-20',
        '90 per cent',
      ),
    ).toMatchObject({ fact: 'quantity.china-rare-earth-refining-share', verdict: 'consistent' });
  });
});

describe('a "when" clause inside a phrase fronted before the main clause ends at its comma', () => {
  it('the main clause’s event does not take the fronted date', () => {
    not(
      'A year after the night of June 15–16, when 20 Indian soldiers were killed in the Galwan Valley, Beijing has admitted only four deaths among its troops, and only in February.',
      '2021-06-16',
      'June 15–16',
    );
  });
});

describe('a cue word met only in a counted gap’s phrase ("two days after …") is the anchor’s', () => {
  it('the suspension of another ban is not the October controls’ suspension', () => {
    not(
      'Beijing on Sunday suspended until 27 November 2026 its 2024 ban on gallium and germanium exports to the US, two days after a notice paused the October export controls.',
      '2025-11-09',
      '27 November 2026',
    );
  });
});

describe('", until" right before an end date stays in the clause of the verb it bounds', () => {
  it('a wrong end of the suspension is called wrong', () => {
    expect(
      claimAt(
        'The curbs unveiled in October were suspended by Beijing on November 7, 2025, until November 10, 2027, after the Busan summit.',
        '2025-11-12',
        'November 10, 2027',
      ),
    ).toMatchObject({ fact: 'event.mofcom-october-2025-controls-suspension-ends', verdict: 'differs' });
  });
  it('an end bound found by keywords beyond another date still confirms the record', () => {
    expect(
      claimAt(
        "Beijing's commerce ministry and customs agency on Friday issued a notice suspending the implementation of several export control measures released on Oct. 9, until Nov. 10, 2026.",
        '2025-11-08',
        'Nov. 10',
      ),
    ).toMatchObject({ fact: 'event.mofcom-october-2025-controls-suspension-ends', verdict: 'consistent' });
  });
});
