/**
 * Session 29's fd33 rules (ADR 0133), with sentences written for the rules from the dossier (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../../src/core/claims/dates';
import { findTemporal } from '../../../src/core/claims/temporal';
import { claimAt, claims } from './claims-of';

const noDiffers = (text: string, published: string) =>
  expect(
    claims(text, published).filter((c) => c.verdict === 'differs'),
    text,
  ).toEqual([]);

/** The year each year-less date of the sentence was read in. */
function yearsRead(text: string, published: string): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const e of findTemporal(text, { start: 0, end: text.length }, parsePublished(published)))
    out[e.text] = e.params.year as number | undefined;
  return out;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('a gap’s start lends its year only where nothing tells another (sentence-year.ts)', () => {
  it('a month earlier in the year than the gap’s start is not of the start’s year', () => {
    const text = 'The ban, in force since August 2023, was relaxed in May for some buyers.';
    expect(yearsRead(text, '2025-07-20')['in May']).toBe(2025);
  });
  it('a sentence that dates its own news in another year takes no year from "since"', () => {
    const text =
      'Jaishankar’s talks in Beijing on Monday, his first there since July 2023, come after the Tianjin summit on Aug. 31.';
    expect(yearsRead(text, '2025-09-10')['Aug. 31']).toBe(2025);
  });
  it('a day told in a "when" clause on the start is of the start’s year', () => {
    const text =
      'Patrols had been blocked since May 2020, when troops brawled at Pangong Tso on May 5, and were restored only in October 2024.';
    expect(yearsRead(text, '2025-06-01')['May 5']).toBe(2020);
  });
  it('with nothing else dated, a later day of the start’s year keeps it', () => {
    const text = 'Troops had faced off since May 2020 and clashed in the Galwan Valley on June 15.';
    expect(yearsRead(text, '2025-06-01')['June 15']).toBe(2020);
  });
  it('a month with its year that is no gap’s start still lends it', () => {
    const text = 'Tensions rose after the brawl in May 2020 and peaked in June.';
    expect(yearsRead(text, '2025-06-20')['in June']).toBe(2020);
  });
  it('property: a month told after "since <month> <year>" never falls before the gap began', () => {
    for (const [g, gapMonth] of MONTHS.entries())
      for (const [m, month] of MONTHS.entries())
        for (const published of ['2024-12-18', '2025-11-30']) {
          const text = `Exports have been curbed since ${gapMonth} 2022, with a partial easing in ${month}.`;
          const read = yearsRead(text, published)[`in ${month}`];
          expect(read, text).toBeDefined();
          const at = (read as number) * 12 + m;
          expect(at, `${text} (${published})`).toBeGreaterThanOrEqual(2022 * 12 + g);
          expect(at, `${text} (${published})`).toBeLessThanOrEqual(Number(published.slice(0, 4)) * 12 + 11);
        }
  });
});

describe('a date closing a noun phrase after "and" is that phrase’s (own-side-date.ts)', () => {
  it('a possessive phrase after a named summit', () => {
    noDiffers(
      "Ties warmed after the Tianjin summit and Beijing's easing of fertiliser curbs on Aug. 15.",
      '2025-09-10',
    );
  });
  it('a noun phrase after a named meeting', () => {
    noDiffers(
      'Misri’s visit to Beijing follows the Busan meeting and the licences for Indian magnet importers on Nov. 12.',
      '2025-11-20',
    );
  });
  it('an event named in the date’s own phrase still differs', () => {
    const text = 'The talks come after the Galwan anniversary and the Kazan meeting on Oct. 30.';
    expect(claimAt(text, '2024-12-20', 'Oct. 30')?.verdict).toBe('differs');
  });
});

describe('each side of "from … to …" is its own moment (own-side-date.ts)', () => {
  it('the date on the "from" side is not the date of the event on the "to" side', () => {
    noDiffers('Ties moved from a freeze in 2021 to the Kazan summit in October 2024.', '2025-11-20');
  });
  it('"separate A from B" is such a frame too', () => {
    noDiffers(
      'Four and a half years separate the brawl on the north bank in May 2020 from the Demchok pullback.',
      '2025-11-20',
    );
    expect(
      claimAt(
        'Four and a half years separate the brawl on the north bank in May 2020 from the Kazan summit in October 2023.',
        '2025-11-20',
        'October 2023',
      )?.verdict,
    ).toBe('differs');
  });
  it('a wrong date on the event’s own side still differs', () => {
    expect(
      claimAt(
        'Ties moved from a freeze in 2021 to the Kazan summit in October 2023.',
        '2025-11-20',
        'October 2023',
      )?.verdict,
    ).toBe('differs');
    expect(
      claimAt(
        'India’s patience was tested from the Galwan clash in June 2021 to the Kazan summit.',
        '2025-11-20',
        'June 2021',
      )?.verdict,
    ).toBe('differs');
  });
});
