/**
 * The sentence around a date: its tense (and so the year of a year-less date), whether a
 * reporting clause governs it, whether it bounds a state, and the paragraph's year hint.
 */
import { describe, expect, it } from 'vitest';
import { formatInterval, parsePublished } from '../../../src/core/claims/dates';
import { findTemporal, type TemporalExpression } from '../../../src/core/claims/temporal';

const PUB = parsePublished('2025-10-30') as number; // a Thursday

const first = (text: string, published: number | null = PUB, yearHint: number | null = null) =>
  findTemporal(text, { start: 0, end: text.length }, published, { yearHint })[0] as TemporalExpression;
const resolved = (e: TemporalExpression) => (e.interval ? formatInterval(e.interval) : null);

describe('tense', () => {
  it.each([
    ['The rules will take effect on 1 December.', 'future'],
    ['Talks shall resume in June.', 'future'],
    ['The summit is set to open on 3 November.', 'future'],
    ['The talks are due to resume in June.', 'future'],
    ['The visit is scheduled for 5 November.', 'future'],
    ['Exports are expected to resume in June.', 'future'],
    ['A visit slated for 5 June.', 'future'],
    ['The curbs apply from December 1 onwards.', 'future'],
    ['The rules take effect on 1 December.', 'future'],
    ['The law comes into force on 1 December.', 'future'],
    ['The licence expires on 1 December.', 'future'],
    ['The rules were to take effect from December 1.', 'future-in-past'],
    ['The talks were due to resume in June.', 'future-in-past'],
    ['The visit was scheduled to be held on 5 November.', 'future-in-past'],
    ['He said the rules would apply from 1 December.', 'future-in-past'],
    ['The visit had been scheduled for 5 November.', 'future-in-past'],
    ['The troops clashed on 15 June.', 'past'],
    ['The talks were held in June.', 'past'],
    ['In June, exports stopped.', null],
  ])('%s → %s', (text, tense) => {
    expect(first(text).tense).toBe(tense);
  });

  it('takes the nearest auxiliary in the date’s own clause', () => {
    const text = 'The rules, which were announced in May, will apply in June.';
    const [may, june] = findTemporal(text, { start: 0, end: text.length }, PUB);
    expect([may?.tense, june?.tense]).toEqual(['past', 'future']);
    expect(first('The ban will stay; it was imposed in June.').tense).toBe('past');
  });

  it('reads the verb right after a date that opens its clause', () => {
    expect(first('On 1 December the rules will take effect.').tense).toBe('future');
  });
});

describe('year of a year-less date by tense (published Thu 30 Oct 2025)', () => {
  it.each([
    ['Exports stopped in June.', 'Jun 2025'],
    ['Exports will resume in June.', 'Jun 2026'],
    ['The report is due to be published in October.', 'Oct 2025'],
    ['The rules will take effect on 1 December.', '1 Dec 2025'],
    ['The rules will take effect on 29 October.', '29 Oct 2026'],
    ['The rules took effect on 1 December.', '1 Dec 2024'],
    ['The rules were to take effect from December 1.', '1 Dec 2025'],
    // June 2025 is 122 days back (×4 = 488), June 2026 214 days ahead: the later one.
    ['The talks were due to resume in June.', 'Jun 2026'],
    ['The talks were due to resume in September.', 'Sep 2025'],
    ['The leaders will meet on Monday.', '3 Nov 2025'],
    ['The leaders met on Monday.', '27 Oct 2025'],
    ['The ceasefire holds until November 10 next year.', '10 Nov 2026'],
  ])('%s → %s', (text, want) => {
    expect(resolved(first(text))).toBe(want);
  });

  it('future-in-past: an earlier date counts four times its distance', () => {
    const text = 'The rules were to take effect from December 1.';
    expect(resolved(first(text, parsePublished('2025-12-05')))).toBe('1 Dec 2025');
    expect(resolved(first(text, parsePublished('2025-10-30')))).toBe('1 Dec 2025');
    // Published 1 Mar 2026: last December is 90 days back (×4 = 360), next is 275 ahead.
    expect(resolved(first(text, parsePublished('2026-03-01')))).toBe('1 Dec 2026');
  });
});

describe('reporting', () => {
  it.each([
    'the ministry said on Friday that talks went well',
    'X said in a statement on Friday that',
    'the minister told reporters on Thursday that',
    'The ministry announced on 3 September that it would',
    'according to a statement issued on 3 September 2025, the',
    'The ministry confirmed on Thursday that',
    'The talks went well, the ministry said on Friday.',
    'On Friday, the ministry said talks went well.',
    'The spokesperson told ANI late on Wednesday that',
  ])('%s', (text) => {
    expect(first(text).reporting).toBe(true);
  });

  it.each([
    'the clash on Thursday',
    'The ministry said the clash on 15 June 2020 killed 20 soldiers.',
    'The ministry said that in June 2020 twenty soldiers died.',
    'On 15 June 2020, soldiers clashed, officials said.',
  ])('not: %s', (text) => {
    expect(first(text).reporting).toBe(false);
  });
});

describe('bounds', () => {
  it.each([
    ['Until 2023, China', 'until'],
    ['till March 2024', 'until'],
    ['since May 2020', 'since'],
    ['The curbs apply from December 1.', 'from'],
    ['from December 1 onwards', 'from'],
    ['by the end of October', 'by'],
    ['by the end of October 2025', 'by'],
    ['by October', 'by'],
    ['in June', null],
    ['announced by the ministry on Friday', null],
  ])('%s → %s', (text, bound) => {
    expect(first(text).bound).toBe(bound);
  });
});

describe('year from context (yearHint)', () => {
  it('gives a bare month or a day and month the paragraph’s year', () => {
    const e = first('In April, the talks stalled.', PUB, 2019);
    expect(resolved(e)).toBe('Apr 2019');
    expect(e.params).toMatchObject({ year: 2019, yearFrom: 'context' });
    expect(e.how).toContain('earlier in the paragraph');
    expect(resolved(first('Talks resumed on 2 May.', PUB, 2019))).toBe('2 May 2019');
  });

  it('is ignored where it would put a past date after publication', () => {
    const e = first('In December, the talks stalled.', PUB, 2025);
    expect(resolved(e)).toBe('Dec 2024');
    expect(e.params).toMatchObject({ yearFrom: 'latest' });
  });

  it('is ignored where it would put a future date before publication', () => {
    expect(resolved(first('Talks will resume in April.', PUB, 2019))).toBe('Apr 2026');
  });

  it('does not touch dates that name their year or are counted from publication', () => {
    expect(resolved(first('in May 2020', PUB, 2019))).toBe('May 2020');
    expect(resolved(first('on Monday', PUB, 2019))).toBe('27 Oct 2025');
    expect(resolved(first('in October last year', PUB, 2019))).toBe('Oct 2024');
  });
});
