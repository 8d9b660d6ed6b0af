/**
 * One sentence that says what two say, its second half a concession (ADR 0022, round 11):
 * "The two mayors last signed a pact in 2016 in Tromsø, though they met briefly at fairs in
 * Oslo in 2019 and in Bergen last year" pairs with the sentence about the last pact, not with
 * the one about the brief meetings, since ", though …" concedes something to the main claim.
 */
import { describe, expect, it } from 'vitest';
import { splitMinor } from '../../../src/core/compare/clauses';
import { featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { mainPartner } from '../../../src/core/compare/splits';

const whole =
  'The two mayors last signed a formal pact in 2016 in Tromsø, Norway, though they met briefly at a trade fair in Oslo in 2019 and at a harbour festival in Bergen last year.';
const main = 'The last formal pact between the two mayors was signed at Tromsø in March 2016.';
const minor =
  'They met only briefly in the years between, at a trade fair in Oslo in 2019 and at a harbour festival in Bergen in 2024.';

function vectors(...sentences: string[]) {
  const rarity = new Rarity();
  const feats = sentences.map((s, k) => {
    const f = featuresOf(s, []);
    rarity.add(f, k === 0 ? 'a' : 'b');
    return f;
  });
  return feats.map((f) => vectorOf(f, rarity));
}

describe('a concession is the minor half', () => {
  it('reads ", though …", ", although …" and ", whereas …" as minor', () => {
    expect(splitMinor(whole).minor).toContain('though they met briefly');
    expect(splitMinor(whole).main).toContain('last signed a formal pact in 2016');
    expect(splitMinor('Exports rose in May, although prices fell.').minor).toContain('although prices fell');
    expect(splitMinor('Oslo voted yes, whereas Bergen voted no.').minor).toContain('whereas Bergen voted no');
    // Not a concession: "though" as an adverb at the end of a clause, before no comma.
    expect(splitMinor('The pact held though.').minor).toBe('');
  });

  it('gives the pair to the half that tells the main claim', () => {
    const [w, m, n] = vectors(whole, main, minor);
    if (!w || !m || !n) throw new Error('vectors');
    expect(mainPartner(w, n, m, true)).toBe(2);
    expect(mainPartner(w, m, n, true)).toBe(1);
  });
});
