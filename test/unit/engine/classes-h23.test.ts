/**
 * Rules from dev batch h23's false `differs` (issue #7, ADR 0072), each with sentences written for
 * the rule (not the article's), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const notWrong = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('“<documents> dated D” is the documents’ own date', () => {
  it('not the date of the notice that acts on them', () => {
    notWrong(
      'Announcement No. 70 puts on hold the export-control notices dated Oct. 9, the ministry said.',
      '2025-11-10',
      'Oct. 9',
    );
  });
});

describe('“the first time …” is no start of a state', () => {
  it('a date of the clause is not the standoff’s start', () => {
    notWrong(
      'It was the first time Beijing had officially named its dead from the confrontation on the border, which took place eight months ago.',
      '2021-02-25',
      'eight months ago',
    );
  });
});

describe('a date in a participle aside between subject and verb is the aside’s act', () => {
  it('not an event found only by keywords around it; a thousands comma does not close the aside', () => {
    notWrong(
      'The first pilgrims crossed Nathu La into Tibet on June 20, and the first Lipulekh batch followed on July 10. The pilgrimage is a modest affair: 750 yatris, chosen by a computerised lottery in May from 5,561 applicants, are travelling in batches of 50, some via Lipulekh and the rest via Nathu La.',
      '2025-07-24',
      'in May',
    );
  });
});

describe('another country as the subject, past an aside', () => {
  const text =
    'India mined just 2,900 tons of rare earths last year. The U.S., a distant second among miners, mined 45,000 tons.';
  it('the U.S. figure is not India’s', () => {
    notWrong(text, '2025-06-01', '45,000 tons');
  });
  it('India’s own figure is still checked', () => {
    expect(claimAt(text, '2025-06-01', '2,900 tons')?.verdict).toBe('consistent');
  });
  it('the “U.S. Geological Survey” is a source, not a country the figure belongs to', () => {
    expect(
      claimAt(
        'India holds 6.9 million tons of rare-earth reserves, according to the U.S. Geological Survey, yet mined just 29,000 tons last year.',
        '2025-06-01',
        '29,000 tons',
      )?.verdict,
    ).toBe('differs');
  });
});
