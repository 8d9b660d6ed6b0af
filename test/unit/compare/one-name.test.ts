/**
 * One name in common is a topic, not a pair (ADR 0022, round 10): an anchor whose shared words
 * are all one proper name ("…troops remain along the Grand Canal…" / "The Grand Canal … runs
 * for 84 km") is refused; sharing anything said about it, or two names the fact base knows
 * (a list: "It covers Depsang and Demchok" / "The deal applies to Depsang and Demchok"), is
 * not names alone. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namesAlone } from '../../../src/core/compare/evidence';
import type { Vector } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';

const vec = (keys: string[], text: string): Vector => ({
  w: new Map(keys.map((k) => [k, 1])),
  norm: Math.sqrt(keys.length),
  text,
});

describe('one name in common', () => {
  const a = [
    'The ferry strike in Marseille ended on Monday after six days.',
    'Large crowds still gather along the Grand Canal of Provence.',
    'Services resume on Tuesday morning.',
  ].join(' ');

  it('is no pair', () => {
    const b = [
      'The ferry strike in Marseille ended on Monday after six days.',
      'The Grand Canal of Provence runs for 84 km.',
      'Services resume on Tuesday morning.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(r.onlyA).toEqual([1]);
  });

  it('is a pair when something said about it is shared too', () => {
    const b = [
      'The ferry strike in Marseille ended on Monday after six days.',
      'Crowds still gather each evening along the Grand Canal of Provence.',
      'Services resume on Tuesday morning.',
    ].join(' ');
    expect(compareArticles(a, b).pairs.map((p) => [p.a, p.b])).toContainEqual([1, 1]);
  });

  it('two named things of the fact base are more than one name', () => {
    const one = vec(['grand', 'canal', 'f:place.canal', 'crowd'], 'Crowds gather at the Grand Canal.');
    const other = vec(['grand', 'canal', 'f:place.canal', 'km'], 'The Grand Canal runs 84 km.');
    expect(namesAlone(one, other)).toBe(true);
    const two = vec(['xanto', 'yoro', 'f:place.xanto', 'f:place.yoro', 'cover'], 'It covers Xanto and Yoro.');
    const twoToo = vec(
      ['xanto', 'yoro', 'f:place.xanto', 'f:place.yoro', 'apply'],
      'The deal applies to Xanto and Yoro.',
    );
    expect(namesAlone(two, twoToo)).toBe(false);
    // A shared word that is no name.
    expect(namesAlone(one, vec(['grand', 'canal', 'crowd'], 'The Grand Canal draws crowds.'))).toBe(false);
  });
});
