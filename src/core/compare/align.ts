/**
 * Sentence alignment (ADR 0015): one-to-one pairs from the candidates (candidates.ts: an
 * inverted index over B's features, so each sentence of A is scored only against B's sentences
 * that share a rare feature, never all n·m pairs; thresholds in thresholds.ts). Selection is:
 *  1. anchors: the best candidates above STRONG, one partner each, anywhere in the other
 *     article (moved paragraphs keep their pairs);
 *  2. the anchors that keep the articles' order (a longest increasing run) frame the rest:
 *     a weaker candidate above WEAK is taken when it falls between its framing anchors, or
 *     right beside a strong pair (the next sentence of a moved paragraph);
 *  3. nothing is taken below WEAK, nothing weak without an anchor, and nothing weak unless
 *     the two sentences are each other's best match or share a feature unique to them (a
 *     word, figure or fact in no other sentence of either article): unrelated articles get
 *     no pairs rather than forced ones, and a sentence that shares only the story's common
 *     words with a better-matched sentence stays unpaired; nor when most of what they share
 *     is the name of a person both mention (evidence.ts); nor when they share no figure and
 *     one of them has a candidate that shares its figure (`figureRivalled`), nor when only a shared
 *     "the two" (a pair named already, read as the number 2) lifts them over WEAK (`pairReferenceOnly`);
 *  4. the ordered prior: in a narrow gap between two pairs in order, two free sentences that
 *     are each other's best remaining candidate and share an event the claim engine found
 *     are paired (ADR 0022, fourth round);
 *  5. two articles with fewer anchors than `relatedAt` tell different stories (only a close
 *     match stands alone), unless their anchors and weak links line up in order over half
 *     the shorter article (`sameStoryChain`): one story told in other words (ADR 0022,
 *     sixth round), or their leads tell one happening (evidence.ts `sameLead`, round 9). An
 *     anchor dropped there is still a weak candidate.
 *
 * Split by concern in round 14: candidates.ts, thresholds.ts, framing.ts (steps 2 and 4),
 * main-claims.ts (a sentence that says what two say).
 */

import { readActorActs, sameActorAct } from './actor-act';
import { sharedBackground } from './background';
import type { Candidate } from './candidates';
import { orderedChain, type PairKey } from './chain';
import { namesOnly, sameLead } from './evidence';
import { cosine, type Vector } from './features';
import { figureRivalled, figureSentences, pairReferenceOnly } from './figures';
import { framed, frameOf, orderedPrior } from './framing';
import { MAIN_CLAIM_STEPS, preferMainClaimsSteps } from './main-claims';
import { preferMainOverMinor } from './minor-rivals';
import { preferOwnAccounts } from './own-accounts';
import { OWN_WORDS, ownWording } from './own-wording';
import { preferToldOverPassing } from './passing';
import { preferSameQuote } from './quoted-words';
import { preferReportedAccounts } from './reported-accounts';
import { candidatesBySentence } from './sentence-candidates';
import { preferSameForm } from './speech-form';
import { ALONE, LINK, relatedAt, STRONG, sameStoryChain } from './thresholds';
import { otherNamedSpeakers, otherUnnamedSpeakers } from './unnamed-speakers';
import { sameValue } from './value-keys';

export type { PairKey } from './chain';

/** The anchors taken so far and the weak links, sorted by A, for sameStoryChain. */
function storyLinks(
  sorted: readonly Candidate[],
  partnerA: Int32Array,
  mutual: (c: Candidate) => boolean,
  free: (c: Candidate) => boolean,
): { a: number; b: number; score: number }[] {
  const out: { a: number; b: number; score: number }[] = [];
  for (const c of sorted)
    if (partnerA[c.a] === c.b || (c.score >= LINK && c.unique >= 1 && mutual(c) && free(c)))
      out.push({ a: c.a, b: c.b, score: c.score });
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}

export interface Selected {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly moved: boolean;
}

/**
 * One-to-one pairs from the candidates (see the file comment). `key` names a pair the same
 * way whichever article is A (its two sentences' texts), to break exact ties.
 */
