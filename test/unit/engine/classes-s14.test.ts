/**
 * Session 14's engine rules (issue #7, ADR 0050), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string | null, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

describe('one fact, one value: a value set against the record’s own in the sentence is context', () => {
  it('a date another report gave, contradicted by the record’s day in the same sentence', () => {
    const text =
      'A blog post that dated China’s acknowledgement of its Galwan deaths to April 2021 conflicts with the PLA Daily, which reported the admission on Feb. 19, 2021.';
    const c = claimAt(text, '2025-03-01', 'April 2021');
    expect(c?.verdict).toBe('context');
    expect(c?.reasons).toContain('record-given');
    expect(verdictAt(text, '2025-03-01', 'Feb. 19, 2021')).toBe('consistent');
  });
  it('a figure contrasted with the record’s ("not after a three-year suspension … but after some five years")', () => {
    const text =
      'The ministry said on Monday that the Kailash Mansarovar Yatra would return in June — not after a three-year suspension, as one portal reported, but after some five years.';
    expect(verdictAt(text, '2025-04-29', 'three-year')).toBe('context');
    expect(verdictAt(text, '2025-04-29', 'some five years')).toBe('consistent');
  });
  it('without a word of contrast between them, a wrong value beside the record’s is still wrong', () => {
    expect(
      verdictAt(
        'Last month’s suspension of urea and DAP exports, which took effect on Oct. 15, hit Indian importers.',
        '2025-10-21',
        'Last month',
      ),
    ).toBe('differs');
  });
  it('a gap counted from another event is a claim of its own, whatever date the sentence gives', () => {
    expect(
      verdictAt(
        'The Kazan meeting on Wednesday came nine days after Vikram Misri announced the patrolling agreement.',
        '2024-10-24',
        'nine days after',
      ),
    ).toBe('differs');
  });
});

describe('a date after a verb of travel and its destination is the journey’s', () => {
  it('"expected to travel to Kazan tomorrow": not the day of the meeting held there', () => {
    expect(
      verdictAt(
        'Modi is expected to fly to Kazan tomorrow for the BRICS summit, where he may meet Xi.',
        '2024-10-20',
        'tomorrow',
      ),
    ).not.toBe('differs');
  });
  it('a journey’s own day is still checked ("arrived in China on Saturday" for a visit)', () => {
    expect(
      verdictAt(
        'Jaishankar arrived in China on Saturday for a three-day visit.',
        '2025-07-23',
        'on Saturday',
      ),
    ).toBe('differs');
  });
});

describe('a count with a part of it ("five …, four of them …")', () => {
  it('the record’s count as the part: the whole is no claim against it', () => {
    expect(
      verdictAt(
        'China decorated five PLA soldiers for the Galwan clash, four of them posthumously, its first admission of its dead.',
        '2021-02-20',
        'five PLA soldiers',
      ),
    ).not.toBe('differs');
  });
  it('without the part, the count is checked', () => {
    expect(
      verdictAt(
        'China admitted that five PLA soldiers were killed in the Galwan clash.',
        '2021-02-20',
        'five PLA soldiers',
      ),
    ).toBe('differs');
  });
});

describe('time left until a date ("five months from now") is no length of a record', () => {
  it('"ends on Nov. 10, just over five months from now"', () => {
    expect(
      verdictAt(
        "Unless it is extended, China's pause of the rare-earth rules it unveiled on Oct. 9 ends on Nov. 10, just over five months from now.",
        '2026-06-01',
        'five months',
      ),
    ).not.toBe('differs');
  });
});

describe('a figure’s measure found only in another share’s "of" phrase', () => {
  it('"It mined about 270,000 tons …, roughly 69 percent of global mine output": not the world’s output', () => {
    expect(
      verdictAt(
        'China is the largest rare-earth producer in the world. It mined about 270,000 tons in 2024, roughly 69 percent of global mine output, according to U.S. Geological Survey figures, and handles more than 90 percent of refining.',
        '2025-06-01',
        '270,000 tons',
      ),
    ).not.toBe('differs');
  });
});

describe('a reduced relative after a numeral ("six notices issued on Oct. 9") dates its own noun', () => {
  it('not the announcement named in the main clause', () => {
    expect(
      verdictAt(
        'The commerce ministry said in Announcement No. 70 that four notices issued on Oct. 9 would be suspended.',
        '2025-11-08',
        'Oct. 9',
      ),
    ).not.toBe('differs');
  });
});

describe('a value quoted as "a slip" is corrected', () => {
  it('"met in Busan on \'Oct. 13\', a typo"', () => {
    expect(
      verdictAt('A newsletter said Trump and Xi met in Busan on "Oct. 13", a typo.', '2025-11-05', 'Oct. 13'),
    ).toBe('context');
  });
});

describe('"for the first time since <date>" counts to the day its clause dates the event', () => {
  it('"A year ago today … met … for the first time since December 2019": five years, not six', () => {
    expect(
      verdictAt(
        'A year ago today the Special Representatives met in Beijing for the first time since December 2019, reviving the boundary talks.',
        '2025-12-18',
        'December 2019',
      ),
    ).toBe('consistent');
  });
});

describe('a length in an appositive after the subject is the subject’s there', () => {
  it('"Modi, in China for the first time in more than seven years, met Xi": not the meeting gap', () => {
    expect(
      verdictAt(
        'Modi, in China for the first time in more than seven years, met Xi in Tianjin on Sunday on the sidelines of the SCO summit.',
        '2025-09-01',
        'more than seven years',
      ),
    ).not.toBe('differs');
  });
});

describe('a passive subject relative dates its noun, not the act done to it after the clause', () => {
  it('"the October controls that were scheduled for Nov. 8 now to be paused": not the pause’s notice', () => {
    expect(
      verdictAt(
        'With the October controls that were scheduled for Nov. 8 now to be paused for a year, exporters in India breathed easier.',
        '2025-10-31',
        'Nov. 8',
      ),
    ).not.toBe('differs');
  });
});
