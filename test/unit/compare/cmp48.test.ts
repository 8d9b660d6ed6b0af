/**
 * cmp48 (ADR 0138): two anchors that cross forms, a report with a quotation and a quotation with
 * a report, when only the two quotations (or only the two reports) are a strong candidate: that
 * pair is taken and the two sentences left over take their next anchor. Sentences of our own
 * (a Kenyan ferry licence); each test fails with the rule removed.
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import { featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import { preferSameForm } from '../../../src/core/compare/speech-form';

/** Vectors of sentences over one rarity. */
const vectorsOf = (...sentences: string[]): Vector[] => {
  const fs = sentences.map((s) => featuresOf(s, []));
  const rarity = new Rarity();
  for (const f of fs) rarity.add(f, 'a');
  return fs.map((f) => vectorOf(f, rarity));
};

// A: a0 report, a1 quotation, a2 report. B: b0 report, b1 report, b2 quotation.
const A = [
  'Kenya on Friday confirmed that Ugandan authorities have granted ferry licences to two Kenyan operators.',
  '"Yes, two Kenyan operators have received licences to run ferries to Port Bell," transport ministry spokesman Peter Otieno told reporters at his weekly briefing.',
  'Otieno was answering a question on whether Kampala had cleared the two firms to sail.',
];
const B = [
  'Uganda has begun issuing ferry licences to Kenyan operators, the government said on Friday, the first relief for lake traders since March.',
  'The confirmation came from the transport ministry, whose spokesman had been asked whether two firms had won the Ugandan nod.',
  '"We can confirm that licences to run ferries to Port Bell have been received by two Kenyan operators," Peter Otieno said.',
];

describe('cmp48: one pair of like forms out of two crossed anchors', () => {
  const va = vectorsOf(...A);
  const vb = vectorsOf(...B);
  // The crossed anchors a0–b2 (report–quotation) and a1–b1 (quotation–report); the quotations'
  // pair a1–b2 is strong, the reports' pair a0–b1 is not a candidate at all; a0–b0 and a2–b1 are.
  const sorted = [
    { a: 0, b: 2, score: 0.43, shared: 9, unique: 0 },
    { a: 1, b: 2, score: 0.39, shared: 11, unique: 1 },
    { a: 0, b: 0, score: 0.36, shared: 10, unique: 1 },
    { a: 1, b: 1, score: 0.34, shared: 7, unique: 3 },
    { a: 2, b: 1, score: 0.31, shared: 6, unique: 2 },
  ];

  it('takes the two quotations and frees the report and the remark left over', () => {
    const partnerA = Int32Array.from([2, 1, -1]);
    const partnerB = Int32Array.from([-1, 1, 0]);
    const scoreA = Float64Array.from([0.43, 0.34, 0]);
    const left = { a: [] as number[], b: [] as number[] };
    expect(preferSameForm(sorted, { a: va, b: vb }, partnerA, partnerB, scoreA, left)).toBe(true);
    expect([...partnerA]).toEqual([-1, 2, -1]);
    expect([...partnerB]).toEqual([-1, -1, 1]);
    expect(left).toEqual({ a: [0], b: [1] });
  });

  it('pairs report with report and quotation with quotation in the selection', () => {
    const pairs = selectPairs(sorted, 3, 3, undefined, { a: va, b: vb }).map((p) => `${p.a}-${p.b}`);
    expect(pairs).toEqual(['0-0', '1-2', '2-1']);
  });

  it('leaves crossed anchors alone when neither like pair is a strong candidate', () => {
    const weak = sorted.map((c) => (c.a === 1 && c.b === 2 ? { ...c, score: 0.25 } : c));
    const partnerA = Int32Array.from([2, 1, -1]);
    const partnerB = Int32Array.from([-1, 1, 0]);
    const scoreA = Float64Array.from([0.43, 0.34, 0]);
    preferSameForm(weak, { a: va, b: vb }, partnerA, partnerB, scoreA);
    expect([...partnerA]).toEqual([2, 1, -1]);
  });
});
