/**
 * Altered single dates that got no claim (issue #7, ADR 0094): rules that let a clearly named event
 * keep a wrong date, each with sentences written for the rule (not the corpus text), each checked to
 * fail without its rule; and correct or loosely tied sentences that must stay not-`differs`.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdict = (text: string, published: string | null, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

describe('a phase word with a date of its own is not the value’s phase', () => {
  it('“banned … in D, partly eased the ban in D2”: D is the ban’s, and wrong', () => {
    expect(
      verdict(
        'China, which banned urea exports in June 2022, partly eased the ban in June 2025 but kept restrictions on shipments to India.',
        '2025-08-20',
        'June 2022',
      ),
    ).toBe('differs');
  });
  it('“the ban, in place since D, was relaxed in D2”: the same', () => {
    expect(
      verdict(
        "China's ban on urea exports, in place since June 2023, was relaxed in June 2025 for other buyers but not for India.",
        '2025-08-20',
        'June 2023',
      ),
    ).toBe('differs');
  });
  it('“loosened its D ban … this June”: the premodifying date is the ban’s', () => {
    expect(
      verdict(
        'When China loosened its June 2022 ban on urea exports this June, it kept restrictions on shipments to India.',
        '2025-07-15',
        'June 2022',
      ),
    ).toBe('differs');
  });
  it('the right dates stay consistent; a phase word with no date of its own still takes the value', () => {
    expect(
      verdict(
        'China, which banned urea exports in June 2024, partly eased the ban in June 2025 but kept restrictions on shipments to India.',
        '2025-08-20',
        'June 2024',
      ),
    ).toBe('consistent');
    expect(verdict('China eased its urea export ban in March 2023.', '2025-08-20', 'March 2023')).not.toBe(
      'differs',
    );
    expect(
      verdict(
        "China's ban on urea exports, lifted in March 2023, was reimposed in June 2024.",
        '2025-08-20',
        'March 2023',
      ),
    ).not.toBe('differs');
  });
});

describe('an instrument in force from its own day owns the start of the act it imposes', () => {
  it('“began requiring licences for … on D” with a wrong day is wrong', () => {
    expect(
      verdict(
        'China began requiring licences for exports of seven medium and heavy rare earths and magnets containing them on April 14.',
        '2025-07-01',
        'April 14',
      ),
    ).toBe('differs');
  });
  it('the date before the clause, the gerund past the phase’s reach: the same', () => {
    expect(
      verdict(
        'On April 24, 2025, its Ministry of Commerce began requiring export licenses for seven medium and heavy elements, including dysprosium and terbium, and for magnets containing them.',
        '2025-10-01',
        'April 24, 2025',
      ),
    ).toBe('differs');
  });
  it('the right day stays consistent; an instrument with a later start of its own, or another start, is left alone', () => {
    expect(
      verdict(
        'China began requiring licences for exports of seven medium and heavy rare earths and magnets containing them on April 4.',
        '2025-07-01',
        'April 4',
      ),
    ).toBe('consistent');
    expect(
      verdict(
        'China began requiring licences for exports of lithium batteries and superhard materials on Nov. 18.',
        '2025-10-20',
        'Nov. 18',
      ),
    ).not.toBe('differs');
    expect(
      verdict(
        'Indian automakers began cutting output in May, weeks after the rare-earth export controls.',
        '2025-07-01',
        'in May',
      ),
    ).not.toBe('differs');
  });
});

describe('a counterfactual schedule dates the schedule it records, past publication or not', () => {
  const before =
    'China on Friday suspended the export controls on rare earths and lithium batteries it announced on Oct. 9. ';
  it('“had been due to kick in on D”, D after publication, is the scheduled start’s, and wrong', () => {
    expect(
      verdict(`${before}Most of the rules had been due to kick in on Nov. 18.`, '2025-11-10', 'Nov. 18'),
    ).toBe('differs');
  });
  it('“were to have taken effect on D”: the same', () => {
    expect(
      verdict(
        `${before}Most of those measures were to have taken effect on Nov. 28.`,
        '2025-11-10',
        'Nov. 28',
      ),
    ).toBe('differs');
  });
  it('the right day stays consistent; a simple past schedule of a wrong day is wrong too (ADR 0139)', () => {
    expect(
      verdict(`${before}Most of the rules had been due to kick in on Nov. 8.`, '2025-11-10', 'Nov. 8'),
    ).toBe('consistent');
    expect(verdict(`${before}Most of the rules were due to kick in on Nov. 8.`, '2025-11-10', 'Nov. 8')).toBe(
      'consistent',
    );
    expect(
      verdict(`${before}Most of the rules were due to kick in on Nov. 18.`, '2025-11-10', 'Nov. 18'),
    ).toBe('differs');
  });
});
