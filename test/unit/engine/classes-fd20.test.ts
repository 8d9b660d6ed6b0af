/**
 * Rules from the stress set fd20's false `differs` (issue #7, ADR 0072), each with sentences
 * written for the rule (not the stress text), each checked to fail without its rule; and sentences
 * whose real error a rule must leave wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const notWrong = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('an appositive that says which day a date is gives its phase', () => {
  it('“Saturday, the day … were due to take effect,” is not the suspension’s date', () => {
    notWrong(
      "Saturday, the day much of China's October curbs were due to take effect, ended with them suspended.",
      '2025-11-10',
      'Saturday',
    );
  });
});

describe('a cue whole only through another date of the sentence that dates it rightly', () => {
  const text =
    'Since December, India and China have held SR talks twice, brought back the pilgrimage in June and restored flights in October.';
  it('the list’s later dates are not the December talks’', () => {
    notWrong(text, '2025-11-01', 'in June');
    notWrong(text, '2025-11-01', 'in October');
  });
  it('a second, wrong day of the same month is still wrong', () => {
    expect(
      claimAt('The SR talks in December took place on 28 December in Beijing.', '2025-01-10', '28 December')
        ?.verdict,
    ).toBe('differs');
  });
});

describe('“the last <name> in D” dates an earlier instance', () => {
  it('the year is not the current pilgrimage’s', () => {
    notWrong(
      'Pilgrims crossed Lipulekh on Thursday, the first group to go since the last Kailash Mansarovar Yatra in 2019.',
      '2025-07-12',
      'in 2019',
    );
  });
});

describe('an event dated attributively in its own phrase', () => {
  it('“Modi’s 31 August talks with Xi” leave the other conjunct’s month to another event', () => {
    const text =
      "Between Doval's early-July trip and Modi's 31 August talks with Xi, Delhi restored tourist visas.";
    notWrong(text, '2025-09-10', 'early-July');
    expect(claimAt(text, '2025-09-10', '31 August')?.verdict).toBe('consistent');
  });
  it('a date given by a verb of the event’s act is still checked', () => {
    expect(
      claimAt(
        'Wang Yi, who held talks with Doval on Tuesday, had flown into Delhi on August 12.',
        '2025-08-20',
        'August 12',
      )?.verdict,
    ).toBe('differs');
  });
});

describe('a gap counted to a start the anchor phrase cues itself', () => {
  it('not to the start of another measure related to the controls named there', () => {
    notWrong(
      "Some of MOFCOM's extraterritorial rules are due to apply from 1 December, roughly three weeks after most of the new controls on superhard materials kick in.",
      '2025-10-16',
      'three weeks after',
    );
  });
});
