/**
 * Round 33 of ADR 0022 (branch cmp34): compare's wrong pairs, with sentences of our own (a harbour
 * board's spokesman quoted twice); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { addToIndex, candidatesFor } from '../../../src/core/compare/candidates';
import { cosine, featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import { meetingOrOutcome, meetingPartOf } from '../../../src/core/compare/outcomes';
import { twoQuotesOneSpeaker } from '../../../src/core/compare/two-quotes';

const vectorsOf = (a: string, b: readonly string[]) => {
  const fa = featuresOf(a, []);
  const fb = b.map((s) => featuresOf(s, []));
  const rarity = new Rarity();
  rarity.add(fa, 'a');
  for (const f of fb) rarity.add(f, 'b');
  return { va: vectorOf(fa, rarity), vb: fb.map((f) => vectorOf(f, rarity)) };
};

describe('round 33: two quotations of one speaker (two-quotes.ts)', () => {
  const A =
    'In Port Ellis, Harbour Board spokesman Tomas Arlen said the board would "work with the ferry crews to carry out the settlement".';
  const B = [
    'Harbour Board spokesman Tomas Arlen said on Friday that the two sides had "reached a settlement on the matter of night shifts".',
    'He added that the board would work with the crews to carry out the settlement.',
  ];

  it('tells two quotations in one frame from one remark told twice', () => {
    const { va, vb } = vectorsOf(A, B);
    expect(twoQuotesOneSpeaker(va, vb[0] as Vector)).toBe(true);
    // No quotation on the other side: not this rule's.
    expect(twoQuotesOneSpeaker(va, vb[1] as Vector)).toBe(false);
  });

  it('leaves two quotations that share more than a word, or two speakers, alone', () => {
    const same = vectorsOf(A, [
      'Harbour Board spokesman Tomas Arlen said: "We will carry out the settlement."',
    ]);
    expect(twoQuotesOneSpeaker(same.va, same.vb[0] as Vector)).toBe(false);
    const two = vectorsOf(A, [
      'Union leader Mara Quill said the sides had "reached a settlement on the matter of night shifts".',
    ]);
    expect(twoQuotesOneSpeaker(two.va, two.vb[0] as Vector)).toBe(false);
    // Shared words outside the quotations that are not the frame: one happening told twice.
    const told = vectorsOf(A, [
      'Tomas Arlen said the ferry settlement "is done" after the night shifts ended.',
    ]);
    expect(twoQuotesOneSpeaker(told.va, told.vb[0] as Vector)).toBe(false);
  });

  it('makes no candidate of the two quotations', () => {
    const { va, vb } = vectorsOf(A, B);
    const index = new Map<string, number[]>();
    for (const [j, v] of vb.entries()) addToIndex(index, v, j);
    const found = candidatesFor(0, va, vb, index, { common: () => false, unique: () => false });
    // Without the rule the first would be a candidate (above WEAK).
    expect(cosine(va, vb[0] as Vector).score).toBeGreaterThan(0.15);
    expect(found.map((c) => c.b)).not.toContain(0);
  });
});

describe('round 33: a consensus with a modifier is an outcome (outcomes.ts)', () => {
  it('reads "reached a five-point consensus" as what a meeting decided', () => {
    expect(
      meetingPartOf('Arlen and Quill reached a five-point consensus, according to the harbour readout.'),
    ).toBe('outcome');
    expect(meetingPartOf('The two sides reached a broad understanding on night shifts.')).toBe('outcome');
    expect(meetingPartOf('The two sides reached an agreement on night shifts.')).toBe('outcome');
  });

  it('keeps the meeting and its consensus apart', () => {
    const { va, vb } = vectorsOf(
      'Harbour Board chair Tomas Arlen and union leader Mara Quill held the 12th round of port talks in Kessel on Wednesday.',
      ['Tomas Arlen and Mara Quill reached a five-point consensus, according to the union readout.'],
    );
    expect(meetingOrOutcome(va, vb[0] as Vector)).toBe(true);
  });
});