export function selectPairs(
  candidates: readonly Candidate[],
  nA: number,
  nB: number,
  key: PairKey = (a, b) => `${Math.min(a, b)}:${Math.max(a, b)}`,
  vectors?: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
): Selected[] {
  const steps = selectSteps(candidates, nA, nB, key, vectors);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/** The steps the value-key and actor-act passes take (ADRs 0163, 0165), yielded too when there are no anchors. */
const PASS_STEPS = 3;

/** How many times `selectSteps` yields before it returns (the compare's `select` phase counts them). */
export const SELECT_STEPS = 5 + PASS_STEPS + MAIN_CLAIM_STEPS;

/**
 * `selectPairs` in SELECT_STEPS + 1 parts, so a long comparison's selection is no single long
 * task (round 19, cost): it yields after the strong anchors are taken, within and after the
 * settling of a split's claims (main-claims.ts), after a quotation is given its quotation, after
 * a sentence is given its main claim (round 32), after the anchors' order is known, before the value-key pass
 * (ADR 0163) and before each side's actors and acts are read (ADR 0165). The same pairs as `selectPairs`.
 */
export function* selectSteps(
  candidates: readonly Candidate[],
  nA: number,
  nB: number,
  key: PairKey = (a, b) => `${Math.min(a, b)}:${Math.max(a, b)}`,
  vectors?: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
): Generator<void, Selected[]> {
  // Best first; ties broken by the texts, then by position (for repeated sentences), so the
  // order is the same whichever article is A and wherever an unrelated sentence is added.
  const keys = new Map<Candidate, string>();
  const keyOf = (c: Candidate) => {
    let k = keys.get(c);
    if (k === undefined) {
      k = key(c.a, c.b);
      keys.set(c, k);
    }
    return k;
  };
  const sorted = [...candidates].sort((p, q) => {
    if (q.score !== p.score) return q.score - p.score;
    const kp = keyOf(p);
    const kq = keyOf(q);
    if (kp !== kq) return kp < kq ? -1 : 1;
    return (
      Math.abs(p.a - p.b) - Math.abs(q.a - q.b) ||
      p.a + p.b - (q.a + q.b) ||
      Math.min(p.a, p.b) - Math.min(q.a, q.b)
    );
  });
  // Each sentence's best candidate (first in score order), for mutual-best checks.
  const bestOfA = new Int32Array(nA).fill(-1);
  const bestOfB = new Int32Array(nB).fill(-1);
  for (const c of sorted) {
    if (bestOfA[c.a] === -1) bestOfA[c.a] = c.b;
    if (bestOfB[c.b] === -1) bestOfB[c.b] = c.a;
  }
  const mutual = (c: Candidate) => bestOfA[c.a] === c.b && bestOfB[c.b] === c.a;
  const partnerA = new Int32Array(nA).fill(-1);
  const partnerB = new Int32Array(nB).fill(-1);
  const scoreA = new Float64Array(nA);
  const free = (c: Candidate) => partnerA[c.a] === -1 && partnerB[c.b] === -1;
  const take = (c: Pick<Candidate, 'a' | 'b' | 'score'>) => {
    partnerA[c.a] = c.b;
    partnerB[c.b] = c.a;
    scoreA[c.a] = c.score;
  };
  for (const c of sorted) if (c.score >= STRONG && free(c)) take(c);
  yield;
  let split = false;
  const declined = { a: new Set<number>(), b: new Set<number>() };
  if (vectors)
    split = yield* preferMainClaimsSteps(
      sorted,
      vectors,
      partnerA,
      partnerB,
      scoreA,
      (c) => c.unique >= 1 || mutual(c),
      declined,
    );
  else for (let k = 0; k < MAIN_CLAIM_STEPS; k++) yield;
  if (split)
    // A sentence a split gave up takes its next anchor, as if it had never been taken (round 10).
    for (const c of sorted)
      if (c.score >= STRONG && free(c) && !declined.a.has(c.a) && !declined.b.has(c.b)) take(c);
  // A quotation with a quotation, a report with a report (speech-form.ts, round 18).
  yield;
  // Each sentence's candidates, for the passes that look for an anchor's rivals (round 32).
  const index = candidatesBySentence(sorted, bestOfA, bestOfB);
  // Sentences it leaves free (one pair of like forms taken from two crossed ones) take their next
  // anchor (ADR 0138).
  const left = { a: [] as number[], b: [] as number[] };
  if (vectors && preferSameForm(sorted, vectors, partnerA, partnerB, scoreA, left) && left.a.length)
    for (const c of sorted)
      if (c.score >= STRONG && free(c) && (left.a.includes(c.a) || left.b.includes(c.b))) take(c);
  // …and a quotation with the sentence that quotes its words (quoted-words.ts, ADR 0075).
  if (vectors) preferSameQuote(sorted, vectors, partnerA, partnerB, scoreA);
  if (vectors) preferToldOverPassing(sorted, vectors, partnerA, partnerB, scoreA, index);
  yield;
  // …below an anchor, a sentence with the one that tells its main claim (minor-rivals.ts), and a
  // quotation's account with a weaker account whose best match it is (own-accounts.ts): round
  // 32, in a step of their own (ADR 0068's long-task limit).
  if (vectors) {
    preferMainOverMinor(sorted, vectors, partnerA, partnerB, scoreA, index);
    preferOwnAccounts(sorted, vectors, partnerA, partnerB, scoreA, index);
    preferReportedAccounts(sorted, vectors, partnerA, partnerB, scoreA, index);
  }
  yield;
  // Two articles with few anchors tell different stories: there, only a close match stands alone.
  let anchorCount = 0;
  for (let i = 0; i < nA; i++) if ((partnerA[i] as number) >= 0) anchorCount++;
  // …unless they line up in order over half the shorter one: one story told in other words
  // (few strong anchors, many weak matches each other's best, in the same order).
  const related =
    anchorCount >= relatedAt(nA, nB) ||
    orderedChain(storyLinks(sorted, partnerA, mutual, free), nB, key).size >= sameStoryChain(nA, nB) ||
    (!!vectors && sameLead(vectors.a, vectors.b));
  // …or a background line both tell (background.ts, round 28): it stands, but frames nothing.
  const background = new Set<number>();
  if (!related)
    for (let i = 0; i < nA; i++) {
      const j = partnerA[i] as number;
      if (j < 0 || (scoreA[i] as number) >= ALONE) continue;
      if (
        sharedBackground(
          vectors?.a[i],
          vectors?.b[j],
          scoreA[i] as number,
          bestOfA[i] === j && bestOfB[j] === i,
        )
      )
        background.add(i);
      else {
        partnerA[i] = -1;
        partnerB[j] = -1;
      }
    }
  // …and so does a pair met through one feature only (candidates.ts enoughShared: a speaker's
  // act, "He did not elaborate" / "He offered no details"): a remark sits wherever a writer puts
  // it, so it says nothing of the order of the rest (round 30).
  const lone = new Set<number>();
  for (const c of sorted) if (c.shared === 1 && partnerA[c.a] === c.b) lone.add(c.a);
  const anchors: { a: number; b: number; score: number }[] = [];
  for (let i = 0; i < nA; i++)
    if ((partnerA[i] as number) >= 0 && !background.has(i) && !lone.has(i))
      anchors.push({ a: i, b: partnerA[i] as number, score: scoreA[i] as number });
  const inOrder = orderedChain(anchors, nB, key);
  const ordered = anchors.filter((_, k) => inOrder.has(k));
  const moved = new Set(anchors.filter((_, k) => !inOrder.has(k)).map((p) => p.a));
  yield;
  if (anchors.length) {
    const frame = frameOf(ordered, nA, nB);
    // Framed weak pairs in one pass (best first); then pairs beside a pair, until none is added.
    const figures = vectors ? figureSentences(sorted, vectors) : null;
    let weak = sorted.filter(
      (c) =>
        (c.score < STRONG || (!related && c.score < ALONE)) &&
        (c.unique >= 1 || mutual(c)) &&
        !(vectors && namesOnly(vectors.a[c.a], vectors.b[c.b])) &&
        !(vectors && pairReferenceOnly(c, vectors.a[c.a] as Vector, vectors.b[c.b] as Vector)) &&
        !(vectors && figures && figureRivalled(c, figures, vectors)) &&
        !(vectors && otherUnnamedSpeakers(vectors.a[c.a] as Vector, vectors.b[c.b] as Vector)) &&
        !(vectors && otherNamedSpeakers(vectors.a[c.a] as Vector, vectors.b[c.b] as Vector)),
    );
    for (const c of weak) if (free(c) && framed(frame, c)) take(c);
    // Ordered prior (framing.ts): each other's best remaining candidate in a narrow gap, one event.
    for (const c of orderedPrior(sorted, frame, free, nA, nB, vectors)) if (free(c)) take(c);
    // Anywhere, out of order (a moved or rewritten passage): each other's best match that give
    // one day of a month no other sentence of either article gives ("Starting Nov. 8, …" / "…
    // due to take effect on November 8"). A day is specific where words are not: two unique
    // words anywhere paired 31 more cross-story sentences (ADR 0022, fourth round). So is a
    // figure that is neither a day nor a year ("5,561 people" / "5,561 applicants"; round 16).
    for (const c of weak) if (free(c) && mutual(c) && (c.uniqueDate || c.uniqueFigure)) take(c);
    // …or one length of time or one day in other words ("for a year" / "for twelve months";
    // value-keys.ts, ADR 0163). A step of its own: on two long articles the passes below each read
    // every sentence, so they are cut into steps (each under the long-task limit, bench:compare).
    yield;
    if (related && vectors) {
      const value = sameValue(vectors);
      for (const c of weak) if (free(c) && mutual(c) && value(c.a, c.b)) take(c);
    }
    // …and, in one story, each other's best match that keep two words of their own, in no other
    // sentence of either article: a paraphrase's act and object (own-wording.ts, ADR 0157).
    if (related && vectors) {
      const wording = ownWording(vectors);
      for (const c of weak) if (free(c) && mutual(c) && c.unique >= OWN_WORDS && wording(c.a, c.b)) take(c);
    }
    // …and two free sentences of one story that tell one actor doing one act, in other words if
    // need be, told in no other sentence of either article (actor-act.ts, ADR 0165).
    // Each side's actors and acts are read in a step of their own first.
    yield;
    if (related && vectors) readActorActs(vectors.a);
    yield;
    if (related && vectors) readActorActs(vectors.b);
    if (related && vectors)
      for (const p of sameActorAct(vectors))
        if (partnerA[p.a] === -1 && partnerB[p.b] === -1)
          take({ ...p, score: cosine(vectors.a[p.a] as Vector, vectors.b[p.b] as Vector).score });
    for (let added = true; added; ) {
      added = false;
      weak = weak.filter(free);
      for (const c of weak) {
        // Beside a strong pair only: a moved passage is anchored; weak pairs do not grow
        // a run of weak pairs from one another (ADR 0022, sixth round).
        const beside =
          (c.a > 0 &&
            partnerA[c.a - 1] === c.b - 1 &&
            (scoreA[c.a - 1] as number) >= STRONG &&
            !background.has(c.a - 1)) ||
          (c.a + 1 < nA &&
            partnerA[c.a + 1] === c.b + 1 &&
            (scoreA[c.a + 1] as number) >= STRONG &&
            !background.has(c.a + 1));
        if (beside && free(c)) {
          take(c);
          moved.add(c.a);
          added = true;
        }
      }
    }
  } else for (let k = 0; k < PASS_STEPS; k++) yield;
  const out: Selected[] = [];
  for (let i = 0; i < nA; i++) {
    const j = partnerA[i] as number;
    if (j >= 0) out.push({ a: i, b: j, score: scoreA[i] as number, moved: moved.has(i) });
  }
  return out;
}
