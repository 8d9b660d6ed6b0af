/**
 * Each temporal rule by name: what it matches, what it resolves to, and the params it
 * records (publication: Thu 30 Oct 2025).
 */
import { describe, expect, it } from 'vitest';
import { dayNumber, formatInterval, parsePublished } from '../../../src/core/claims/dates';
import { applyOffset, findTemporal, type TemporalExpression } from '../../../src/core/claims/temporal';
import { RULES } from '../../../src/core/claims/temporal-rules';

const PUB = parsePublished('2025-10-30') as number;

const find = (text: string, published: number | null = PUB, yearHint: number | null = null) =>
  findTemporal(text, { start: 0, end: text.length }, published, { yearHint });
const one = (text: string, published: number | null = PUB): TemporalExpression => {
  const found = find(text, published);
  expect(found, text).toHaveLength(1);
  return found[0] as TemporalExpression;
};
const resolved = (e: TemporalExpression) => (e.interval ? formatInterval(e.interval) : null);

describe('rule list', () => {
  it('has unique names and global patterns with named groups', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of RULES) {
      expect(r.pattern.global, r.name).toBe(true);
      expect(r.pattern.source, r.name).toContain('(?<');
    }
  });
});

describe('rules by name', () => {
  it.each([
    ['published 2024-10-30 here', 'iso-date', '2024-10-30', '30 Oct 2024'],
    ['on 21 October 2024.', 'day-month-year', '21 October 2024', '21 Oct 2024'],
    ['the night of 15–16 June 2020', 'day-month-year', '15–16 June 2020', '15–16 Jun 2020'],
    ['on October 21, 2024.', 'month-day-year', 'October 21, 2024', '21 Oct 2024'],
    ['on Sept. 1, 2025 the', 'month-day-year', 'Sept. 1, 2025', '1 Sep 2025'],
    ['from Oct. 25 to Nov. 2, 2025', 'month-day-year', 'Oct. 25 to Nov. 2, 2025', '25 Oct – 2 Nov 2025'],
    ['in the first week of October 2024', 'week-of-month-year', 'first week of October 2024', '1–7 Oct 2024'],
    ['the last week of February 2024', 'week-of-month-year', 'last week of February 2024', '23–29 Feb 2024'],
    ['which began in May 2020.', 'month-year', 'May 2020', 'May 2020'],
    ['between 2020 and 2022', 'year-range', 'between 2020 and 2022', '1 Jan 2020 – 31 Dec 2022'],
    ['from 2020 to 2022', 'year-range', 'from 2020 to 2022', '1 Jan 2020 – 31 Dec 2022'],
    ['Until 2023, China', 'year', 'Until 2023', '2023'],
    ['on 2 November last year', 'day-month-relative-year', '2 November last year', '2 Nov 2024'],
    ['until November 10 next year', 'month-day-relative-year', 'November 10 next year', '10 Nov 2026'],
    ['in October last year', 'month-relative-year', 'October last year', 'Oct 2024'],
    ['talks held on 22–23 November', 'day-month', '22–23 November', '22–23 Nov 2024'],
    ['met on 31 October', 'day-month', '31 October', '31 Oct 2024'],
    ['talks held on November 22-23', 'month-day', 'November 22-23', '22–23 Nov 2024'],
    ['talks on Oct. 25-26 in Delhi', 'month-day', 'Oct. 25-26', '25–26 Oct 2025'],
    ['talks from Oct. 25 to Oct. 26', 'month-day', 'Oct. 25 to Oct. 26', '25–26 Oct 2025'],
    ['on Oct. 25', 'month-day', 'Oct. 25', '25 Oct 2025'],
    ['talks ended Dec. 18', 'month-day', 'Dec. 18', '18 Dec 2024'],
    ['last June', 'last-month-name', 'last June', 'Jun 2025'],
    ['in June', 'month', 'in June', 'Jun 2025'],
    ['In November, the', 'month', 'In November', 'Nov 2024'],
    ['met on Monday', 'weekday', 'on Monday', '27 Oct 2025'],
    ['On Friday, the', 'weekday', 'On Friday', '24 Oct 2025'],
    ['next Thursday', 'weekday', 'next Thursday', '6 Nov 2025'],
    ['yesterday', 'day-word', 'yesterday', '29 Oct 2025'],
    ['last year', 'relative-period', 'last year', '2024'],
    ['two months ago', 'ago', 'two months ago', 'Aug 2025'],
  ])('%s → %s', (text, rule, quote, want) => {
    const e = one(text);
    expect([e.rule, e.text, resolved(e)]).toEqual([rule, quote, want]);
  });

  it('records what was read as params', () => {
    expect(one('on 21 October 2024').params).toEqual({ day: 21, month: 10, year: 2024 });
    expect(one('talks held on 22–23 November').params).toEqual({
      day: 22,
      day2: 23,
      month: 11,
      year: 2024,
      yearFrom: 'latest',
    });
    expect(one('two months ago').params).toEqual({ n: 2, unit: 'month', direction: -1 });
    expect(one('two days later').params).toEqual({ n: 2, unit: 'day', direction: 1 });
    expect(one('for more than four years').params).toEqual({ n: 4, unit: 'year', qualifier: 'more than' });
    expect(one('between 2020 and 2022').params).toEqual({ year: 2020, year2: 2022 });
  });

  // ADR 0147: an untensed day a few weeks ahead of publication (30 Oct 2025) is the coming one.
  it.each([
    ['rules effective 22 November', 'day-month', '22 Nov 2025'],
    ['the curbs apply from Dec. 1', 'month-day', '1 Dec 2025'],
    ['a levy starting January 15', 'month-day', '15 Jan 2026'],
  ])('untensed and weeks ahead: %s → %s', (text, rule, want) => {
    const e = one(text);
    expect([e.rule, resolved(e), e.params.yearFrom]).toEqual([rule, want, 'upcoming']);
  });

  it.each([
    // past verb: last year's, as before
    ['the fair opened on 22 November', '22 Nov 2024'],
    // more than three months ahead: the latest before publication
    ['a levy starting February 15', '15 Feb 2025'],
    // not after publication: this year's
    ['rules effective October 12', '12 Oct 2025'],
  ])('not the coming one: %s → %s', (text, want) => {
    const e = find(text).find((x) => x.rule === 'day-month' || x.rule === 'month-day');
    expect(e && resolved(e)).toBe(want);
    expect(e?.params.yearFrom).not.toBe('upcoming');
  });

  it('keeps a range without a year as one expression, not a bound', () => {
    const e = one('from Oct. 25 to Oct. 26');
    expect(e.bound).toBeNull();
    expect(one('from 2020 to 2022').bound).toBeNull();
  });

  it('rejects impossible ranges and dates', () => {
    expect(find('on 31 June 2024')).toEqual([]);
    expect(find('between 2022 and 2020').map((e) => e.text)).not.toContain('between 2022 and 2020');
    expect(find('on 30 February last year')).toEqual([]);
  });
});

