/**
 * Session 21's engine rules for false `differs` (issue #7, ADR 0057), each with sentences written for
 * the rule (not from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a question put to someone dates the asking, not what it is about', () => {
  it('"asked on Wednesday about reports that the urea curbs had been lifted" is not the lifting’s date', () => {
    not(
      'Fertiliser is another irritant. The Chinese foreign ministry, asked on Wednesday about reports that the urea curbs had been lifted, said it had no information.',
      '2025-08-21',
      'Wednesday',
    );
  });
  it('the act itself on that day is still checked', () => {
    expect(
      claimAt(
        'China eased its urea export curbs on Wednesday, though not for India.',
        '2025-08-21',
        'Wednesday',
      ),
    ).toMatchObject({ verdict: 'differs' });
  });
});

describe('a relative clause goes on over ", covering …"', () => {
  it('the month the controls were unveiled is the controls’, not the April notice’s', () => {
    const text =
      'China has suspended the export controls it unveiled in October, covering graphite anodes, lithium batteries and superhard materials, until Nov. 10, 2026.';
    not(text, '2025-11-08', 'October');
    expect(claimAt(text, '2025-11-08', 'October')?.fact).toBe('instrument.mofcom-october-2025-controls');
  });
});

describe('a participle set off by commas dates its noun, not the act of the predicate after it', () => {
  it('"The October measures, announced on 9 October …, now stand suspended" is not the suspension’s date', () => {
    not(
      'The October measures, announced on 9 October 2025 and set to apply from 8 November, now stand suspended until next November.',
      '2026-01-10',
      '9 October 2025',
    );
  });
});

describe('", effective D" is the start of what the clause before the comma names', () => {
  it('a waiver’s start is not the start of a fact named in an earlier clause, nor of its relations', () => {
    not(
      "Thursday's press briefing, at which Jaiswal confirmed the magnet licences, also heard that Dhaka had eased visa rules for Indian students, effective November 3.",
      '2025-11-03',
      'November 3',
    );
  });
});

describe('"N years ago this month" is one month-precise date', () => {
  const text = 'Two years ago this month, Indian and Chinese troops clashed in the Galwan Valley.';
  it('read as the publication’s month, N years back', () => {
    expect(claimAt(text, '2022-06-20', 'ago')).toMatchObject({
      quote: 'Two years ago this month',
      fact: 'event.galwan-clash',
      verdict: 'consistent',
    });
  });
  it('a wrong month is still wrong', () => {
    expect(claimAt(text, '2022-09-10', 'ago')).toMatchObject({
      quote: 'Two years ago this month',
      verdict: 'differs',
    });
  });
});

describe('"the first … in <Place> since D": the place narrows the series', () => {
  it('the place’s gap is not checked against the series’ recorded gap', () => {
    not(
      "Tuesday's round was the first Special Representatives meeting in New Delhi since December 2019.",
      '2025-08-20',
      'December 2019',
    );
  });
  it('without the place, the gap is checked as before', () => {
    expect(
      claimAt(
        "Tuesday's round was the first Special Representatives meeting since December 2019.",
        '2025-08-20',
        'December 2019',
      ),
    ).toMatchObject({ verdict: 'differs' });
  });
});

describe('a gap counted from an anchor the text dates itself, past a dated aside', () => {
  it('"two weeks before Thursday’s rare-earth news" is not counted from the rare-earth controls', () => {
    not(
      "China reimposed its fertiliser curbs on all markets about two weeks before Thursday's rare-earth news.",
      '2025-11-01',
      'two weeks before',
    );
  });
  it('the aside’s easing is not the reimposing; the gap from Thursday fits the all-market halt', () => {
    expect(
      claimAt(
        "China's fertiliser curbs, reportedly eased for India in August, were reimposed on all markets two weeks before Thursday's magnet news.",
        '2025-11-01',
        'two weeks before',
      ),
    ).toMatchObject({ fact: 'event.china-fertiliser-export-suspension-oct-2025', verdict: 'consistent' });
  });
});
