/**
 * Session 26's fd29 rules (ADR 0100): a date that bounds a "between" frame, a date in an aside on
 * a person, and a date of the main predicate after such an aside. Sentences written for the rules
 * (not from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/claims/numbers';
import { claimAt, claims } from './claims-of';

const differs = (text: string, published: string) =>
  claims(text, published).filter((c) => c.verdict === 'differs');

describe('a bound of a "between" frame is its own act’s date (between-frame.ts)', () => {
  it('a report’s or a briefing’s day is not the day of what the main clause tells', () => {
    for (const text of [
      "Between the Army's word on 30 October 2024 that the pullback was over and Jaiswal's briefing on 30 October 2025, India restored direct flights.",
      "Between the MEA's briefing on 30 October and Beijing's notice of 7 November, IndiGo's direct flights to Guangzhou kept filling up.",
    ])
      expect(differs(text, '2025-11-25'), text).toEqual([]);
  });
  it('a fact the bound itself names keeps its date, and a wrong one still differs', () => {
    const text =
      'Between the Galwan clash on 25 June 2020 and the Kazan meeting in October 2024, the two armies stayed locked in a standoff.';
    expect(claimAt(text, '2025-11-25', '25 June 2020')?.verdict).toBe('differs');
    expect(claimAt(text, '2025-11-25', 'October 2024')?.verdict).toBe('consistent');
  });
  it('a span of dates is no frame of acts', () => {
    const c = claimAt(
      'Between April and June 2025, China halted specialty-fertiliser shipments to India.',
      '2025-11-25',
      'April',
    );
    expect(c?.fact).toBe('event.china-specialty-fertiliser-halt-india-2025');
  });
});

describe('an aside on a person and the main predicate after it (subject-aside.ts)', () => {
  it('a day in the aside is not the day of the act the main predicate tells', () => {
    const text =
      'Wang Yi, who flew into New Delhi on Monday and saw Jaishankar the same day, is expected to hold border talks with Doval and meet Modi today.';
    expect(differs(text, '2025-08-19')).toEqual([]);
    expect(claimAt(text, '2025-08-19', 'today')?.verdict).toBe('consistent');
  });
  it('a day of the main predicate is not the day of the act the aside tells', () => {
    const text =
      'MEA spokesperson Randhir Jaiswal, who confirmed on Thursday that some Indian companies had received licences, added on Friday that New Delhi was studying the Busan outcome.';
    expect(differs(text, '2025-10-31')).toEqual([]);
    expect(claimAt(text, '2025-10-31', 'Thursday')?.verdict).toBe('consistent');
  });
  it('an event the aside itself names keeps its date: a wrong one still differs', () => {
    const c = claimAt(
      'Doval, who held the 24th round of boundary talks with Wang on 21 August, briefed Modi afterwards.',
      '2025-08-25',
      '21 August',
    );
    expect(c?.verdict).toBe('differs');
  });
  it('a person who "reached" a place: the journey’s day, not the meeting’s there (journey-date.ts)', () => {
    for (const [published, text] of [
      [
        '2024-10-23',
        'Xi, who reached Kazan on Tuesday for the BRICS summit, is scheduled to meet Modi later today, their first formal talks in five years.',
      ],
      [
        '2025-10-30',
        'Trump, who reached Busan on Wednesday, is scheduled to meet Xi today for their first talks since 2019.',
      ],
    ] as const) {
      expect(differs(text, published), text).toEqual([]);
      expect(claimAt(text, published, 'today')?.verdict, text).toBe('consistent');
    }
  });
});

describe('a spelled-out number is read whole (numbers.ts, words.ts)', () => {
  it('"thirty-two", "fourteen": their values, never the "two" of "thirty-two"', () => {
    const text = 'Thirty-two soldiers, twenty-one officers and fourteen of their troops';
    expect(findNumbers(text, { start: 0, end: text.length }).map((n) => n.value)).toEqual([32, 21, 14]);
  });
  it('a wrong count spelled out with tens and a unit differs', () => {
    const c = claimAt(
      'The clash in the Galwan Valley in June 2020, in which twenty-six Indian soldiers were killed, was the deadliest in decades.',
      '2025-11-01',
      'twenty-six',
    );
    expect(c?.fact).toBe('quantity.galwan-indian-soldiers-killed');
    expect(c?.verdict).toBe('differs');
  });
});
