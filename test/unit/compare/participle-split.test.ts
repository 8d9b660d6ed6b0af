/**
 * One sentence that says what two say, its second half a participial phrase (ADR 0022,
 * round 10): "the first ferry … sailed on May 4, heading to Pier 12" pairs with the sentence
 * that reports the first sailing, not with the one that names the pier, even when the
 * report's partner is reworded and carries a frame of its own ("…, the port office said late
 * on Monday"): a half is measured by its main claim, not by who told it.
 */
import { describe, expect, it } from 'vitest';
import { splitMinor } from '../../../src/core/compare/clauses';
import { featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { mainPartner } from '../../../src/core/compare/splits';

const whole = 'In Valdivia, the first ferry since the storm sailed out on May 4, heading to Pier 12.';
const main =
  'The Austral line has run its first ferry from Valdivia since the storm, the regional port office said late on Monday.';
const minor = 'The ferry sailed to Pier 12.';

function vectors(...sentences: string[]) {
  const rarity = new Rarity();
  const feats = sentences.map((s, k) => {
    const f = featuresOf(s, []);
    rarity.add(f, k === 0 ? 'a' : 'b');
    return f;
  });
  return feats.map((f) => vectorOf(f, rarity));
}

describe('a participial phrase is the minor half', () => {
  it('reads a participle after a comma as minor, but not a name or a noun in -ing', () => {
    expect(splitMinor(whole).minor).toContain('heading to Pier 12');
    expect(splitMinor('Exports fell in May, hitting a two-year low.').minor).toContain(
      'hitting a two-year low',
    );
    expect(splitMinor('The envoys toured Nanjing, Beijing and Xian.').minor).toBe('');
    expect(splitMinor('The talks ended on Friday, nothing was signed.').minor).toBe('');
  });

  it('reads a frame dated "late on Monday" as a frame', () => {
    expect(splitMinor(main).minor).toContain('the regional port office said late on Monday');
  });

  it('gives the pair to the half that tells the main claim', () => {
    const [w, m, n] = vectors(whole, main, minor);
    if (!w || !m || !n) throw new Error('vectors');
    // As the engine asks it (a weak rival, decided by clauses only): either order.
    expect(mainPartner(w, n, m, true)).toBe(2);
    expect(mainPartner(w, m, n, true)).toBe(1);
  });
});
