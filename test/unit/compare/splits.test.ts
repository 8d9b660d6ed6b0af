/**
 * One sentence that says what two of the other article say (ADR 0022): the pair goes to the
 * half that carries its main claim (the one matching its earlier part), and only when the
 * sentence really is the two joined.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';
import { coveredBy, mainPartner } from '../../../src/core/compare/splits';

/** Vectors of `sentences` weighted over all of them, as the engine weighs two articles. */
function vectors(...sentences: string[]) {
  const rarity = new Rarity();
  const feats = sentences.map((s, k) => {
    const f = featuresOf(s, []);
    rarity.add(f, k === 0 ? 'a' : 'b');
    return f;
  });
  return feats.map((f) => vectorOf(f, rarity));
}

const whole =
  'They agreed to set up a joint hotline for flood warnings and to publish river gauge readings from both banks twice a day.';
const hotline = 'A joint hotline for flood warnings will be set up, they agreed.';
const gauges = 'River gauge readings from both banks will be published twice a day.';

describe('split sentences', () => {
  it('picks the half matching the earlier part of the joined sentence, in either order', () => {
    const [w, h, g] = vectors(whole, hotline, gauges);
    if (!w || !h || !g) throw new Error('vectors');
    expect(mainPartner(w, h, g)).toBe(1);
    expect(mainPartner(w, g, h)).toBe(2);
  });

  it('decides nothing when a candidate says much the sentence does not (not a half of it)', () => {
    const other =
      'River gauge readings from both banks showed the water rising past the danger mark in three districts overnight, forcing evacuations.';
    const [w, h, o] = vectors(whole, hotline, other);
    if (!w || !h || !o) throw new Error('vectors');
    expect(coveredBy(o, w)).toBeLessThan(0.5);
    expect(mainPartner(w, o, h)).toBeNull();
    expect(mainPartner(w, h, o)).toBeNull();
  });

  it('decides nothing when the two match the same words of the sentence', () => {
    const again = 'They agreed to set up a joint hotline for flood warnings.';
    const [w, h, a] = vectors(whole, hotline, again);
    if (!w || !h || !a) throw new Error('vectors');
    expect(mainPartner(w, h, a)).toBeNull();
  });

  it('in a comparison, pairs the main claim and lists the other half as only in B', () => {
    const a = [
      'The two water ministries met in Dhaka on Tuesday to review the monsoon season.',
      whole,
      'Officials said the arrangement would be reviewed after a year.',
    ].join(' ');
    const b = [
      'The water ministries of the two countries held a review of the monsoon season in Dhaka on Tuesday.',
      hotline,
      gauges,
      'The arrangement will be reviewed after a year, officials said.',
    ].join(' ');
    const factBase = bundledBase();
    const r = compareArticles(a, b, { factBase });
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
    ]);
    expect(r.onlyB).toEqual([2]);
    // The same whichever article is A.
    const swapped = compareArticles(b, a, { factBase });
    expect(swapped.pairs.map((p) => [p.b, p.a])).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
    ]);
  });
});
