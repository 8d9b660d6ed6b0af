/**
 * Sentence alignment (ADR 0015). Candidates come from an inverted index over B's features,
 * so each sentence of A is scored only against B's sentences that share a rare feature
 * (never all n·m pairs). Selection is then:
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
 *     one of them has a candidate that shares its figure (`figureRivalled`);
 *  4. the ordered prior: in a narrow gap between two pairs in order, two free sentences that
 *     are each other's best remaining candidate and share an event the claim engine found
 *     are paired (ADR 0022, fourth round);
 *  5. two articles with fewer anchors than `relatedAt` tell different stories (only a close
 *     match stands alone), unless their anchors and weak links line up in order over half
 *     the shorter article (`sameStoryChain`): one story told in other words (ADR 0022,
 *     sixth round), or their leads tell one happening (evidence.ts `sameLead`, round 9). An
 *     anchor dropped there is still a weak candidate.
 */

import { orderedChain, type PairKey } from './chain';
import { otherCommodity } from './commodities';
import {
  counterparts,
  namesAlone,
  namesOnly,
  otherHappening,
  otherInstance,
  sameEvent,
  sameLead,
  sharedUniqueDate,
} from './evidence';
import { cosine, type Vector } from './features';
import { figureRivalled, figureSentences, quantityChoice, sharesFigure } from './figures';
import { otherMeetingPhase } from './predicates';
import { mainPartner, SPLIT_WEAK } from './splits';
import { REMARK_KEYS } from './tokens';

export type { PairKey } from './chain';

/** Above this, a pair needs no support from its neighbours (an anchor). */
export const STRONG = 0.3;
/** An anchor this close stands even when the articles share little else. */
export const ALONE = 0.5;
/**
 * Anchors needed before weaker anchors count: two articles that share fewer tell different
 * stories (a fifth of the shorter one's sentences, at most 3, and at least 2 unless an
 * article has one sentence: one sentence two short stories share is no story; ADR 0022,
 * sixth round).
 */
export function relatedAt(nA: number, nB: number): number {
  return Math.min(3, Math.max(Math.min(2, nA, nB), Math.ceil(Math.min(nA, nB) / 5)));
}
/**
 * Two articles with few strong anchors still tell one story when their anchors and their weak
 * links (each other's best match, score ≥ LINK, a feature unique to the two) make a chain in
 * order this long: half the shorter article's sentences, at least CHAIN_MIN (ADR 0022, sixth
 * round). Unrelated stories on one theme share a few such links, scattered, never half an article.
 */
export function sameStoryChain(nA: number, nB: number): number {
  return Math.max(CHAIN_MIN, Math.ceil(Math.min(nA, nB) / 2));
}
export const CHAIN_MIN = 4;
/** A weak link counts toward one story from this score (see sameStoryChain). */
export const LINK = 0.2;

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
/**
 * From this score two sentences are one sentence in two versions, and a changed ordinal in
 * them is a correction ("the 23rd round" corrected to "the 24th"), not another instance of a
 * series (evidence.ts otherInstance; d8-4: 0.91, against 0.58 for two rounds' leads in d8-1).
 */
export const SAME_SENTENCE = 0.8;
/** Below this, never a pair. */
export const WEAK = 0.15;
/**
 * A weak pair taken on the ordered prior alone (no feature of its own) must sit in a gap
 * between two pairs in order that holds at most this many sentences on one side, counting
 * only sentences that share anything with the other article: the sentence between two
 * aligned neighbours.
 */
export const GAP_MAX = 1;
/**
 * A feature in more sentences than this proposes no candidates (it still scores): about
 * 2√N of N sentences, never fewer than COMMON_MIN. In a 40-sentence comparison that is 13
 * sentences; in 5 000 sentences, 142: a word that common links nothing in particular.
 */
export function commonCap(totalSentences: number): number {
  return Math.max(COMMON_MIN, Math.ceil(2 * Math.sqrt(totalSentences)));
}
/** …but a feature in this many sentences or fewer always does. */
export const COMMON_MIN = 12;

export interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly shared: number;
  /** Shared features found in no other sentence of either article (see Rarity.unique). */
  readonly unique: number;
  /** A day of a month (a month and a day number) said in these two sentences and no other. */
  readonly uniqueDate?: boolean;
}

/** Adds B's sentence `j` to the inverted index (feature → B sentences having it). */
export function addToIndex(index: Map<string, number[]>, v: Vector, j: number): void {
  for (const k of v.w.keys()) {
    const list = index.get(k);
    if (list) list.push(j);
    else index.set(k, [j]);
  }
}

/** The candidates in B for sentence `i` of A, scored (see below). No cut-off by rank, so the
 * candidates are the same whichever article is A (swapping A and B swaps the result). */
