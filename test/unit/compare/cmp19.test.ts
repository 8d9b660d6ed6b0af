/**
 * Round 19 (ADR 0022, "Round 19 (cmp19)"): rules with sentences of their own (Kenya, a ridge, an
 * envoy), each in its own describe; each fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { addToIndex, candidatesFor } from '../../../src/core/compare/candidates';
import { splitMinor } from '../../../src/core/compare/clauses';
import { cosine, featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';
import { silenceOrStatement, tellsSilence } from '../../../src/core/compare/silence';
import { oneSpeakerTwoRemarks } from '../../../src/core/compare/speakers';
import { tokenize } from '../../../src/core/compare/tokens';

const people = ['Amina Odhiambo'];
const vectorsOf = (a: string, b: readonly string[]) => {
  const fa = featuresOf(a, [], people);
  const fb = b.map((s) => featuresOf(s, [], people));
  const rarity = new Rarity();
  rarity.add(fa, 'a');
  for (const f of fb) rarity.add(f, 'b');
  return { va: vectorOf(fa, rarity), vb: fb.map((f) => vectorOf(f, rarity)) };
};

describe('round 19: two remarks of one speaker', () => {
  const A =
    '"On the disputed ridge, herding and farming will go back to the way they were in 2019," Odhiambo had said.';
  const B = [
    'Odhiambo had said the accord would bring a withdrawal and in time a settlement of the quarrels of 2019 on the ridge.',
    'Odhiambo said herding and farming on the disputed ridge would return to how they were in 2019.',
  ];

  it('tells two remarks from one remark told twice', () => {
    const { va, vb } = vectorsOf(A, B);
    expect(oneSpeakerTwoRemarks(va, vb[0] as Vector)).toBe(true);
    expect(oneSpeakerTwoRemarks(va, vb[1] as Vector)).toBe(false);
  });

  it('needs a verb of saying on both sides and a person they share', () => {
    const { va, vb } = vectorsOf('Odhiambo visited the ridge in 2019.', [
      'Odhiambo had said the accord would settle the quarrels on the ridge in 2019.',
    ]);
    expect(oneSpeakerTwoRemarks(va, vb[0] as Vector)).toBe(false);
    const other = vectorsOf('The envoy had said the ridge was calm.', [
      'The minister said the ridge was quiet.',
    ]);
    expect(oneSpeakerTwoRemarks(other.va, other.vb[0] as Vector)).toBe(false);
  });

  it('makes no candidate of two remarks that share only the speaker and a word', () => {
    const { va, vb } = vectorsOf(A, B);
    const index = new Map<string, number[]>();
    for (const [j, v] of vb.entries()) addToIndex(index, v, j);
    const found = candidatesFor(0, va, vb, index, { common: () => false, unique: () => false });
    // Without the rule the first would be a candidate (above WEAK).
    expect(cosine(va, vb[0] as Vector).score).toBeGreaterThan(0.15);
    expect(found.map((c) => c.b)).toEqual([1]);
  });
});

describe('round 19: a silence is not a statement', () => {
  const A =
    "Uganda's trade ministry has not officially commented on the completed withdrawal from the ridge.";
  const B = [
    'Kampala, through trade ministry spokesperson Joseph Okello, said the withdrawal from the ridge was "a settled matter".',
    'The trade ministry in Kampala has yet to comment on the withdrawal from the ridge.',
  ];

  it('reads a silence from the main part', () => {
    expect(tellsSilence(A)).toBe(true);
    expect(tellsSilence(B[1] as string)).toBe(true);
    expect(tellsSilence(B[0] as string)).toBe(false);
    // An aside that has not commented is not the sentence's act.
    expect(
      tellsSilence('The troops left the ridge on Monday, which the ministry has not commented on.'),
    ).toBe(false);
    // Withholding details is a remark of its own kind, not a silence.
    expect(tellsSilence('The ministry declined to comment on the names of the firms.')).toBe(false);
  });

  it('makes no candidate of a silence and a statement, and keeps two silences', () => {
    const { va, vb } = vectorsOf(A, B);
    expect(silenceOrStatement(va, vb[0] as Vector)).toBe(true);
    expect(silenceOrStatement(va, vb[1] as Vector)).toBe(false);
    const index = new Map<string, number[]>();
    for (const [j, v] of vb.entries()) addToIndex(index, v, j);
    const found = candidatesFor(0, va, vb, index, { common: () => false, unique: () => false });
    // Without the rule the statement would be a candidate (above WEAK).
    expect(cosine(va, vb[0] as Vector).score).toBeGreaterThan(0.15);
    expect(found.map((c) => c.b)).toEqual([1]);
  });
});

describe('round 19: completed and finalised', () => {
  it('folds the three spellings onto one key', () => {
    const key = (w: string) => tokenize(w).map((t) => t.key);
    expect(key('finalised')).toEqual(key('completed'));
    expect(key('finalized')).toEqual(key('complete'));
  });

  it('makes a candidate of a withdrawal completed and a withdrawal finalised', () => {
    const { va, vb } = vectorsOf('Kenyan troops completed the withdrawal on Friday.', [
      'The withdrawal had been finalised a week earlier.',
      'The withdrawal of the police has been delayed.',
    ]);
    const index = new Map<string, number[]>();
    for (const [j, v] of vb.entries()) addToIndex(index, v, j);
    const found = candidatesFor(0, va, vb, index, { common: () => false, unique: () => false });
    expect(found.map((c) => c.b)).toEqual([0]);
  });
});

describe('round 19: ", along with" adds a secondary item, as ", as well as" does', () => {
  const S = 'Nairobi decorated the three fallen rangers posthumously, along with a wounded park warden.';

  it('reads the added item as a minor part', () => {
    expect(splitMinor(S).main).not.toContain('warden');
    expect(splitMinor(S).minor).toContain('a wounded park warden');
    const together = splitMinor('The rangers, together with two guides, were decorated.');
    expect(together.main).not.toContain('guides');
    expect(together.minor).toContain('two guides');
  });

  it('pairs the sentence with the one telling its main claim', () => {
    const a = [
      'Kenya has for the first time named the rangers who died in the ambush at Tsavo.',
      'Four rangers were decorated, three of them posthumously.',
      'Among them was park warden Otieno, who was wounded in the ambush.',
    ];
    const b = [
      'Kenya on Friday named the rangers killed in the Tsavo ambush, its first account of its losses.',
      'Nairobi decorated the three fallen rangers posthumously, along with a wounded park warden.',
    ];
    const pairs = compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([1, 1]);
    expect(pairs).not.toContainEqual([2, 1]);
  });
});
