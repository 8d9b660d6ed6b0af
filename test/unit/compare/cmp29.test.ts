/**
 * Round 28 (ADR 0063): wrong pairs and conflicts by cause, with sentences of our own (a river
 * ferry, a mountain pass, a port); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { firstSinceOf } from '../../../src/core/compare/first-since';
import { compareArticles } from '../../../src/core/compare/index';

const pairsOf = (a: string, b: string) => compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);
const keys = (s: ReadonlySet<string> | undefined) => [...(s ?? [])];

describe('"the first X since Y": Y is a reference point (first-since.ts)', () => {
  it('reads what "first" counts and the happening it counts from', () => {
    const noun = firstSinceOf(
      'The ferry made its first crossing on the Brede since the flood in the valley, officials said.',
    );
    expect(keys(noun?.counted)).toEqual(['cross']);
    expect(keys(noun?.reference)).toEqual(['flood']);
    const time = firstSinceOf(
      'Rangers patrolled the Harl pass for the first time since the thaw began in the north.',
    );
    expect(keys(time?.counted)).toEqual(['patrol']);
    expect(keys(time?.reference)).toEqual(['thaw', 'start']);
    const bare = firstSinceOf('Ferry resumes sailing on the Brede, first since the flood.');
    expect(keys(bare?.counted)).toEqual(['sail']);
    // A point in time, a cleft, no "since": no frame.
    expect(firstSinceOf('The councils met in Alton for the first time since 2019.')).toBeNull();
    expect(firstSinceOf('It was the first time since 1990 that the port had closed.')).toBeNull();
    expect(firstSinceOf('It was the first crossing in four years.')).toBeNull();
  });

  it('does not pair the reference point with the happening counted from it', () => {
    const a = 'Engineers completed the repair of the Alton-Brede river bridge on Friday, the council said.';
    const b =
      'The Alton-Brede river ferry made its first crossing since the repair of the bridge, the council said on Monday.';
    expect(pairsOf(a, b)).not.toContainEqual([0, 0]);
    const c = 'UPDATE: Alton-Brede river ferry resumes sailing, first since bridge repair.';
    expect(pairsOf(a, c)).not.toContainEqual([0, 0]);
  });

  it('still pairs two tellings of the counted happening', () => {
    const a = 'The Alton-Brede river ferry made its first crossing since the repair of the bridge on Monday.';
    const b = 'On Monday the Alton-Brede river ferry crossed for the first time since the bridge repair.';
    expect(pairsOf(a, b)).toContainEqual([0, 0]);
  });
});