export function candidatesFor(
  i: number,
  va: Vector,
  vb: readonly Vector[],
  index: ReadonlyMap<string, number[]>,
  features: { common(key: string): boolean; unique(key: string): boolean },
): Candidate[] {
  // Dot products over the features that propose candidates; a B sentence is scored in full
  // only when they alone reach half of WEAK (the rest, common words, cannot make a pair of
  // it on their own). The same rule whichever article is A.
  const partial = new Map<number, number>();
  for (const [k, x] of va.w) {
    const list = index.get(k);
    if (!list || features.common(k)) continue;
    for (const j of list) partial.set(j, (partial.get(j) ?? 0) + x * ((vb[j] as Vector).w.get(k) ?? 0));
  }
  const out: Candidate[] = [];
  for (const [j, dot] of partial) {
    const v = vb[j] as Vector;
    if (dot < (WEAK / 2) * va.norm * v.norm) continue;
    const c = cosine(va, v, features.unique);
    if (
      c.score >= WEAK &&
      enoughShared(c, va, v, features.unique) &&
      !counterparts(va, v) &&
      // One name in common is a topic: no anchor (round 10); weak names-only pairs are
      // judged in selectPairs (namesOnly).
      !(c.score >= STRONG && c.score < SAME_SENTENCE && namesAlone(va, v)) &&
      (c.score >= SAME_SENTENCE ||
        (!otherInstance(va, v) &&
          !(otherHappening(va, v) && !sharesFigure(va, v)) &&
          !otherCommodity(va, v) &&
          !otherMeetingPhase(va, v)))
    )
      out.push({ a: i, b: j, ...c, uniqueDate: sharedUniqueDate(va, v, features.unique) });
  }
  return out;
}

/**
 * Two features shared make a candidate; one is enough when it is a speaker's act said in these
 * two sentences and no other (tokens.ts REMARK_KEYS: "He did not elaborate" / "Jaiswal gave no
 * details of the companies"): it stands for a whole phrase, not one word (round 12).
 */
