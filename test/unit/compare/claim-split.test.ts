/**
 * Two partners for one sentence, decided by the claim it makes (ADR 0022, eighth round): the
 * partner that gives the same quantity of the fact base carries the sentence's claim when the
 * other gives none ("Thirty villagers, including a schoolteacher, drowned…": the sentence with
 * thirty dead, not the one naming the teacher).
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Vector } from '../../../src/core/compare/features';
import { quantityChoice } from '../../../src/core/compare/figures';
import { sentenceVectors } from './sentence-vectors';

const setup = sentenceVectors;

const toll = 'quantity.valley-flood-deaths';
const flood = 'event.valley-flood';
const A: [string, string[]][] = [
  ['The river burst its banks above Kelso after three days of rain.', [flood]],
  ['The flood left thirty villagers dead across the lower valley.', [flood, toll]],
  [
    'Among those who drowned on the night of March 3 was the village schoolteacher, Meera Rao, who had gone back for her pupils.',
    [flood],
  ],
  ['Relief camps were opened in two schools on higher ground.', []],
];
const B: [string, string[]][] = [
  ['Heavy rain made the river burst its banks above Kelso.', [flood]],
  [
    'Thirty villagers, including a schoolteacher who had gone back for her pupils, drowned in the lower valley on the night of March 3.',
    [flood, toll],
  ],
  ['Relief camps opened in two schools on higher ground.', []],
];

describe('a split decided by a quantity the claim engine found', () => {
  it('pairs the sentence with the partner that gives its quantity, the other half only-in', () => {
    const { va, vb, cands } = setup(A, B);
    // The teacher's sentence scores higher with B's sentence than the toll's does.
    const score = (i: number, j: number) => cands.find((c) => c.a === i && c.b === j)?.score ?? 0;
    expect(score(2, 1)).toBeGreaterThan(score(1, 1));
    const pairs = selectPairs(cands, A.length, B.length, undefined, { a: va, b: vb }).map((p) => [p.a, p.b]);
    expect(pairs).toEqual([
      [0, 0],
      [1, 1],
      [3, 2],
    ]);
    expect(quantityChoice(vb[1] as Vector, va[2] as Vector, va[1] as Vector)).toBe(2);
  });

  it('leaves the pair alone when both partners give the quantity, or neither', () => {
    const { va, vb } = setup(
      A.map(([s, f], i) => [s, i === 2 ? [...f, toll] : f]),
      B,
    );
    expect(quantityChoice(vb[1] as Vector, va[2] as Vector, va[1] as Vector)).toBe(null);
    const none = setup(
      A.map(([s, f]) => [s, f.filter((x) => x !== toll)]),
      B.map(([s, f]) => [s, f.filter((x) => x !== toll)]),
    );
    expect(quantityChoice(none.vb[1] as Vector, none.va[2] as Vector, none.va[1] as Vector)).toBe(null);
  });

  it('does not move a near-identical pair to a sentence that repeats its figure', () => {
    // Two tellings of all of one sentence are not two halves of it.
    const { va, vb } = setup(
      [['Exports of copper to Chile fell 40% in May from January.', ['quantity.copper-drop']]],
      [
        ['Copper exports to Chile in May were 40% below January.', []],
        ['A correction: copper exports to Chile fell 40% in May, not 30%.', ['quantity.copper-drop']],
      ],
    );
    expect(quantityChoice(va[0] as Vector, vb[0] as Vector, vb[1] as Vector)).toBe(null);
  });
});
