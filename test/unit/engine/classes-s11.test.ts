/**
 * Session 11's engine rules (issue #7, ADR 0043), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('"N years and a day ago" counts both parts back from publication', () => {
  const text = (ago: string) =>
    `${ago}, Doval and Wang Yi held their Special Representatives talks in Beijing.`;
  it('reads the whole expression, not "a day ago"', () => {
    expect(claimAt(text('Two years and a day ago'), '2026-12-19', 'Two years and a day ago')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'consistent',
    });
  });
  it('a compound that misses the day is still wrong', () => {
    expect(
      claimAt(text('Two years and a month ago'), '2026-12-19', 'Two years and a month ago'),
    ).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'differs',
    });
  });
});

describe('commentators’ day: "…, industry sources said on Monday" is not the event’s', () => {
  it('a trade commentator’s reporting day is not the suspension’s', () => {
    not(
      'Farmers are bracing for dearer fertiliser after China closed its export window on October 15 for urea and DAP, industry sources said on Monday.',
      '2025-10-22',
      'on Monday',
    );
    not(
      'Indian farmers face dearer fertiliser after China shut its export window on October 15 for urea, specialty fertilisers and DAP, analysts said on Monday.',
      '2025-10-22',
      'on Monday',
    );
  });
  it('the event’s own date in the same sentence is still checked', () => {
    expect(
      claimAt(
        'Farmers are bracing for dearer fertiliser after China closed its export window on October 19 for urea and DAP, industry sources said on Monday.',
        '2025-10-22',
        'October 19',
      ),
    ).toMatchObject({ fact: 'event.china-fertiliser-export-suspension-oct-2025', verdict: 'differs' });
  });
});

describe('"the same day" after two different days of its sentence is a guess: only agreement is said', () => {
  it('two days before it: no `differs`', () => {
    not(
      "On Thursday, Beijing agreed in Busan to a one-year pause of the curbs due from November 8, the same day India's MEA confirmed licences for its firms.",
      '2025-10-31',
      'the same day',
    );
  });
  it('one day before it: the anchor is certain and "the same day" is still read and claimed', () => {
    expect(
      claimAt(
        'China announced the fertiliser suspension on October 21, the same day MEA confirmed licences for Indian firms.',
        '2025-11-02',
        'the same day',
      )?.verdict,
    ).not.toBe(null);
  });
});

describe('"extended … to DATE" is the end of what was extended', () => {
  // Since ADR 0054 (session 18) the United States' own exclusions are its measure, not China's: the
  // date is their end, which matches the end of Beijing's suspension by the deal's design. It is never
  // read as the notice's issue day, and never called wrong.
  it('the end date is not the notice’s issue day and is never called wrong', () => {
    const got = claimAt(
      "Washington also extended the Section 301 exclusions to November 10, 2026, matching the end of Beijing's suspension of its October controls.",
      '2025-11-12',
      'November 10, 2026',
    );
    expect(got?.verdict ?? null).not.toBe('differs');
    expect(got?.fact ?? null).not.toBe('instrument.mofcom-announcement-70-2025');
  });
  it('China’s own extension to that day is the suspension’s end', () => {
    expect(
      claimAt(
        'Beijing extended the suspension of its October export controls to November 10, 2026.',
        '2025-11-12',
        'November 10, 2026',
      ),
    ).toMatchObject({ fact: 'event.mofcom-october-2025-controls-suspension-ends', verdict: 'consistent' });
  });
});

describe('a span whose ends each carry a place: the first place’s fact does not own the second date', () => {
  const text = (to: string) =>
    `Oct. 30 in Busan to ${to} in Beijing - a one-year pause went from a summit promise to a formal notice in eight days.`;
  it('"Nov. 7 in Beijing" is not the Busan meeting’s date', () => {
    not(text('Nov. 7'), '2025-11-15', 'Nov. 7');
  });
  it('the first end is still the meeting’s, and checked', () => {
    expect(claimAt(text('Nov. 7'), '2025-11-15', 'Oct. 30')).toMatchObject({
      fact: 'event.trump-xi-busan-meeting',
      verdict: 'consistent',
    });
    expect(claimAt('Trump and Xi met in Busan on Oct. 31.', '2025-11-03', 'Oct. 31')?.verdict).toBe(
      'differs',
    );
  });
});

describe('fact base 1.2.13: "the Galwan conflict" is the clash', () => {
  it('dates the clash', () => {
    expect(
      claimAt('Twenty Indian soldiers died in the Galwan conflict of June 2020.', '2021-06-15', 'June 2020'),
    ).toMatchObject({ fact: 'event.galwan-clash', verdict: 'consistent' });
  });
});

describe('a head count whose clause says another fate (honoured, injured) is not the death toll', () => {
  it('"five officers and soldiers were honoured" beside four killed', () => {
    not(
      'Four PLA soldiers died in the Galwan clash, and five officers and soldiers were honoured by the Central Military Commission.',
      '2021-02-20',
      'five officers and soldiers',
    );
  });
  it('a wrong death toll is still wrong', () => {
    expect(
      claimAt('Six PLA soldiers died in the Galwan clash, China said.', '2021-02-25', 'Six PLA soldiers'),
    ).toMatchObject({
      fact: 'quantity.galwan-pla-soldiers-killed',
      verdict: 'differs',
    });
  });
});

describe('fact base 1.2.13: "the ministry’s confirmation on licences" names the MEA’s confirmation', () => {
  it('a gap counted from the confirmation is read from its day', () => {
    expect(
      claimAt(
        "Two weeks before the external affairs ministry's confirmation on licences for rare earths, Beijing halted urea and specialty-fertiliser shipments to all markets until further notice.",
        '2025-11-02',
        'Two weeks before',
      ),
    ).toMatchObject({ fact: 'event.china-fertiliser-export-suspension-oct-2025', verdict: 'consistent' });
  });
});

describe('a fact named right after "before" in a phrase about a previous instance is the reference point', () => {
  it('"their last formal bilateral before Kazan … in 2019" is the earlier meeting’s year', () => {
    not(
      'Their last formal bilateral before Kazan took place at Mahabalipuram in 2019, officials noted.',
      '2025-09-01',
      'in 2019',
    );
  });
  it('the named fact’s own wrong year is still not confirmed', () => {
    expect(claimAt('Modi and Xi met in Kazan in 2019.', '2025-09-01', 'in 2019')?.verdict).not.toBe(
      'consistent',
    );
  });
});
