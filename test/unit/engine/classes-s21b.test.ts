/**
 * Rules from the blind stress set fd17's false `differs` (issue #7, ADR 0060), each with sentences
 * written for the rule (not from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/claims/numbers';
import { claimAt, claims } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const notWrong = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('an offset set in apposition after a date restates that date', () => {
  const text =
    'Xi agreed in Busan on Thursday to pause the export controls Beijing had announced on Oct. 9, three weeks earlier, officials said.';
  it('“three weeks earlier” is not counted back from Oct. 9 and called wrong', () => {
    notWrong(text, '2025-10-31', 'three weeks earlier');
  });
  it('the date it restates is still checked', () => {
    expect(claimAt(text, '2025-10-31', 'Oct. 9')?.verdict).toBe('consistent');
  });
});

describe('a date in a concessive clause that opens the sentence is that clause’s', () => {
  const text =
    'Though the two leaders had spoken on the sidelines of a summit in 2023, their meeting in Kazan was the first full bilateral in five years.';
  it('the earlier encounter’s year is not the Kazan meeting’s', () => {
    notWrong(text, '2024-10-26', 'in 2023');
  });
  it('the main clause’s own date is still checked', () => {
    const own =
      'Though the two leaders had spoken briefly at earlier summits, their meeting in Kazan on October 23 was the first full bilateral in five years.';
    expect(claimAt(own, '2024-10-26', 'October 23')?.verdict).toBe('consistent');
  });
});

describe('an event after a relational word in an aside is not the subject of the predicate after it', () => {
  it('“applies from Monday” is not a date of the summit or of anything related to it', () => {
    const text = "Washington's fentanyl duty, lowered to 10% after the Busan summit, applies from Monday.";
    notWrong(text, '2025-11-10', 'Monday');
  });
});

describe('a fertiliser “halt” names the export suspension of October 2025', () => {
  it('the October 15 halt is dated against the suspension, not the 2024 urea ban', () => {
    expect(
      claimAt('The October 15 fertiliser halt left Indian importers short.', '2025-10-20', 'October 15'),
    ).toMatchObject({ fact: 'event.china-fertiliser-export-suspension-oct-2025', verdict: 'consistent' });
  });
});

describe('a unit said once for two figures', () => {
  it('“270,000 of 390,000 tonnes”: the part is a tonnage too', () => {
    const text = 'Rare-earth output from Chinese mines came to 270,000 of 390,000 tonnes in 2024.';
    expect(findNumbers(text, { start: 0, end: text.length }).map((n) => [n.text, n.unit])).toEqual([
      ['270,000', 'tonnes'],
      ['390,000 tonnes', 'tonnes'],
    ]);
    expect(claims(text, '2025-05-01').some((c) => c.verdict === 'differs')).toBe(false);
  });
  it('“… tonnes out of a global total of 390,000”: the whole is a tonnage too', () => {
    const text =
      'USGS data show Chinese mines producing 270,000 tonnes out of a global total of 390,000 in 2024.';
    const found = findNumbers(text, { start: 0, end: text.length }).map((n) => [n.text, n.unit]);
    expect(found).toContainEqual(['390,000', 'tonnes']);
  });
  it('a bare figure with no unit beside it stays unread', () => {
    const text = 'Of the 390,000 applications, 270,000 were approved.';
    expect(findNumbers(text, { start: 0, end: text.length }).some((n) => n.unit === 'tonnes')).toBe(false);
  });
});
