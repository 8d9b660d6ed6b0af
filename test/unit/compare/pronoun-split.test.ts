/**
 * One sentence that says what two say, its subject a pronoun (ADR 0022, round 10): "They also
 * agreed on a river data group and on joint flood drills" says what "The two water ministries
 * also agreed to form a river data group" says, though it does not repeat the subject; the
 * subject's words are not asked of it, so the two halves are told apart by position and the
 * pair goes to the main claim, which comes first. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { mainPartner } from '../../../src/core/compare/splits';

function vectors(...sentences: string[]) {
  const rarity = new Rarity();
  const feats = sentences.map((s, k) => {
    const f = featuresOf(s, []);
    rarity.add(f, k === 0 ? 'a' : 'b');
    return f;
  });
  return feats.map((f) => vectorOf(f, rarity));
}

const drills = 'In addition, joint flood drills will be held in the upper and lower basins.';
const group = 'The two water ministries also agreed to form a river data group.';

describe('a half whose subject the sentence gives as a pronoun', () => {
  it('gives the pair to the half that comes first', () => {
    const [w, x, y] = vectors(
      'They also agreed on a new river data group and on joint flood drills for the upper and lower basins.',
      drills,
      group,
    );
    if (!w || !x || !y) throw new Error('vectors');
    expect(mainPartner(w, x, y)).toBe(2);
    expect(mainPartner(w, y, x)).toBe(1);
  });

  it('asks the subject of a sentence that names its own', () => {
    const [w, x, y] = vectors(
      'Officials also agreed on a new river data group and on joint flood drills for the upper and lower basins.',
      drills,
      group,
    );
    if (!w || !x || !y) throw new Error('vectors');
    expect(mainPartner(w, x, y)).toBeNull();
  });
});
