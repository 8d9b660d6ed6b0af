/**
 * Property-based tests of the temporal extractor (fast-check): the tense bounds where a
 * year-less date may fall, every written form of a day reads back as that day, and a
 * sentence's expressions do not depend on the sentences around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, ymd } from '../../../src/core/claims/dates';
import { findTemporal, type TemporalExpression } from '../../../src/core/claims/temporal';
import { UPCOMING_DAYS } from '../../../src/core/claims/temporal-common';

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
const ABBR = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const find = (text: string, published: number | null, yearHint: number | null = null) =>
  findTemporal(text, { start: 0, end: text.length }, published, { yearHint });

const published = fc.integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2090, 12, 31) });
const monthIndex = fc.integer({ min: 0, max: 11 });
// Days up to 28 exist in every month; the year-less readers skip years where a day does not.
const dayOfMonth = fc.integer({ min: 1, max: 28 });

/** A year-less date, in one of the written forms the rules read. */
const yearless = fc.tuple(monthIndex, dayOfMonth, fc.integer({ min: 0, max: 4 })).map(([m, d, form]) => {
  const name = MONTHS[m] as string;
  // A range ends a day later: from 27 at most, so that it too exists in every month (28–29 February does not).
  return [
    `on ${d} ${name}`,
    `on ${name} ${d}`,
    `in ${name}`,
    'on Monday',
    `on ${Math.min(d, 27)}–${Math.min(d, 27) + 1} ${name}`,
  ][form] as string;
});

const FUTURE = ['The talks will resume', 'The rules take effect', 'Exports are expected to resume'];
const PAST = ['The talks resumed', 'Exports stopped', 'The leaders met', 'Officials said it ended'];

const lone = (text: string, pub: number | null, hint: number | null = null): TemporalExpression => {
  const found = find(text, pub, hint);
  expect(found, text).toHaveLength(1);
  return found[0] as TemporalExpression;
};

describe('temporal properties', () => {
  it('a date in the future tense never resolves before publication (nor with a year hint)', () => {
    fc.assert(
      fc.property(
        published,
        fc.constantFrom(...FUTURE),
        yearless,
        fc.option(fc.integer({ min: 1990, max: 2090 })),
        (pub, lead, date, hint) => {
          const e = lone(`${lead} ${date}.`, pub, hint);
          expect(e.tense).toBe('future');
          expect(e.interval?.end).toBeGreaterThanOrEqual(pub);
        },
      ),
    );
  });

  // (A tenseless day a few weeks ahead is the coming one: ADR 0147.)
  it('a past or tenseless year-less date never resolves after publication (nor with a year hint)', () => {
    fc.assert(
      fc.property(
        published,
        fc.constantFrom(...PAST, ''),
        yearless,
        fc.option(fc.integer({ min: 1990, max: 2090 })),
        (pub, lead, date, hint) => {
          const e = lone(`${lead} ${date}.`.trim(), pub, hint);
          expect(e.tense === 'past' || e.tense === null).toBe(true);
          if (e.tense === null && e.params.yearFrom === 'upcoming')
            expect((e.interval?.start ?? pub) - pub).toBeLessThanOrEqual(UPCOMING_DAYS);
          else expect(e.interval?.start).toBeLessThanOrEqual(pub);
        },
      ),
    );
  });

  it('future in the past resolves within a year of publication', () => {
    fc.assert(
      fc.property(published, yearless, (pub, date) => {
        const e = lone(`The rules were to take effect ${date}.`, pub);
        expect(e.tense).toBe('future-in-past');
        // No such day in the years around publication (a 28–29 February range three years from
        // a leap year) leaves the date unread rather than read far away.
        if (e.interval) expect(Math.abs(e.interval.start - pub)).toBeLessThanOrEqual(366 + 31);
      }),
    );
  });

  it('every written form of a valid day resolves to exactly that day', () => {
    const anyDay = fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2100, 12, 31) });
    fc.assert(
      fc.property(anyDay, fc.option(published), (day, pub) => {
        const { year, month, day: d } = ymd(day);
        const forms = [
          `${d} ${MONTHS[month - 1]} ${year}`,
          `${MONTHS[month - 1]} ${d}, ${year}`,
          `${ABBR[month - 1]} ${d}, ${year}`,
          ...(d > 12 ? [`${String(d).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`] : []),
        ];
        for (const form of forms) {
          const e = lone(`It happened on ${form}.`, pub);
          expect(e.interval, form).toEqual({ start: day, end: day, precision: 'day' });
          expect(e.ambiguous, form).toBe(false);
        }
      }),
    );
  });

  it('adding an unrelated sentence never changes the expressions found in another', () => {
    const sentence = fc.constantFrom(
      'The talks will resume on 1 December.',
      'The ministry said on Friday that the curbs, imposed in June, were lifted.',
      'From Oct. 25 to Oct. 26, officials met in Delhi; the rules were to take effect from December 1.',
      'Until 2023, China supplied fertilisers, but halted exports last year.',
      'Two days later, the troops withdrew after a four-year standoff.',
      'It was signed on 05/11/2025 and expires by the end of October next year.',
    );
    const other = fc.constantFrom(
      'It will rain.',
      'Officials said nothing.',
      'On Monday, prices rose 4%.',
      'In March 2019 the plan was to expand.',
      'The meeting was scheduled',
      '',
    );
    fc.assert(
      fc.property(sentence, other, other, published, (s, a, b, pub) => {
        const alone = find(s, pub);
        const text = `${a} ${s} ${b}`;
        const start = a.length + 1;
        const within = findTemporal(text, { start, end: start + s.length }, pub).map((e) => ({
          ...e,
          start: e.start - start,
          end: e.end - start,
        }));
        expect(within).toEqual(alone);
      }),
    );
  });
});
