/**
 * ADR 0143 (real32): real errors and durations the engine missed. Sentences written for these
 * tests, not copied from the eval fixtures.
 */
import { describe, expect, it } from 'vitest';
import { boundOf } from '../../../src/core/claims/temporal-cues';
import { claimAt } from './claims-of';

describe('a negated act ending at an "until" date happened on it', () => {
  const text = (month: string) =>
    `Beijing would not concede any casualties until ${month}, when state media named four dead soldiers.`;
  it('the negated act is no bound', () => {
    expect(boundOf('Beijing did not admit to its losses until ', 'March 2021')).toBeNull();
    expect(boundOf("China didn't acknowledge the dead until ", 'March 2021')).toBeNull();
    expect(boundOf('The PLA took until ', 'February 2021')).toBeNull();
    expect(boundOf('The curbs stayed in force until ', 'March 2021')).toBe('until');
    // A clause boundary between the negation and "until" leaves the bound alone.
    expect(boundOf('Beijing did not comment, and the curbs stayed until ', 'March 2021')).toBe('until');
  });
  it('a wrong month for the admission is wrong, the right one agrees', () => {
    const said = (month: string) =>
      `After the Galwan Valley clash, the Chinese government did not admit to losses until ${month}, saying later that four soldiers died.`;
    expect(claimAt(said('April 2021'), '2024-07-01', 'April 2021')).toMatchObject({
      fact: 'event.china-acknowledges-galwan-deaths',
      verdict: 'differs',
    });
    expect(claimAt(said('February 2021'), '2024-07-01', 'February 2021')?.verdict).toBe('consistent');
  });
  it('a state that lasted until a date is still no claim on the event that began it', () => {
    expect(
      claimAt('The standoff was not resolved until October 2024.', '2025-03-01', 'October 2024'),
    ).toBeNull();
    expect(claimAt(text('March 2021'), '2024-07-01', 'March 2021')?.verdict).not.toBe('differs');
  });
});

describe('"eyeball-to-eyeball" years are the standoff’s length', () => {
  const text = (n: string) =>
    `The pullback closes ${n} years of eyeball-to-eyeball positions in the Himalayas.`;
  it('a wrong length is wrong, the right one agrees', () => {
    expect(claimAt(text('more than two'), '2024-11-10', 'more than two years')).toMatchObject({
      fact: 'quantity.ladakh-standoff-duration',
      verdict: 'differs',
    });
    expect(claimAt(text('more than four'), '2024-11-10', 'more than four years')?.verdict).toBe('consistent');
  });
});
