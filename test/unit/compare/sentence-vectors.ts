/**
 * Vectors and scored candidates of two sentence lists, as run.ts builds them without the claim
 * engine: each sentence with the fact ids a test gives it (none by default). Shared by the compare
 * tests that drive the selection steps directly.
 */
import { type Candidate, candidatesFor } from '../../../src/core/compare/candidates';
import { featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';

type Side = readonly (string | readonly [string, readonly string[]])[];

export function sentenceVectors(a: Side, b: Side) {
  const rarity = new Rarity();
  const read = (s: Side[number]) => (typeof s === 'string' ? featuresOf(s, []) : featuresOf(s[0], [...s[1]]));
  const fa = a.map(read);
  const fb = b.map(read);
  for (const f of fa) rarity.add(f, 'a');
  for (const f of fb) rarity.add(f, 'b');
  const va = fa.map((f) => vectorOf(f, rarity));
  const vb = fb.map((f) => vectorOf(f, rarity));
  const index = new Map<string, number[]>();
  vb.forEach((v, j) => {
    for (const k of v.w.keys()) index.set(k, [...(index.get(k) ?? []), j]);
  });
  const features = { common: () => false, unique: (k: string) => rarity.unique(k) };
  const cands: Candidate[] = va.flatMap((v, i) => candidatesFor(i, v, vb, index, features));
  return { va, vb, cands };
}
