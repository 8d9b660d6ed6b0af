/**
 * ADR 0155 (stress fd27's eight false differs): a figure's own year right after it, a date whose
 * clause numbers another instance of a series, a day after a length of time still left, a
 * participle of confirming set off by commas, a
 * refusal to confirm as a reporting verb, the event an invitation is to, and a gap named only in an
 * absolute clause. Sentences written for these tests, each checked to fail without its rule; each
 * rule also comes with a real error it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a year right after a figure is its own ("376,000 tonnes a year earlier")', () => {
  it('an earlier year named after the figure', () => {
    not(
      'Worldwide rare-earth mine output went up to an estimated 390,000 tonnes in 2024 from 376,000 tonnes in 2023, the US trailing China at 45,000 tonnes.',
      '2025-04-01',
      '376,000',
    );
  });
  it('a year counted back from the one named before it', () => {
    not(
      'In 2024 world rare-earth mine output rose to an estimated 390,000 tonnes from 376,000 tonnes the year before, Chinese mines leading.',
      '2025-04-01',
      '376,000',
    );
  });
  it("the record's own year with a wrong figure still differs", () => {
    expect(
      claimAt("China's rare-earth mine output reached 300,000 tonnes in 2024.", '2025-04-01', '300,000'),
    ).toMatchObject({ fact: 'quantity.china-rare-earth-mine-production-2024', verdict: 'differs' });
  });
});

describe('a date whose clause numbers another instance of a series', () => {
  it('"the 22nd round …" is not the 23rd round cued in the main clause', () => {
    not(
      'Doval and Wang Yi held Special Representatives talks in Beijing on Wednesday, the 22nd round having taken place in New Delhi in December 2019.',
      '2024-12-20',
      'December 2019',
    );
  });
  it("the instance's own number keeps a wrong date wrong", () => {
    expect(
      claimAt(
        'Doval and Wang Yi met in Beijing in November 2024 for their 23rd round.',
        '2024-12-20',
        'November 2024',
      ),
    ).toMatchObject({ fact: 'event.sr-talks-23rd', verdict: 'differs' });
  });
});

describe('a year-less day after a length of time still left is the coming one', () => {
  const text = (day: string) =>
    `China's pause on its October export controls has nine months left to run, ending on ${day}.`;
  it('the day it runs to is next November, and agrees', () => {
    expect(claimAt(text('10 November'), '2026-02-01', '10 November')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
      verdict: 'consistent',
    });
  });
  it('"still to run" is time left, not the length of the pause', () => {
    not(
      "China's pause on its October export controls, with nine months still to run, lapses on 10 November.",
      '2026-02-01',
      'nine months',
    );
  });
});

describe('a participle of confirming set off by commas dates its noun', () => {
  it('not the instrument named in the predicate', () => {
    not(
      "India's import permits, confirmed on Thursday, were granted under Announcement No. 18.",
      '2025-11-01',
      'on Thursday',
    );
  });
  it("the licences' own wrong day still differs", () => {
    expect(
      claimAt(
        'The rare-earth magnet import licences, confirmed on Tuesday, were issued under Announcement No. 18.',
        '2025-11-01',
        'on Tuesday',
      ),
    ).toMatchObject({ fact: 'event.rare-earth-magnet-licences-indian-firms', verdict: 'differs' });
  });
});

describe('a refusal to confirm right after its date is a reporting verb', () => {
  it('the day of the refusal is not the curbs’ day', () => {
    not(
      "China's commerce ministry on Tuesday refused to confirm reports that rare-earth curbs on India had been eased.",
      '2025-08-20',
      'on Tuesday',
    );
  });
});

describe('the event an invitation is to does not own an earlier date of the clause', () => {
  it('"… see Modi today and hand him Xi\'s invitation to the SCO summit"', () => {
    not(
      "Wang Yi, in New Delhi since Monday, will see Prime Minister Modi today and hand him Xi's invitation to the SCO summit.",
      '2025-08-19',
      'today',
    );
  });
  it('a date after the event is still checked', () => {
    expect(
      claimAt(
        "Modi accepted Xi's invitation to the SCO summit and met him in Tianjin on 5 September.",
        '2025-09-10',
        '5 September',
      ),
    ).toMatchObject({ fact: 'event.tianjin-modi-xi-meeting', verdict: 'differs' });
  });
});

describe('a gap is not owned by an event named only in an absolute clause', () => {
  it('"the first since 2019, the yatra having been stopped … by the border standoff"', () => {
    not(
      "Friday's crossing at Nathu La was the first since 2019, the yatra having been stopped by the pandemic and then by the border standoff.",
      '2025-06-22',
      'since 2019',
    );
  });
  it('a length in the main clause of the event it names still differs', () => {
    expect(
      claimAt(
        'The standoff on the border has lasted six years, the troops having been deployed in 2020.',
        '2025-06-22',
        'six years',
      ),
    ).toMatchObject({ fact: 'quantity.ladakh-standoff-duration', verdict: 'differs' });
  });
});
