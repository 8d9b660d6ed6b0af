/**
 * A sentence pairs with the one that tells its claim, not with one that mentions it in passing
 * (round 22, ADR 0022). "Indian and Chinese troops have completed disengagement at Depsang and
 * Demchok, Army sources said on Wednesday" matches both "Army sources had said on Wednesday that
 * disengagement at the two friction points was complete" (the claim, told as its own) and
 * "Indian and Chinese soldiers exchanged sweets on Thursday to mark Diwali, a day after the two
 * armies finished pulling back from Depsang and Demchok" (the sweets, with the pullback in a
 * minor part, clauses.ts). An editor pairs the first; the second tells something else. So an
 * anchor whose shared words lie mostly in one sentence's minor part gives way to a strong
 * candidate, still free and nearly as close, whose shared words lie in its main part.
 */
import type { Candidate } from './candidates';
import { minorKeysOf, type Vector } from './features';
import { type SentenceCandidates, sharingSentence } from './sentence-candidates';
import { STRONG } from './thresholds';

/**
 * Share of what two sentences share (weights, facts aside) that `part` says only in a minor part
 * and `other` in its main part: words in both sentences' minor parts are who told it and when
 * ("…, Army sources said on Wednesday" / "Army sources had said on Wednesday that …"), not what.
 */
function inMinorPart(part: Vector, other: Vector): number {
  const minor = minorKeysOf(part);
  const otherMinor = minorKeysOf(other);
  let all = 0;
  let inMinor = 0;
  for (const [k, x] of part.w) {
    if (k.startsWith('f:')) continue;
    const y = other.w.get(k);
    if (y === undefined) continue;
    all += x * y;
    if (minor.has(k) && !otherMinor.has(k)) inMinor += x * y;
  }
  return all ? inMinor / all : 0;
}

/** A passing mention: most of what is shared lies in a minor part. */
export const PASSING_SHARE = 0.5;
/** The rival's score against the anchor's, at least. */
export const PASSING_RIVAL = 0.8;

/**
 * Moves anchors that meet a sentence through a minor part to a free rival that meets it through
 * its main part (see the file comment). Updates the partner arrays and scores in place.
 * `index` is the sorted candidates' index by sentence (sentence-candidates.ts).
 */
export function preferToldOverPassing(
  sorted: readonly Candidate[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
  partnerA: Int32Array,
  partnerB: Int32Array,
  scoreA: Float64Array,
  index: SentenceCandidates,
): void {
  for (const anchor of sorted) {
    if (anchor.score < STRONG || partnerA[anchor.a] !== anchor.b) continue;
    const va = vectors.a[anchor.a] as Vector;
    const vb = vectors.b[anchor.b] as Vector;
    // Only a candidate that shares a sentence with the anchor can be its rival: the index gives
    // them in the order of `sorted` (round 32; before, every strong candidate was scanned).
    for (const rival of sharingSentence(index, anchor)) {
      if (rival.score < STRONG || rival.score < PASSING_RIVAL * anchor.score) break;
      // A rival above the anchor lost to it by an earlier rule (main-claims.ts): left alone.
      if (rival.score > anchor.score) continue;
      const sameA = rival.a === anchor.a && rival.b !== anchor.b && partnerB[rival.b] === -1;
      const sameB = rival.b === anchor.b && rival.a !== anchor.a && partnerA[rival.a] === -1;
      if (!sameA && !sameB) continue;
      // The anchor's partner (of the shared sentence) and the rival's.
      const mine = sameA ? vb : va;
      const whole = sameA ? va : vb;
      const theirs = (sameA ? vectors.b[rival.b] : vectors.a[rival.a]) as Vector;
      if (inMinorPart(mine, whole) < PASSING_SHARE || inMinorPart(theirs, whole) >= PASSING_SHARE) continue;
      // The rival must meet the sentence through the sentence's main part too (not the
      // appositive of "Twenty soldiers, including Col Babu, the commanding officer, were killed").
      if (inMinorPart(whole, mine) >= PASSING_SHARE || inMinorPart(whole, theirs) >= PASSING_SHARE) continue;
      partnerA[anchor.a] = -1;
      partnerB[anchor.b] = -1;
      partnerA[rival.a] = rival.b;
      partnerB[rival.b] = rival.a;
      scoreA[rival.a] = rival.score;
      break;
    }
  }
}