function enoughShared(
  c: { shared: number; unique: number },
  va: Vector,
  vb: Vector,
  unique: (key: string) => boolean,
): boolean {
  if (c.shared >= 2) return true;
  if (c.shared !== 1 || c.unique !== 1) return false;
  for (const k of REMARK_KEYS) if (va.w.has(k) && vb.w.has(k) && unique(k)) return true;
  return false;
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
  const take = (c: Candidate) => {
    partnerA[c.a] = c.b;
    partnerB[c.b] = c.a;
    scoreA[c.a] = c.score;
  };
  for (const c of sorted) if (c.score >= STRONG && free(c)) take(c);
  if (vectors && preferMainClaims(sorted, vectors, partnerA, partnerB, scoreA))
    // A sentence a split gave up takes its next anchor, as if it had never been taken (round 10).
    for (const c of sorted) if (c.score >= STRONG && free(c)) take(c);
  // Two articles with few anchors tell different stories: there, only a close match stands alone.
  let anchorCount = 0;
  for (let i = 0; i < nA; i++) if ((partnerA[i] as number) >= 0) anchorCount++;
  // …unless they line up in order over half the shorter one: one story told in other words
  // (few strong anchors, many weak matches each other's best, in the same order).
  const related =
    anchorCount >= relatedAt(nA, nB) ||
    orderedChain(storyLinks(sorted, partnerA, mutual, free), nB, key).size >= sameStoryChain(nA, nB) ||
    (!!vectors && sameLead(vectors.a, vectors.b));
  if (!related)
    for (let i = 0; i < nA; i++) {
      const j = partnerA[i] as number;
      if (j >= 0 && (scoreA[i] as number) < ALONE) {
        partnerA[i] = -1;
        partnerB[j] = -1;
      }
    }
  const anchors: { a: number; b: number; score: number }[] = [];
  for (let i = 0; i < nA; i++)
    if ((partnerA[i] as number) >= 0)
      anchors.push({ a: i, b: partnerA[i] as number, score: scoreA[i] as number });
  const inOrder = orderedChain(anchors, nB, key);
  const ordered = anchors.filter((_, k) => inOrder.has(k));
  const moved = new Set(anchors.filter((_, k) => !inOrder.has(k)).map((p) => p.a));
  if (anchors.length) {
    // Framing: for each sentence of A, the B range its partner must fall in to keep order.
    const lowB = new Int32Array(nA).fill(-1);
    const highB = new Int32Array(nA).fill(nB);
    // The same in A: the chain anchors' A sentences around each sentence of A.
    const lowA = new Int32Array(nA).fill(-1);
    const highA = new Int32Array(nA).fill(nA);
    let k = 0;
    for (let i = 0; i < nA; i++) {
      while (k < ordered.length && (ordered[k] as { a: number }).a < i) k++;
      lowB[i] = k > 0 ? (ordered[k - 1] as { b: number }).b : -1;
      lowA[i] = k > 0 ? (ordered[k - 1] as { a: number }).a : -1;
      const next = ordered[k] && (ordered[k] as { a: number }).a === i ? ordered[k + 1] : ordered[k];
      highB[i] = next ? next.b : nB;
      highA[i] = next ? next.a : nA;
    }
    // Framed weak pairs in one pass (best first); then pairs beside a pair, until none is added.
    const figures = vectors ? figureSentences(sorted, vectors) : null;
    let weak = sorted.filter(
      (c) =>
        (c.score < STRONG || (!related && c.score < ALONE)) &&
        (c.unique >= 1 || mutual(c)) &&
        !(vectors && namesOnly(vectors.a[c.a], vectors.b[c.b])) &&
        !(vectors && figures && figureRivalled(c, figures, vectors)),
    );
    for (const c of weak) {
      if (free(c) && c.b > (lowB[c.a] as number) && c.b < (highB[c.a] as number)) take(c);
    }
    // Ordered prior: between two pairs in order, a free sentence and a free sentence of the
    // partner gap that are each other's best remaining candidate, and that the claim engine
    // finds telling of one event, say the same thing more often than not, even with no
    // feature of their own (a paraphrase: "settled on new patrolling arrangements" / "a
    // patrolling deal"). Names alone are not enough: every sentence of a story has them.
    const framed = (c: Candidate) => c.b > (lowB[c.a] as number) && c.b < (highB[c.a] as number);
    // Sentences with any candidate, counted from the start (prefix sums): a gap's size counts
    // only those, so an unrelated sentence added in a gap changes nothing (ADR 0015's property).
    const linkedA = new Int32Array(nA + 1);
    const linkedB = new Int32Array(nB + 1);
    {
      const hasA = new Uint8Array(nA);
      const hasB = new Uint8Array(nB);
      for (const c of sorted) {
        hasA[c.a] = 1;
        hasB[c.b] = 1;
      }
      for (let i = 0; i < nA; i++) linkedA[i + 1] = (linkedA[i] as number) + (hasA[i] as number);
      for (let j = 0; j < nB; j++) linkedB[j + 1] = (linkedB[j] as number) + (hasB[j] as number);
    }
    /** Linked sentences strictly between positions `lo` and `hi`. */
    const between = (prefix: Int32Array, lo: number, hi: number) =>
      (prefix[hi] as number) - (prefix[lo + 1] as number);
    /** The gap between the two chain pairs around the candidate is small on one side at least. */
    const narrow = (c: Candidate) =>
      Math.min(
        between(linkedA, lowA[c.a] as number, highA[c.a] as number),
        between(linkedB, lowB[c.a] as number, highB[c.a] as number),
      ) <= GAP_MAX;
    const gap = sorted.filter(
      (c) =>
        c.score < STRONG &&
        free(c) &&
        framed(c) &&
        narrow(c) &&
        (!vectors || sameEvent(vectors.a[c.a], vectors.b[c.b])),
    );
    const gapBestA = new Map<number, Candidate>();
    const gapBestB = new Map<number, Candidate>();
    for (const c of gap) {
      if (!gapBestA.has(c.a)) gapBestA.set(c.a, c);
      if (!gapBestB.has(c.b)) gapBestB.set(c.b, c);
    }
    for (const c of gap) if (gapBestA.get(c.a) === c && gapBestB.get(c.b) === c && free(c)) take(c);
    // Anywhere, out of order (a moved or rewritten passage): each other's best match that give
    // one day of a month no other sentence of either article gives ("Starting Nov. 8, …" / "…
    // due to take effect on November 8"). A day is specific where words are not: two unique
    // words anywhere paired 31 more cross-story sentences (ADR 0022, fourth round).
    for (const c of weak) if (free(c) && mutual(c) && c.uniqueDate) take(c);
    for (let added = true; added; ) {
      added = false;
      weak = weak.filter(free);
      for (const c of weak) {
        // Beside a strong pair only: a moved passage is anchored; weak pairs do not grow
        // a run of weak pairs from one another (ADR 0022, sixth round).
        const beside =
          (c.a > 0 && partnerA[c.a - 1] === c.b - 1 && (scoreA[c.a - 1] as number) >= STRONG) ||
          (c.a + 1 < nA && partnerA[c.a + 1] === c.b + 1 && (scoreA[c.a + 1] as number) >= STRONG);
        if (beside && free(c)) {
          take(c);
          moved.add(c.a);
          added = true;
        }
      }
    }
  }
  const out: Selected[] = [];
  for (let i = 0; i < nA; i++) {
    const j = partnerA[i] as number;
    if (j >= 0) out.push({ a: i, b: j, score: scoreA[i] as number, moved: moved.has(i) });
  }
  return out;
}

/**
 * Anchors whose sentence is two sentences of the other article joined (splits.ts): when
 * another sentence there, still free, also matches it strongly, the pair goes to whichever
 * of the two carries the main claim, and the other is left for the next steps. Best
 * anchors first; each sentence moves at most once.
 */
function preferMainClaims(
  sorted: readonly Candidate[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
  partnerA: Int32Array,
  partnerB: Int32Array,
  scoreA: Float64Array,
): boolean {
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
  for (const anchor of anchors) {
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
      partnerA[other.a] = other.b;
      partnerB[other.b] = other.a;
      scoreA[other.a] = other.score;
      moved.add(`a${other.a}`).add(`b${other.b}`);
      break;
    }
  }
  return moved.size > 0;
}
