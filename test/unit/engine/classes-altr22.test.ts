/**
 * Round 22's rules for anchored gaps (issue #7, ADR 0045 round 22), with sentences written for
 * the rule (not from the eval corpus or the stress sets), checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a gap set off by a comma after its clause dates that clause', () => {
  const text = (gap: string) =>
    `The leaders of the two countries met in Kazan, Russia, ${gap} the two sides reached an agreement on patrolling arrangements.`;
  it('a right gap from the named agreement to the meeting the clause describes agrees', () => {
    expect(claimAt(text('two days after'), '2024-11-05', 'two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
    expect(claimAt(text('barely two days after'), '2024-11-05', 'two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('a wrong gap there is wrong', () => {
    expect(claimAt(text('two months after'), '2024-11-05', 'two months after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('a clause that names no event is dated by no gap', () => {
    const said =
      'Officials said the talks had gone well, two months after the two sides reached an agreement on patrolling arrangements.';
    expect(claimAt(said, '2024-11-05', 'two months after')?.verdict ?? null).not.toBe('differs');
  });
  it('a gap after a semicolon opens a clause of its own', () => {
    const own =
      'The leaders of the two countries met in Kazan, Russia; two months after the two sides reached an agreement on patrolling arrangements, troops pulled back.';
    expect(claimAt(own, '2024-11-05', 'two months after')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a gap phrase with its noun first: "after a pause of five years"', () => {
  const text = (length: string) =>
    `Indian pilgrims returned to Mount Kailash this summer after a pause of ${length}, and India began accepting tourist visa applications from Chinese citizens again on July 24.`;
  it('the length is the gap of the clause before it, as "after a five-year pause" is', () => {
    expect(claimAt(text('roughly five years'), '2025-09-23', 'five years')).toMatchObject({
      fact: 'quantity.kailash-yatra-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(text('roughly three years'), '2025-09-23', 'three years')).toMatchObject({
      fact: 'quantity.kailash-yatra-gap-years',
      verdict: 'differs',
    });
  });
});
