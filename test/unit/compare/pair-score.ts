/**
 * Two sentences as the compare engine weighs them, for tests of its lexicon (rounds 36–37): the
 * keys a sentence's words fold to, and the cosine of two sentences weighed over the two alone.
 */
import { cosine, featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { tokenize } from '../../../src/core/compare/tokens';

export const keys = (s: string) => tokenize(s).map((t) => t.key);

/** The cosine of two sentences, weighed over the two alone. */
export const score = (a: string, b: string) => {
  const fa = featuresOf(a, []);
  const fb = featuresOf(b, []);
  const rarity = new Rarity();
  rarity.add(fa, 'a');
  rarity.add(fb, 'b');
  return cosine(vectorOf(fa, rarity), vectorOf(fb, rarity));
};
