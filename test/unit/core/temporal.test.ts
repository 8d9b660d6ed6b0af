import { describe, expect, it } from 'vitest';
import { dayNumber, formatInterval, parsePublished } from '../../../src/core/claims/dates';
import { applyOffset, findTemporal } from '../../../src/core/claims/temporal';

const PUB = parsePublished('2025-10-30T18:30:00+05:30'); // a Thursday

function read(text: string, published: number | null = PUB) {
  return findTemporal(text, { start: 0, end: text.length }, published).map((e) => ({
    text: e.text,
    kind: e.kind,
    resolved: e.interval ? formatInterval(e.interval) : null,
    reporting: e.reporting,
    bound: e.bound,
    years: e.duration?.years,
    comparator: e.duration?.comparator,
  }));
}

describe('findTemporal: absolute dates', () => {
  it.each([
    ['on October 21, 2024.', '21 Oct 2024'],
    ['on 21 October 2024.', '21 Oct 2024'],
    ['on 21st Oct. 2024.', '21 Oct 2024'],
    ['the night of 15–16 June 2020', '15–16 Jun 2020'],
    ['which began in May 2020.', 'May 2020'],
    ['published 2024-10-30 here', '30 Oct 2024'],
    ['Until 2023, China', '2023'],
  ])('%s → %s', (text, want) => {
    expect(read(text)[0]?.resolved).toBe(want);
  });

  it('rejects impossible dates and implausible years', () => {
    expect(read('on 31 June 2024 and 30 February 2025')).toEqual([]);
    expect(read('in 3024 and May 1800')).toEqual([]);
  });

  it('does not read "may" the verb as a month', () => {
    expect(read('Prices may 2 rise in may')).toEqual([]);
  });
});

describe('findTemporal: relative to publication (Thu 30 Oct 2025)', () => {
  it.each([
    ['confirmed on Thursday', '30 Oct 2025'],
    ['met on Monday', '27 Oct 2025'],
    ['last Thursday', '23 Oct 2025'],
    ['in October last year', 'Oct 2024'],
    ['last year', '2024'],
    ['in June', 'Jun 2025'],
    ['in November', 'Nov 2024'],
    ['on October 21', '21 Oct 2025'],
    ['met on 31 October', '31 Oct 2024'],
    ['effective 31 October', '31 Oct 2025'],
    ['two months ago', 'Aug 2025'],
    ['yesterday', '29 Oct 2025'],
  ])('%s → %s', (text, want) => {
    expect(read(text)[0]?.resolved).toBe(want);
  });

  it('marks dates governed by a reporting verb', () => {
    expect(read('the ministry said on Thursday that')[0]?.reporting).toBe(true);
    expect(read('the clash on Thursday')[0]?.reporting).toBe(false);
  });

  it('marks bounds', () => {
    expect(read('Until 2023, China')[0]?.bound).toBe('until');
    expect(read('since May 2020')[0]?.bound).toBe('since');
  });

  it('leaves relative dates unresolved without a publication date, saying why', () => {
    const [e] = findTemporal('on Thursday', { start: 0, end: 11 }, null);
    expect(e?.interval).toBeNull();
    expect(e?.how).toContain('no publication date');
    expect(read('in May 2020', null)[0]?.resolved).toBe('May 2020');
  });
});

describe('findTemporal: anchored and durations', () => {
  it('reads anchored offsets and applies them to an anchor', () => {
    const [e] = findTemporal('the following month', { start: 0, end: 19 }, PUB);
    expect(e?.kind).toBe('anchored');
    const may2020 = { start: dayNumber(2020, 5, 5), end: dayNumber(2020, 5, 5), precision: 'day' as const };
    expect(
      formatInterval(
        applyOffset(may2020, e?.offset ?? { amount: 0, unit: 'day', direction: 1, granularity: 'day' }),
      ),
    ).toBe('Jun 2020');
    const [two] = findTemporal('two days later', { start: 0, end: 14 }, PUB);
    const oct21 = { start: dayNumber(2024, 10, 21), end: dayNumber(2024, 10, 21), precision: 'day' as const };
    expect(
      formatInterval(
        applyOffset(oct21, two?.offset ?? { amount: 0, unit: 'day', direction: 1, granularity: 'day' }),
      ),
    ).toBe('23 Oct 2024');
  });

  it.each([
    ['for more than four years', 4, 'more-than'],
    ['the more than four-year military standoff', 4, 'more-than'],
    ['in six decades', 60, 'exact'],
    ['nearly 5 years', 5, 'about'],
  ])('%s is a duration', (text, years, comparator) => {
    const d = read(text).find((e) => e.kind === 'duration');
    expect(d?.years).toBeCloseTo(years as number);
    expect(d?.comparator).toBe(comparator);
  });

  it('does not take "two days later" or "two years ago" as durations', () => {
    expect(read('two days later').map((e) => e.kind)).toEqual(['anchored']);
    expect(read('two years ago').map((e) => e.kind)).toEqual(['relative']);
  });
});
