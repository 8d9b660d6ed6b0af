/**
 * Rules from the stress set fd21's false `differs` (issue #7, ADR 0087), each with sentences
 * written for the rule (not the stress text), each checked to fail without its rule; and sentences
 * whose real error a rule must leave wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const notWrong = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('an opening verb that takes the value through its object dates the opening', () => {
  it('“reopened the … window from 15 May” is not the closure’s date', () => {
    const text =
      'Beijing reopened the fertiliser export window from 15 May and then closed it to all buyers on 15 October.';
    notWrong(text, '2025-11-01', '15 May');
    expect(claimAt(text, '2025-11-01', '15 October')?.verdict).toBe('consistent');
  });
  it('“opened its urea export window in May” the same', () => {
    notWrong(
      'China opened its urea export window in May, only to close it to every market on October 15.',
      '2025-11-01',
      'in May',
    );
  });
  it('“had opened a brief export window on May 15” the same', () => {
    notWrong(
      'After the 2024 fertiliser ban, Beijing had opened a brief export window on May 15; it shut that window on 15 October.',
      '2025-11-01',
      'May 15',
    );
  });
  it('an opening elsewhere in the clause leaves a wrong closure date wrong', () => {
    expect(
      claimAt(
        'China suspended fertiliser exports to all markets on 20 October, having opened the export window in May.',
        '2025-11-01',
        '20 October',
      )?.verdict,
    ).toBe('differs');
  });
});

describe('"effective D" right after a noun, with no comma, is the start of that noun’s thing', () => {
  it('a waiver named after the licences’ confirmation takes the date, not the rare-earth controls', () => {
    notWrong(
      "At Thursday's briefing Jaiswal confirmed the licences and announced a fresh US sanctions waiver for the port effective 1 November.",
      '2025-11-03',
      '1 November',
    );
    notWrong(
      'The MEA, which confirmed the licences on 30 October, also welcomed a US waiver for Chabahar effective from 29 October.',
      '2025-11-03',
      '29 October',
    );
  });
  it('the controls named in the phrase before "effective" keep their wrong start', () => {
    expect(
      claimAt(
        'Jaiswal confirmed the licences on 30 October, citing the controls on seven rare earths effective 10 April.',
        '2025-11-03',
        '10 April',
      )?.verdict,
    ).toBe('differs');
  });
});

describe('a value in the object of a reversal dates the state reversed', () => {
  it('“a reversal of its line in June” is not the easing’s month', () => {
    const text =
      'This month Beijing released extra urea for shipment, with most cargoes cleared for India, a reversal of its line in June.';
    notWrong(text, '2025-08-28', 'in June');
    expect(claimAt(text, '2025-08-28', 'This month')?.verdict).toBe('consistent');
  });
  it('“reversing the policy it set in June” the same', () => {
    notWrong(
      'Beijing cleared more urea this month, allowing it to flow to Indian buyers and reversing the policy it set in June.',
      '2025-08-28',
      'in June',
    );
  });
  it('a wrong date of the event itself, outside the reversal’s object, is still wrong', () => {
    expect(
      claimAt(
        'China cleared urea for India in March, reversing its 2024 urea export ban.',
        '2025-08-28',
        'in March',
      )?.verdict,
    ).toBe('differs');
  });
});
