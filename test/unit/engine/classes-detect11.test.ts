/**
 * Session 10's detection rules (issue #7, ADR 0038): wrong dates the engine read but left at
 * `context` (a rival that only seemed close) or unclaimed (keyword evidence whose cue the
 * paragraph completes). Each rule has sentences written for it (not from the eval corpus), each
 * checked to fail without its rule, and sentences it must still not call wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, ymd } from '../../../src/core/claims/dates';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
/** A day number as written in US wire style ("Nov. 10, 2026"). */
const wire = (n: number) => {
  const { year, month, day } = ymd(n);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
};

describe('a cue made whole only by the date’s own month is no rival', () => {
  // The rare-earth suspension notice's cue is suspend + restrictions + (rare earths | October):
  // here its last group is met only by "October" of the date being checked.
  const text = (d: string) =>
    `Beijing had promised to ease its restrictions on urea for India, yet on ${d} it suspended fertiliser exports to all markets.`;
  it('a wrong day for the fertiliser suspension is wrong', () => {
    expect(claimAt(text('October 24'), '2025-10-31', 'October 24')).toMatchObject({
      fact: 'event.china-fertiliser-export-suspension-oct-2025',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(text('October 15'), '2025-10-31', 'October 15')?.verdict).toBe('consistent');
  });
  it('a suspension cued by words of its own stays a rival', () => {
    // "rare earths" completes the rare-earth suspension's cue without the date.
    not(
      'Beijing had promised to ease its restrictions on urea and rare earths for India, yet on October 24 it suspended fertiliser exports to all markets.',
      '2025-10-31',
      'October 24',
    );
  });
});

describe('a date after "<noun> it announced" is the noun phrase’s, not the act on it', () => {
  const text = (d: string) =>
    `The commerce ministry said it would suspend, for a year, the measures it unveiled on ${d}, which covered five more rare earths and lithium batteries.`;
  it('a wrong day for the unveiled measures is wrong', () => {
    expect(claimAt(text('Oct. 19'), '2025-10-31', 'Oct. 19')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(text('Oct. 9'), '2025-10-31', 'Oct. 9')?.verdict).toBe('consistent');
  });
  it('a date of the act itself (no announcing verb before it) is not pinned on the measures', () => {
    not(
      'The commerce ministry on Oct. 19 said it would suspend, for a year, the measures covering five more rare earths and lithium batteries.',
      '2025-10-31',
      'Oct. 19',
    );
  });
});

describe('a cue completed by its paragraph governs the date after it', () => {
  const text = (d: string) =>
    `Beijing has suspended its October export controls on rare earths and lithium batteries. The suspension applies at once and runs until ${d}, the notice said.`;
  it('a wrong end of the suspension is wrong', () => {
    expect(claimAt(text('Nov. 10, 2027'), '2025-11-09', 'Nov. 10, 2027')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
      verdict: 'differs',
    });
  });
  it('the right end is consistent', () => {
    expect(claimAt(text('Nov. 10, 2026'), '2025-11-09', 'Nov. 10, 2026')?.verdict).toBe('consistent');
  });
  it('a suspension of something else is not pinned on the rare-earth suspension', () => {
    not(
      'Washington has suspended its port fees on Chinese ships. The suspension applies at once and runs until Nov. 10, 2027, the notice said.',
      '2025-11-09',
      'Nov. 10, 2027',
    );
  });
  it('the paragraph must hold the missing group: another paragraph does not', () => {
    not(
      'Beijing has suspended its October export controls on rare earths and lithium batteries.\n\nThe suspension applies at once and runs until Nov. 10, 2027, the notice said.',
      '2025-11-09',
      'Nov. 10, 2027',
    );
  });
  it('a date the cue words do not govern is not claimed by it', () => {
    not(
      'Beijing has suspended its October export controls on rare earths and lithium batteries. Officials said on Nov. 10, 2027 the suspension would be reviewed.',
      '2025-11-09',
      'Nov. 10, 2027',
    );
  });
  it('shifting the correct end by more than its tolerance flips the verdict', () => {
    const end = dayNumber(2026, 11, 10);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.boolean(), (shift, later) => {
        const said = wire(end + (later ? shift : -shift));
        expect(claimAt(text(said), '2025-11-09', said)?.verdict).toBe('differs');
      }),
      { numRuns: 40 },
    );
  });
});

describe('a "when" clause right after a date tells the event when the date’s clause names none', () => {
  const text = (d: string) =>
    `The shortage dates to ${d}, when China's commerce ministry began requiring export licences for seven medium and heavy rare earths.`;
  it('a wrong day for the licensing rule is wrong', () => {
    expect(claimAt(text('April 14'), '2025-10-31', 'April 14')).toMatchObject({
      fact: 'instrument.mofcom-announcement-18-2025',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(text('April 4'), '2025-10-31', 'April 4')?.verdict).toBe('consistent');
  });
  it('without "when" the clause after is another statement', () => {
    not(
      "The shortage dates to April 14, and China's commerce ministry began requiring export licences for seven medium and heavy rare earths.",
      '2025-10-31',
      'April 14',
    );
  });
  it('a date whose own clause names a fact stays that fact’s', () => {
    const said = claimAt(
      'IndiGo agreed to restore direct flights to China in April, when the commerce ministry in Beijing began requiring export licences for seven medium and heavy rare earths.',
      '2025-10-31',
      'April',
    );
    expect(said?.fact).not.toBe('instrument.mofcom-announcement-18-2025');
  });
});

describe('the act that later supersedes a measure does not rival the measure’s own start', () => {
  const text = (d: string) =>
    `Beijing said on Thursday that holmium, erbium and three more heavy rare earths will be subject to export control from ${d}.`;
  it('a wrong start of the controls is wrong', () => {
    expect(claimAt(text('Nov. 28'), '2025-10-10', 'Nov. 28')).toMatchObject({
      fact: 'event.mofcom-october-2025-controls-effective',
      verdict: 'differs',
    });
  });
  it('the right start is consistent', () => {
    expect(claimAt(text('Nov. 8'), '2025-10-10', 'Nov. 8')?.verdict).toBe('consistent');
  });
});
