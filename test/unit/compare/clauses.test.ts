/**
 * A sentence's minor parts (clauses.ts) and the split rule that uses them (ADR 0022, fourth
 * round): when one sentence says what two of the other say, and one half matches its main
 * claim while the other matches a relative, appositive, subordinate clause or a reporting
 * frame, the pair goes to the main claim, wherever it sits in the sentence.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { splitMinor } from '../../../src/core/compare/clauses';
import { featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';
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

describe('minor parts of a sentence', () => {
  it('finds relative, appositive and subordinate phrases, and reporting frames', () => {
    const cases: [string, string][] = [
      [
        'Nine fishermen, including the boat’s owner Ravi Kumar, the oldest of the crew, were rescued off Kochi on Monday.',
        'including the boat’s owner Ravi Kumar , the oldest of the crew ,',
      ],
      [
        'The bridge was last repaired in 2011, before being closed by floods and then by a landslide.',
        'before',
      ],
      [
        'The minister will open the port in Kandla before inspecting the new terminal in Mundra.',
        'inspecting',
      ],
      ['The governors met in Nairobi on Friday, their first meeting in three years.', 'their first meeting'],
      ['The council said on Monday that the levy would rise.', 'The council said on Monday'],
      [
        'Fares will rise by a tenth from March, the transport authority said.',
        'the transport authority said',
      ],
    ];
    for (const [sentence, part] of cases) expect(splitMinor(sentence).minor, sentence).toContain(part);
  });

  it('leaves a main clause after a short opener, a clause with its own verb, and an object alone', () => {
    for (const sentence of [
      'In June, the two councils agreed to share the water.',
      'The levy was raised, the council said, and will be reviewed.',
      'The ministry announced the resumption of the ferry on Monday.',
      'Since then they have met only once.',
    ])
      expect(splitMinor(sentence).minor, sentence).toBe('');
  });
});

describe('split sentences decided by their clauses', () => {
  const whole =
    'Nine fishermen, including the boat’s owner Ravi Kumar, the oldest of the crew, were rescued off Kochi on Monday night after their trawler capsized.';
  const rescued = 'Nine fishermen were rescued off Kochi on Monday night when their trawler capsized.';
  const owner = 'Among them was Ravi Kumar, the owner of the boat and the oldest of the crew.';

  it('picks the half that matches the main claim, though the other half comes first', () => {
    const [w, r, o] = vectors(whole, rescued, owner);
    if (!w || !r || !o) throw new Error('vectors');
    expect(mainPartner(w, r, o)).toBe(1);
    expect(mainPartner(w, o, r)).toBe(2);
  });

  it('in a comparison, pairs the main claim and lists the appositive’s sentence as only in B', () => {
    const a = [
      'The coast guard sent two ships from Kochi.',
      whole,
      'The trawler had left port on Saturday.',
    ].join(' ');
    const b = [
      'Two coast guard ships were sent from Kochi.',
      rescued,
      owner,
      'The trawler left port on Saturday, officials said.',
    ].join(' ');
    const factBase = bundledBase();
    const r = compareArticles(a, b, { factBase });
    expect(r.pairs.map((p) => [p.a, p.b])).toContainEqual([1, 1]);
    expect(r.onlyB).toContain(2);
    const swapped = compareArticles(b, a, { factBase });
    expect(swapped.pairs.map((p) => [p.b, p.a])).toEqual(r.pairs.map((p) => [p.a, p.b]));
  });

  it('puts a reported claim before its reporting frame', () => {
    const said =
      'The mayor said on Tuesday he would cut bus fares by a fifth from April, after a meeting with the transport union.';
    const fares = 'Bus fares will be cut by a fifth from April.';
    const meeting = 'The mayor met the transport union on Tuesday.';
    const [w, f, m] = vectors(said, fares, meeting);
    if (!w || !f || !m) throw new Error('vectors');
    expect(mainPartner(w, f, m)).toBe(1);
    expect(mainPartner(w, m, f)).toBe(2);
  });
});
