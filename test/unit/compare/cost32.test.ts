/**
 * Round 32's cost (ADR 0022, "Round 32 (cmp32, session 24)"): the re-anchoring passes of
 * minor-rivals.ts and own-accounts.ts read no text of an anchor that has no free rival best
 * matched with its sentence (round 31 read every anchor's minor parts, and a 50 000-word
 * comparison's step took 60 ms), and the index they ask gives each sentence's candidates best
 * first and only the rivals that could take the sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/core/compare/candidates';
import type { Vector } from '../../../src/core/compare/features';
import { preferMainOverMinor } from '../../../src/core/compare/minor-rivals';
import { preferOwnAccounts } from '../../../src/core/compare/own-accounts';
import {
  candidatesBySentence,
  freeRivals,
  sharingSentence,
} from '../../../src/core/compare/sentence-candidates';

const cand = (a: number, b: number, score: number): Candidate => ({ a, b, score, shared: 2, unique: 0 });

/** A vector whose text counts its reads. */
function counted(text: string, reads: { n: number }): Vector {
  return {
    w: new Map([
      ['w:talks', 1],
      ['w:ferry', 1],
    ]),
    norm: Math.SQRT2,
    get text() {
      reads.n++;
      return text;
    },
  };
}

describe('the index of each sentence’s candidates (sentence-candidates.ts)', () => {
  // A0–B0 the anchor; A1 free, best matched with B0 (a rival of B0); A2 free but best with B2;
  // A3 taken; A4–B0 above the anchor.
  const sorted = [
    cand(4, 0, 0.9),
    cand(0, 0, 0.8),
    cand(2, 2, 0.5),
    cand(1, 0, 0.3),
    cand(2, 0, 0.2),
    cand(3, 0, 0.1),
  ];
  const bestOfA = Int32Array.from([0, 0, 2, 0, 0]);
  const bestOfB = Int32Array.from([4, -1, 2]);
  const index = candidatesBySentence(sorted, bestOfA, bestOfB);
  const partnerA = Int32Array.from([0, -1, -1, 1, -1]);

  it('lists each sentence’s candidates best first, and none for a sentence without', () => {
    expect(index.ofB[0]?.map((p) => index.sorted[p]?.a)).toEqual([4, 0, 1, 2, 3]);
    expect(index.ofB[1]).toEqual([]);
    expect(index.ofA[2]?.map((p) => index.sorted[p]?.b)).toEqual([2, 0]);
  });

  it('meets the candidates sharing a sentence with an anchor in the sorted order, each once', () => {
    for (const anchor of sorted)
      expect([...sharingSentence(index, anchor)]).toEqual(
        sorted.filter((c) => c.a === anchor.a || c.b === anchor.b),
      );
  });

  it('gives as rivals only weaker candidates whose other sentence is free and best matched here', () => {
    const anchor = sorted[1] as Candidate;
    expect(freeRivals(index, false, 0, anchor, partnerA).map((c) => c.a)).toEqual([1]);
    // Once A1 is taken, B0 has no rival left.
    expect(freeRivals(index, false, 0, anchor, Int32Array.from([0, 5, -1, 1, -1]))).toEqual([]);
  });
});

describe('the re-anchoring passes read no text of an anchor without a free rival', () => {
  it('reads nothing when every anchor’s sentences have no other candidate', () => {
    const reads = { n: 0 };
    const n = 50;
    const a = Array.from({ length: n }, (_, i) =>
      counted(
        `"We are holding formal talks on the ferry," the minister said, in which ${i} took part.`,
        reads,
      ),
    );
    const b = Array.from({ length: n }, (_, i) =>
      counted(`The talks on the ferry, number ${i}, went on.`, reads),
    );
    const sorted = Array.from({ length: n }, (_, i) => cand(i, i, 0.9));
    const bestOfA = Int32Array.from({ length: n }, (_, i) => i);
    const bestOfB = Int32Array.from({ length: n }, (_, i) => i);
    const partnerA = Int32Array.from(bestOfA);
    const partnerB = Int32Array.from(bestOfB);
    const scoreA = new Float64Array(n).fill(0.9);
    const index = candidatesBySentence(sorted, bestOfA, bestOfB);
    preferMainOverMinor(sorted, { a, b }, partnerA, partnerB, scoreA, index);
    preferOwnAccounts(sorted, { a, b }, partnerA, partnerB, scoreA, index);
    expect(reads.n).toBe(0);
    expect([...partnerA]).toEqual([...bestOfA]);
  });
});
