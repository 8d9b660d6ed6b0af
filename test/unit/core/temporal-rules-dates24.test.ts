/**
 * The temporal readings of ADR 0076: expressions the rules did not read at all ("Last December",
 * "next November", "a fortnight ago", "between roughly April and June", "five days from now",
 * "over the past two months", "its year-old ban", "that spring", "his August visit") and the month
 * "that month" takes after an offset ("October 21 … two days later … the end of that month").
 * Sentences written for these tests, not taken from the eval corpus.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, ymd } from '../../../src/core/claims/dates';
import { findTemporal, namedMonth, type TemporalExpression } from '../../../src/core/claims/temporal';

const find = (text: string, published: number | null) =>
  findTemporal(text, { start: 0, end: text.length }, published);
const one = (text: string, published: number | null, rule: string): TemporalExpression => {
  const got = find(text, published).filter((e) => e.rule === rule);
  expect(got, text).toHaveLength(1);
  return got[0] as TemporalExpression;
};
const day = (y: number, m: number, d: number) => dayNumber(y, m, d);
const span = (e: TemporalExpression) =>
  e.interval
    ? [ymd(e.interval.start), ymd(e.interval.end)].map((d) => `${d.year}-${d.month}-${d.day}`)
    : null;
const published = fc.integer({ min: dayNumber(2000, 1, 1), max: dayNumber(2080, 12, 31) });

describe('last-month-name and this-month-name at a sentence’s start', () => {
  it('reads "Last December," as the latest December before publication', () => {
    const e = one('Last December, the envoys met in the capital.', day(2025, 7, 14), 'last-month-name');
    expect(e.text).toBe('Last December');
    expect(span(e)).toEqual(['2024-12-1', '2024-12-31']);
  });
  it('reads "This June" as publication year’s June', () => {
    expect(span(one('This June the ban was eased.', day(2025, 9, 1), 'this-month-name'))).toEqual([
      '2025-6-1',
      '2025-6-30',
    ]);
  });
});

describe('next-month-name', () => {
  it('reads a month not ahead in publication’s year as the next year’s, unambiguously', () => {
    const e = one('The pause runs out next November.', day(2025, 11, 12), 'next-month-name');
    expect(span(e)).toEqual(['2026-11-1', '2026-11-30']);
    expect(e.ambiguous).toBe(false);
  });
  it('reads a month still ahead as this year’s, and ambiguous (it may mean the one after)', () => {
    const e = one('The review is due next November.', day(2025, 3, 2), 'next-month-name');
    expect(span(e)).toEqual(['2025-11-1', '2025-11-30']);
    expect(e.ambiguous).toBe(true);
  });
  it('is never on or before publication (property)', () => {
    fc.assert(
      fc.property(published, fc.integer({ min: 0, max: 11 }), (pub, m) => {
        const name = new Date(Date.UTC(2001, m, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
        const e = one(`The deadline falls next ${name}.`, pub, 'next-month-name');
        expect(e.interval?.start).toBeGreaterThan(pub);
      }),
    );
  });
  it('stays unresolved without a publication date; "next November 8" is a day, not this rule’s', () => {
    expect(find('It lapses next November.', null)[0]?.interval).toBeNull();
    expect(
      find('It lapses next November 8.', day(2025, 3, 2)).some((e) => e.rule === 'next-month-name'),
    ).toBe(false);
  });
});

describe('ago with a fortnight', () => {
  it('reads "a fortnight ago" as two weeks before publication', () => {
    const e = one('The second route opened a fortnight ago.', day(2025, 7, 24), 'ago');
    expect(span(e)).toEqual(['2025-7-7', '2025-7-13']);
  });
});

describe('month-range with a hedge', () => {
  it('reads "Between roughly April and June" half a month wider at each end', () => {
    const e = one('Between roughly April and June, clearances stopped.', day(2025, 9, 2), 'month-range');
    expect(e.text).toBe('Between roughly April and June');
    expect(span(e)).toEqual(['2025-3-17', '2025-7-15']);
  });
  it('keeps an unhedged span to its months', () => {
    const e = one('Between April and June, clearances stopped.', day(2025, 9, 2), 'month-range');
    expect(span(e)).toEqual(['2025-4-1', '2025-6-30']);
  });
});

describe('from-now', () => {
  it('reads "five days from now" as the fifth day after publication, not a duration', () => {
    const found = find('The first batch enters Tibet five days from now.', day(2025, 6, 15));
    expect(found.map((e) => e.rule)).toEqual(['from-now']);
    expect(span(found[0] as TemporalExpression)).toEqual(['2025-6-20', '2025-6-20']);
  });
  it('reads "about a year from now" a little wider than the year', () => {
    const e = one('The pause lapses about a year from now.', day(2025, 11, 10), 'from-now');
    expect(span(e)).toEqual(['2025-11-10', '2027-2-21']);
  });
  it('reads no date for "more than a year away" or "less than ten months away", none without a publication date', () => {
    expect(find('The deadline is more than a year away.', day(2025, 1, 1))).toEqual([]);
    expect(find('The deadline is less than ten months away.', day(2025, 1, 1))).toEqual([]);
    expect(find('The deadline is a year from now.', null)[0]?.interval).toBeNull();
  });
  it('is never before publication (property)', () => {
    fc.assert(
      fc.property(
        published,
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('day', 'week', 'month', 'year'),
        fc.constantFrom('', 'about ', 'nearly ', 'roughly '),
        (pub, n, unit, qual) => {
          const e = one(`The rule takes effect ${qual}${n} ${unit}s from now.`, pub, 'from-now');
          expect(e.interval?.end).toBeGreaterThan(pub);
          expect(e.interval?.start).toBeGreaterThanOrEqual(pub - 60);
        },
      ),
    );
  });
});

describe('past-span', () => {
  it('reads "Over the past two months" as the span up to publication', () => {
    const e = one('Over the past two months, clearances were held up.', day(2025, 9, 5), 'past-span');
    expect(span(e)).toEqual(['2025-7-5', '2025-9-5']);
    expect(e.kind).toBe('relative');
  });
  it('leaves "for the past five years" a duration', () => {
    expect(find('The talks stalled for the past five years.', day(2025, 1, 1)).map((e) => e.rule)).toEqual([
      'duration',
    ]);
  });
});

describe('unit-old', () => {
  it('reads "its year-old ban" as a span of about a year', () => {
    const e = one('It relaxed its year-old ban on exports.', day(2025, 6, 5), 'unit-old');
    expect(e.duration).toEqual({ years: 1, comparator: 'about' });
  });
  it('reads nothing in "a 20-year-old soldier"', () => {
    expect(find('A 20-year-old soldier was hurt.', day(2025, 6, 5)).some((e) => e.rule === 'unit-old')).toBe(
      false,
    );
  });
});

describe('that-season', () => {
  it('takes the year written before it', () => {
    const e = one('The standoff began in 2020 and worsened that spring.', day(2025, 6, 5), 'that-season');
    expect(span(e)).toEqual(['2020-3-1', '2020-5-31']);
  });
  it('reads nothing without a year before it, nor a verb after "that"', () => {
    expect(find('The standoff worsened that spring.', day(2025, 6, 5))).toEqual([]);
    expect(
      find(
        'In 2020 the measures that fall under it and issues that spring from it grew.',
        day(2025, 6, 5),
      ).map((e) => e.rule),
    ).toEqual(['year']);
  });
});

describe('month-attributive after a possessive pronoun', () => {
  it('reads "his August visit"', () => {
    const e = one('Concerns were raised during his August visit.', day(2025, 10, 1), 'month-attributive');
    expect(span(e)).toEqual(['2025-8-1', '2025-8-31']);
  });
});

describe('namedMonth through an offset', () => {
  const text = 'The deal came on October 21 last year, and the leaders met two days later.';
  it('keeps the month an offset from a day reaches', () => {
    expect(namedMonth(find(text, day(2025, 6, 1)))).toMatchObject({ year: 2024, month: 10 });
    const later = 'Withdrawal ended by the end of that month.';
    const carried = namedMonth(find(text, day(2025, 6, 1)));
    const [end] = findTemporal(later, { start: 0, end: later.length }, day(2025, 6, 1), {
      lastMonth: carried,
    });
    expect(end?.rule).toBe('month-end');
    expect(end?.params.month).toBe(10);
  });
  it('takes the month the offset reaches', () => {
    const across = 'The deal came on October 30 last year, and the leaders met two days later.';
    expect(namedMonth(find(across, day(2025, 6, 1)))).toMatchObject({ year: 2024, month: 11 });
  });
  it('keeps a month given only as a month across a few days ("last October … two days later")', () => {
    const t = 'The deal came last October, and the leaders met two days later.';
    expect(namedMonth(find(t, day(2025, 6, 1)))).toMatchObject({ year: 2024, month: 10 });
    const far = 'The deal came last October, and the leaders met ten days later.';
    expect(namedMonth(find(far, day(2025, 6, 1)))).toBeNull();
  });
  it('ends the loan when the day reached is not within one month, or counts from no day', () => {
    const across = 'The deal came on October 27 last year, and the leaders met a week later.';
    expect(namedMonth(find(across, day(2025, 6, 1)))).toBeNull();
    expect(namedMonth(find('The leaders met two days later.', day(2025, 6, 1)))).toBeNull();
  });
});