describe('numeric-date', () => {
  it.each([
    ['signed on 30-10-2025.', '30 Oct 2025', false],
    ['signed on 30/10/2025.', '30 Oct 2025', false],
    ['signed on 05/11/2025.', '5 Nov 2025', true],
    ['signed on 5.11.2025.', '5 Nov 2025', true],
    ['signed on 05/05/2025.', '5 May 2025', false],
    ['signed on 10/30/2025.', '30 Oct 2025', false],
  ])('%s → %s (ambiguous: %s)', (text, want, ambiguous) => {
    const e = one(text);
    expect([e.rule, resolved(e), e.ambiguous]).toEqual(['numeric-date', want, ambiguous]);
  });

  it('reads no date where neither order is one, nor inside longer numbers', () => {
    expect(find('code 31/31/2025')).toEqual([]);
    expect(find('build 1.30.10.2025.4')).toEqual([]);
  });

  it('is never ambiguous for written-out dates', () => {
    expect(one('on 5 November 2025').ambiguous).toBe(false);
  });
});

describe('unresolved without a publication date', () => {
  it('says why, names the rule, and keeps the words read as params', () => {
    const e = one('talks on 22–23 November', null);
    expect([e.kind, e.interval, e.rule]).toEqual(['relative', null, 'day-month']);
    expect(e.how).toContain('no publication date');
    expect(e.params).toMatchObject({ day: '22', day2: '23', month: 'November' });
  });

  it('still resolves dates that carry their year', () => {
    expect(resolved(one('on 30/10/2025', null))).toBe('30 Oct 2025');
    expect(resolved(one('between 2020 and 2022', null))).toBe('1 Jan 2020 – 31 Dec 2022');
  });
});

describe('applyOffset', () => {
  const day = (y: number, m: number, d: number) => dayNumber(y, m, d);
  const meeting = { start: day(2024, 10, 21), end: day(2024, 10, 23), precision: 'range' as const };

  it('moves the whole span of a multi-day anchor by an offset in days (any of its days may be counted from)', () => {
    // Session 8: "11 days after Jaishankar landed" counted from the last day of his three-day
    // visit called a correct date wrong; the writer may count from any day of the span.
    const after = applyOffset(meeting, { amount: 2, unit: 'day', direction: 1, granularity: 'day' });
    const before = applyOffset(meeting, { amount: 2, unit: 'day', direction: -1, granularity: 'day' });
    expect(formatInterval(after)).toBe('23–25 Oct 2024');
    expect(formatInterval(before)).toBe('19–21 Oct 2024');
  });

  it('shifts a whole month or year when the anchor is coarser than the offset', () => {
    const may = { start: day(2020, 5, 1), end: day(2020, 5, 31), precision: 'month' as const };
    const later = applyOffset(may, { amount: 2, unit: 'day', direction: 1, granularity: 'day' });
    expect(formatInterval(later)).toBe('3 May – 2 Jun 2020');
    const next = applyOffset(may, { amount: 1, unit: 'month', direction: 1, granularity: 'month' });
    expect(formatInterval(next)).toBe('Jun 2020');
  });

  it('reads "the following year" from a year-range anchor from its end', () => {
    const range = { start: day(2020, 1, 1), end: day(2022, 12, 31), precision: 'range' as const };
    const got = applyOffset(range, { amount: 1, unit: 'year', direction: 1, granularity: 'year' });
    expect(formatInterval(got)).toBe('2023');
  });
});
