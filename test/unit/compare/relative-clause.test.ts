/**
 * A relative clause opened by "that" without a comma, its object missing ("the levies that
 * Ottawa announced on May 2"), is a minor part of its sentence once the main clause has its
 * verb (ADR 0022, eighth round): of two partners, the one matching the main claim is paired.
 */
import { describe, expect, it } from 'vitest';
import { splitMinor } from '../../../src/core/compare/clauses';
import { compareArticles } from '../../../src/core/compare/index';

describe('a relative clause without a comma', () => {
  it('is minor when its object is missing, after the main verb', () => {
    expect(
      splitMinor('The move was seen as a reprisal for the levies that Ottawa announced on May 2.').minor,
    ).toContain('that Ottawa announced on May 2');
    // A subject that is no name or pronoun may open a clause of its own: not read.
    expect(splitMinor('Farmers have protested that the ministry imposed quotas last year.').minor).toBe('');
    expect(
      splitMinor('Farmers have protested against the quota that Brussels had imposed last year.').minor,
    ).toContain('that Brussels had imposed last year');
  });

  it('is not a clause that says what was reported, nor one before the main verb', () => {
    // A complete clause after "that" is what was said or reported.
    expect(splitMinor('The ministry declined to confirm reports that it had lifted the ban.').minor).toBe('');
    expect(splitMinor('Ruiz told Dubois that Madrid was reviewing the tariffs.').minor).not.toContain(
      'Madrid',
    );
    expect(splitMinor('The minister said that Lisbon approved the plan.').minor).not.toContain('Lisbon');
    // Before the main verb, its end is not marked: "The quota that Brussels imposed remains".
    expect(splitMinor('The quota that Brussels imposed in May remains in force.').minor).toBe('');
  });

  it('pairs the sentence with the partner that tells its main claim', () => {
    const a = [
      'Canada put duties on steel from three countries on Friday.',
      'The move came two days after Ottawa announced sweeping levies on imported aluminium.',
      'It was widely seen as a reprisal.',
      'Steelmakers welcomed the duties.',
    ].join(' ');
    const b = [
      'Canada put duties on steel from three countries on Friday.',
      'The move was widely seen as a reprisal for the aluminium levies that Ottawa announced on May 2.',
      'Steelmakers welcomed the duties.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
    ]);
    expect(r.onlyA).toEqual([1]);
  });
});
