/**
 * Anchors whose sentence is two sentences of the other article joined (splits.ts, ADR 0022):
 * the pair goes to whichever half carries the main claim. Split from align.ts in round 14.
 */
import type { Candidate } from './candidates';
import type { Vector } from './features';
import { quantityChoice } from './figures';
import { mainPartner, SPLIT_WEAK } from './splits';
import { STRONG } from './thresholds';

/**
 * When another sentence, still free, also matches an anchor's sentence strongly, the pair goes
 * to whichever of the two carries the main claim, and the other is left for the next steps.
 * Best anchors first; each sentence moves at most once. Updates the partner arrays and scores
 * in place; true when a pair moved.
 */
export function preferMainClaims(
  sorted: readonly Candidate[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
  partnerA: Int32Array,
  partnerB: Int32Array,
  scoreA: Float64Array,
): boolean {
  const steps = preferMainClaimsSteps(sorted, vectors, partnerA, partnerB, scoreA);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/** How many times `preferMainClaimsSteps` yields: it reads each sentence's clauses once, a long task on a long article. */
export const MAIN_CLAIM_STEPS = 1;

/**
 * `preferMainClaims` in MAIN_CLAIM_STEPS + 1 parts (round 19, cost): it yields after each
 * equal share of the anchors; the same moves, in the same order.
 */
export function* preferMainClaimsSteps(
  sorted: readonly Candidate[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
  partnerA: Int32Array,
  partnerB: Int32Array,
  scoreA: Float64Array,
  weakStands: (c: Candidate) => boolean = () => true,
  declined: { a: Set<number>; b: Set<number> } = { a: new Set(), b: new Set() },
): Generator<void, boolean> {
  const strong = sorted.filter((c) => c.score >= SPLIT_WEAK);
  const anchors = strong.filter((c) => c.score >= STRONG && partnerA[c.a] === c.b);
  // Each sentence's strong candidates, in score order: an anchor looks only at its own two sentences'.
  const bySentence = new Map<string, Candidate[]>();
  for (const c of strong)
    for (const k of [`a${c.a}`, `b${c.b}`]) {
      const list = bySentence.get(k);
      if (list) list.push(c);
      else bySentence.set(k, [c]);
    }
  const moved = new Set<string>();
  const share = Math.ceil(anchors.length / (MAIN_CLAIM_STEPS + 1));
  let yielded = 0;
  for (let k = 0; k < anchors.length; k++) {
    if (k > 0 && k % share === 0 && yielded < MAIN_CLAIM_STEPS) {
      yielded++;
      yield;
    }
    const anchor = anchors[k] as Candidate;
    if (partnerA[anchor.a] !== anchor.b || moved.has(`a${anchor.a}`) || moved.has(`b${anchor.b}`)) continue;
    const rivals = [...(bySentence.get(`a${anchor.a}`) ?? []), ...(bySentence.get(`b${anchor.b}`) ?? [])];
    for (const other of rivals) {
      const sameA = other.a === anchor.a && other.b !== anchor.b && partnerB[other.b] === -1;
      const sameB = other.b === anchor.b && other.a !== anchor.a && partnerA[other.a] === -1;
      if (!sameA && !sameB) continue;
      const weakRival = other.score < STRONG;
      const whole = (sameA ? vectors.a[anchor.a] : vectors.b[anchor.b]) as Vector;
      const mine = (sameA ? vectors.b[anchor.b] : vectors.a[anchor.a]) as Vector;
      const theirs = (sameA ? vectors.b[other.b] : vectors.a[other.a]) as Vector;
      const choice = quantityChoice(whole, mine, theirs) ?? mainPartner(whole, mine, theirs, weakRival);
      if (choice !== 2) continue;
      partnerA[anchor.a] = -1;
      partnerB[anchor.b] = -1;
      moved.add(`a${anchor.a}`).add(`b${anchor.b}`);
      if (weakRival && !weakStands(other)) {
        if (sameA) declined.a.add(anchor.a);
        else declined.b.add(anchor.b);
        break;
      }
      partnerA[other.a] = other.b;
      partnerB[other.b] = other.a;
      scoreA[other.a] = other.score;
      moved.add(`a${other.a}`).add(`b${other.b}`);
      break;
    }
  }
  for (; yielded < MAIN_CLAIM_STEPS; yielded++) yield;
  return moved.size > 0;
}
