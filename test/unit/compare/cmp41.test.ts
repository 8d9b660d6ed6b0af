/**
 * Round 41 (ADR 0110): a question deferred in both sentences and no other as a candidate below
 * WEAK, with sentences of our own (a port's spokesman); the test fails with the rule removed.
 */
import { describe, expect, it } from 'vitest';
import { type Candidate, candidatesFor } from '../../../src/core/compare/candidates';
import { featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { REMARK_WEAK, WEAK } from '../../../src/core/compare/thresholds';

/** The candidates of each A sentence among B's, weighed over the two articles. */
function candidates(a: readonly string[], b: readonly string[]): Candidate[] {
  const rarity = new Rarity();
  const fa = a.map((s) => featuresOf(s, []));
  const fb = b.map((s) => featuresOf(s, []));
  for (const f of fa) rarity.add(f, 'a');
  for (const f of fb) rarity.add(f, 'b');
  const va = fa.map((f) => vectorOf(f, rarity));
  const vb = fb.map((f) => vectorOf(f, rarity));
  const index = new Map<string, number[]>();
  vb.forEach((v, j) => {
    for (const k of v.w.keys()) index.set(k, [...(index.get(k) ?? []), j]);
  });
  const features = { common: () => false, unique: (k: string) => rarity.unique(k) };
  return va.flatMap((v, i) => candidatesFor(i, v, vb, index, features));
}

describe('a question deferred in both sentences and no other (thresholds.ts REMARK_WEAK)', () => {
  const A = [
    'The ferry operator doubled its winter timetable on Monday.',
    'Asked how the new harbour levy would touch local fishermen, the port spokesman said the board was yet to study it.',
  ];
  const B = [
    'Winter sailings have been doubled, the operator said.',
    'Dalton said officials would come back later on what the levy meant for trawler crews.',
  ];

  it('is a candidate though its score is under WEAK', () => {
    const c = candidates(A, B).find((x) => x.a === 1 && x.b === 1);
    expect(c).toBeDefined();
    expect(c?.score).toBeLessThan(WEAK);
    expect(c?.score).toBeGreaterThanOrEqual(REMARK_WEAK);
  });

  it('is no candidate when another sentence defers too', () => {
    const b = [...B, 'The fishermen’s union said it would come back later with its own figures.'];
    expect(candidates(A, b).find((x) => x.a === 1 && x.b === 1)).toBeUndefined();
  });
});

describe('a figure said in both sentences and no other (thresholds.ts REMARK_WEAK)', () => {
  const A = [
    'The cooperative says its members milled about 4,250 tonnes of barley in the dry season, well above the regional average.',
  ];
  const B = [
    'Farm officials put the harvest handled by the valley growers at 4,250 tonnes, a figure that surprised traders on the coast.',
  ];

  it('is a candidate though its score is under WEAK', () => {
    const c = candidates(A, B).find((x) => x.a === 0 && x.b === 0);
    expect(c).toBeDefined();
    expect(c?.score).toBeLessThan(WEAK);
    expect(c?.score).toBeGreaterThanOrEqual(REMARK_WEAK);
  });

  it('is no candidate when another sentence gives the figure too', () => {
    const b = [...B, 'Last year the mill took in 4,250 tonnes as well.'];
    expect(candidates(A, b).find((x) => x.a === 0 && x.b === 0)).toBeUndefined();
  });
});

describe('a state a phrase tells, in both sentences and no other (tokens.ts STATE_KEYS)', () => {
  const A = ['The depot reopened on Friday.', 'How the fire at the depot started remains unclear.'];
  const B = ['Work at the depot resumed on Friday.', 'It was not clear what set off the blaze.'];

  it('is enough to make a candidate of two sentences that share nothing else', () => {
    const c = candidates(A, B).find((x) => x.a === 1 && x.b === 1);
    expect(c?.shared).toBe(1);
    expect(c?.score).toBeGreaterThanOrEqual(WEAK);
  });

  it('is not enough when another sentence tells it too', () => {
    const b = [...B, 'Whether the insurers will pay is not yet clear.'];
    expect(candidates(A, b).find((x) => x.a === 1 && x.b === 1)).toBeUndefined();
  });
});
