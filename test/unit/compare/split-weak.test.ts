/**
 * One sentence that says what two say, when its main claim is reworded and its minor part is
 * not (ADR 0022, fifth round): the half matching the main claim scores below an anchor, the
 * half matching a trailing clause of cause ("…, reportedly in retaliation for …") above it.
 * The clauses decide (splits.ts SPLIT_WEAK), a figure's comma does not end a clause, and a
 * name spelled out counts as said by a sentence that writes its acronym.
 */
import { describe, expect, it } from 'vitest';
import { splitMinor } from '../../../src/core/compare/clauses';
import { featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';
import { coveredBy } from '../../../src/core/compare/splits';

const whole =
  'A circular from ESA to member states on March 3, 2021 then declared such grants void, reportedly in retaliation for the council blocking some 12,000 research permits.';
const main =
  'In March 2021, the European Space Agency told its members that funding awarded to the programme was no longer valid.';
const minor = 'That was reportedly a reprisal for the council blocking about 12,000 research permits.';

function vectors(...sentences: string[]) {
  const rarity = new Rarity();
  const feats = sentences.map((s, k) => {
    const f = featuresOf(s, []);
    rarity.add(f, k === 0 ? 'a' : 'b');
    return f;
  });
  return feats.map((f) => vectorOf(f, rarity));
}

describe('a reworded main claim against a minor part kept word for word', () => {
  it('reads a clause of cause after a comma as minor, to its end past a figure’s comma', () => {
    expect(splitMinor(whole).minor).toContain(
      'reportedly in retaliation for the council blocking some 12,000 research permits.',
    );
    expect(splitMinor('The port closed, in response to the storm warning.').minor).toContain(
      'in response to the storm warning',
    );
    // A comma between digits is not a clause's end.
    expect(splitMinor('Ships were held, including 1,200 containers bound for Oslo.').minor).toContain(
      '1,200 containers bound for Oslo',
    );
  });

  it('counts a spelled-out name as said by the acronym', () => {
    const [w, m] = vectors(whole, main);
    if (!w || !m) throw new Error('vectors');
    const withoutName = { ...m, spelled: new Map() };
    expect(coveredBy(m, w)).toBeGreaterThan(coveredBy(withoutName, w) + 0.1);
  });

  it('pairs the main claim, and lists the other half as only in B', () => {
    const a = ['The agency reopened its offices on Monday.', whole, 'Staff returned to work in April.'].join(
      ' ',
    );
    const b = [
      'The agency reopened its offices on Monday.',
      main,
      minor,
      'Staff returned to work in April.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
    ]);
    expect(r.onlyB).toEqual([2]);
    const swapped = compareArticles(b, a);
    expect(swapped.pairs.map((p) => [p.b, p.a])).toEqual(r.pairs.map((p) => [p.a, p.b]));
  });
});
