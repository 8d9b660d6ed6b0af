/**
 * Dates the claim engine reads without certainty, in aligned sentences (ADR 0022, round 10):
 * a `context` value (it differs from the record, but the tie is weak: a plan's day, a date
 * from the paragraph) is a side of a conflict when its sentence is paired with one that ties
 * the same fact firmly and as the record has it; and a day of a month that the diff lines up
 * with the claim's day ("announced on March 3" / "announced on March 4") dates the same fact,
 * though the claim engine, which ties a day from context only when it agrees with the record,
 * never read it. Values and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { otherDay } from '../../../src/core/compare/across';
import { wordDiff } from '../../../src/core/compare/diff';
import type { SideClaim } from '../../../src/core/compare/facts';
import { conflictsOf } from '../../../src/core/compare/facts-view';

const claim = (over: Partial<SideClaim>): SideClaim => ({
  sentence: 0,
  start: 0,
  end: 10,
  quote: 'on Tuesday',
  factId: 'event.river-talks',
  verdict: 'consistent',
  resolved: '4 Mar 2025',
  record: '4 Mar 2025',
  ...over,
});
const title = () => undefined;

describe('a weakly tied date in an aligned pair', () => {
  const planned = claim({ quote: 'on Wednesday', verdict: 'context', resolved: '5 Mar 2025' });
  const held = claim({ quote: 'On Tuesday' });

  it('is a side of a conflict when its sentence is paired with a firm one', () => {
    const paired = { paired: (a: number, b: number) => a === 0 && b === 0, own: new Set([planned, held]) };
    const found = conflictsOf([planned], [held], title, () => true, paired);
    expect(found.map((c) => [c.a.value, c.b.value, c.supports])).toEqual([['5 Mar 2025', '4 Mar 2025', 'b']]);
    // The same from B's side.
    expect(conflictsOf([held], [planned], title, () => true, paired)).toHaveLength(1);
  });

  it('is not, unpaired, or when the firm side also differs from the record, or read across a pair', () => {
    const own = new Set([planned, held]);
    expect(conflictsOf([planned], [held], title, () => true, { paired: () => false, own })).toEqual([]);
    const wrong = claim({ verdict: 'differs', resolved: '6 Mar 2025' });
    expect(
      conflictsOf([planned], [wrong], title, () => true, {
        paired: () => true,
        own: new Set([planned, wrong]),
      }),
    ).toEqual([]);
    // A reading across the pair (not in the article's own text) is never vouched for.
    expect(
      conflictsOf([planned], [held], title, () => true, { paired: () => true, own: new Set([held]) }),
    ).toEqual([]);
    // Without a vouch, as before: a weak tie is no side of a conflict.
    expect(conflictsOf([planned], [held], title, () => true)).toEqual([]);
  });
});

describe('another day of the month, lined up by the diff', () => {
  const a = 'The quotas, announced on March 4, covered lithium and cobalt.';
  const b = 'The quotas, announced on March 3, covered lithium and cobalt.';
  const start = a.indexOf('March 4');
  const mine = claim({ start, end: start + 7, quote: 'March 4', factId: 'instrument.quotas' });

  it('reads the other sentence’s day as the same fact’s date', () => {
    const r = otherDay(mine, wordDiff(a, b), 'a', 0, b);
    expect(r?.resolved).toBe('3 Mar 2025');
    expect(r?.verdict).toBe('differs');
    expect(r?.factId).toBe('instrument.quotas');
    expect(b.slice(r?.start, r?.end)).toBe('3');
    // From B's side: B's day read in A's sentence.
    const theirs = claim({
      start,
      end: start + 7,
      quote: 'March 3',
      resolved: '3 Mar 2025',
      verdict: 'differs',
    });
    expect(otherDay(theirs, wordDiff(a, b), 'b', 0, a)?.resolved).toBe('4 Mar 2025');
  });

  it('reads nothing when the day did not change, or changed into something else', () => {
    expect(otherDay(mine, wordDiff(a, a), 'a', 0, a)).toBeNull();
    const c = 'The quotas, announced on March 45 tonnes, covered lithium.';
    expect(otherDay(mine, wordDiff(a, c), 'a', 0, c)).toBeNull();
    const d = 'The quotas, announced in early March, covered lithium and cobalt.';
    expect(otherDay(mine, wordDiff(a, d), 'a', 0, d)).toBeNull();
  });
});
