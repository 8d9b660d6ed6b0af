/**
 * The comparison as resumable work: a generator that does one bounded chunk per `next()`
 * (segment; annotate each side by paragraph chunks; featurise and index by sentence
 * batches; score candidates by batches of A; select; diff pairs by batches; assemble), so
 * a page can spread it over tasks or run it in a worker, and render from `snapshot()`.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { readAcross } from './across';
import { SELECT_STEPS, type Selected, selectSteps } from './align';
import { addToIndex, candidatesFor } from './candidates';
import { DEFAULT_CHUNK } from './chunk-sizes';
import { changedFigureClaims } from './context-figures';
import { datedBySentence } from './dated';
import { changedFigures, sameWords, wordDiff } from './diff';
import { paragraphChunks, type SideClaim, type SideFacts } from './facts';
import { Rarity, type SentenceFeatures, type Vector, vectorOf } from './features';
import { compareQuotes, type QuoteInfo } from './quote-pairs';
import { quotationsOf } from './quotes';
import { type Segmented, segment, textsOf } from './segment';
import { clearSentenceMemos } from './sentence-memo';
import { comparedText, sideFactsStepCount, sideFactsSteps, sideFeatures } from './side-facts';
import { assemble, type State } from './state';
import { commonCap } from './thresholds';
import { looksEnglish } from './tokens';
import type { ArticleInput, CompareOptions, CompareProgress, CompareResult, DiffOp } from './types';

export { DEFAULT_CHUNK };

function norm(input: ArticleInput | string): ArticleInput {
  return typeof input === 'string' ? { text: input } : input;
}

/** The work, one chunk per `next()`. Returns the result. */
export function* compareWork(
  inputA: ArticleInput | string,
  inputB: ArticleInput | string,
  options: CompareOptions,
  st: State,
): Generator<CompareProgress, CompareResult> {
  // Per-sentence memos serve one comparison (sentence-memo.ts).
  clearSentenceMemos();
  const a = norm(inputA);
  const b = norm(inputB);
  const chunk = { ...DEFAULT_CHUNK, ...options.chunk };
  const textA = comparedText(a);
  const textB = comparedText(b);
  const segA = segment(textA, options.segmenter);
  st.segA = segA;
  st.sentA = textsOf(segA);
  yield { phase: 'segment', done: 1, total: 4 };
  // Each side's language, read once here for the summary (a long article's is a step of its own).
  st.englishA = looksEnglish(textA);
  yield { phase: 'segment', done: 2, total: 4 };
  const segB = segment(textB, options.segmenter);
  st.segB = segB;
  st.sentB = textsOf(segB);
  yield { phase: 'segment', done: 3, total: 4 };
  st.englishB = looksEnglish(textB);
  yield { phase: 'segment', done: 4, total: 4 };

  const base = options.factBase ?? null;
  if (base) {
    // Each side's facts: computed here by paragraph chunks (a step each), or given (computed
    // elsewhere, e.g. by a second worker at the same time: side-facts.ts), or awaited.
    const given = options.facts ?? {};
    const steps = (text: string, n: number) =>
      sideFactsStepCount(paragraphChunks(text, chunk.chars).length, n, chunk.sentences);
    const total =
      (given.a ? 0 : steps(textA, st.sentA.length)) + (given.b ? 0 : steps(textB, st.sentB.length));
    let done = 0;
    for (const which of ['a', 'b'] as const) {
      const source = given[which];
      let facts: SideFacts | undefined;
      if (source) {
        const ready = () => (typeof source === 'function' ? source() : source);
        for (facts = ready(); !facts; facts = ready()) yield { phase: 'facts', done, total, waiting: true };
      } else {
        const steps = sideFactsSteps(
          which === 'a' ? segA : segB,
          (which === 'a' ? a : b).published ?? null,
          base,
          chunk.chars,
          chunk.sentences,
        );
        for (let next = steps.next(); ; next = steps.next()) {
          if (next.done) {
            facts = next.value;
            break;
          }
          yield { phase: 'facts', done: ++done, total };
        }
      }
      if (which === 'a') st.factsA = facts as SideFacts;
      else st.factsB = facts as SideFacts;
    }
  }

  // Features (each side's, with its facts when a fact base is given: side-facts.ts), their rarity,
  // vectors, B's inverted index, then A's candidates: each in batches of sentences, since each
  // needs the one before complete.
  const nA = st.sentA.length;
  const nB = st.sentB.length;
  const all = [...segA.content, ...segB.content];
  const size = chunk.sentences;
  const batches = (n: number) => Math.ceil(n / size);
  // A's candidates in quarter batches: the first ones meet most of B's sentences for the first
  // time and pay for their per-sentence evidence (kept by vector), so they run long (round 19).
  const candidateSize = Math.max(1, Math.ceil(size / 4));
  const featsA = st.factsA.features?.length === nA ? st.factsA.features : null;
  const featsB = st.factsB.features?.length === nB ? st.factsB.features : null;
  const alignTotal =
    (featsA && featsB ? 0 : batches(all.length)) +
    batches(all.length) +
    batches(nB) +
    Math.ceil(nA / candidateSize);
  let alignDone = 0;
  const rarity = new Rarity();
  const feats: SentenceFeatures[] = [];
  if (featsA && featsB) feats.push(...featsA, ...featsB);
  else {
    // Without a fact base (or with a side's facts built by hand): worked out here.
    const datedA = datedBySentence(st.factsA.claims, nA);
    const datedB = datedBySentence(st.factsB.claims, nB);
    for (let k = 0; k < all.length; k += size) {
      const to = Math.min(all.length, k + size);
      if (k < nA)
        feats.push(
          ...(featsA?.slice(k, Math.min(nA, to)) ??
            sideFeatures(segA.content, st.factsA, datedA, base, k, Math.min(nA, to), a.published ?? null)),
        );
      if (to > nA)
        feats.push(
          ...(featsB?.slice(Math.max(0, k - nA), to - nA) ??
            sideFeatures(
              segB.content,
              st.factsB,
              datedB,
              base,
              Math.max(0, k - nA),
              to - nA,
              b.published ?? null,
            )),
        );
      yield { phase: 'align', done: ++alignDone, total: alignTotal };
    }
  }
  for (let q = 0; q < all.length; q++) rarity.add(feats[q] as SentenceFeatures, q < nA ? 'a' : 'b');
  const vectors: Vector[] = [];
  for (let k = 0; k < all.length; k += size) {
    for (let q = k; q < Math.min(all.length, k + size); q++)
      vectors.push(vectorOf(feats[q] as SentenceFeatures, rarity));
    yield { phase: 'align', done: ++alignDone, total: alignTotal };
  }
  const va = vectors.slice(0, nA);
  const vb = vectors.slice(nA);
  const index = new Map<string, number[]>();
  for (let k = 0; k < nB; k += size) {
    for (let j = k; j < Math.min(nB, k + size); j++) addToIndex(index, vb[j] as Vector, j);
    yield { phase: 'align', done: ++alignDone, total: alignTotal };
  }
  const cap = commonCap(nA + nB);
  const features = { common: (k: string) => rarity.count(k) > cap, unique: (k: string) => rarity.unique(k) };
  for (let i = 0; i < nA; i += candidateSize) {
    for (let q = i; q < Math.min(nA, i + candidateSize); q++)
      st.candidates.push(...candidatesFor(q, va[q] as Vector, vb, index, features));
    yield { phase: 'align', done: ++alignDone, total: alignTotal };
  }

  const pairKey = (i: number, j: number) => {
    const x = st.sentA[i] as string;
    const y = st.sentB[j] as string;
    return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
  };
  const selectTotal = SELECT_STEPS + 3;
  let selectDone = 0;
  const selecting = selectSteps(st.candidates, nA, nB, pairKey, { a: va, b: vb });
  for (let next = selecting.next(); ; next = selecting.next()) {
    if (next.done) {
      st.selected = next.value;
      break;
    }
    yield { phase: 'select', done: ++selectDone, total: selectTotal };
  }
  st.selectedDone = true;
  yield { phase: 'select', done: ++selectDone, total: selectTotal };
  const persons = (facts: SideFacts, n: number, factById: (id: string) => Fact | undefined) =>
    Array.from({ length: n }, (_, s) =>
      (facts.bySentence[s] ?? [])
        .map((id) => factById(id))
        .filter((f): f is Fact => f?.kind === 'person')
        .map((f) => ({ id: f.id, name: f.title })),
    );
  const lookup = base ? base.factById : () => undefined;
  const qa: QuoteInfo = {
    quoted: quotationsOf(st.sentA, segA.paragraph, persons(st.factsA, nA, lookup)),
  };
  yield { phase: 'select', done: ++selectDone, total: selectTotal };
  const qb: QuoteInfo = {
    quoted: quotationsOf(st.sentB, segB.paragraph, persons(st.factsB, nB, lookup)),
  };
  yield { phase: 'select', done: ++selectDone, total: selectTotal };

  const quoteOf = compareQuotes(qa, qb, st.selected);
  st.quotes = [...quoteOf.values()].sort((x, y) => x.a - y.a);
  const claimsIn = (facts: SideFacts) => {
    const m = new Map<number, SideClaim[]>();
    for (const c of facts.claims) m.set(c.sentence, [...(m.get(c.sentence) ?? []), c]);
    return m;
  };
  const claimsA = claimsIn(st.factsA);
  const claimsB = claimsIn(st.factsB);
  /** The paragraph before sentence `s` and its paragraph's sentences before it. */
  const contextOf = (seg: Segmented, s: number) => {
    const para = (seg.paragraph[s] ?? 0) - 1;
    let first = s;
    while (first > 0 && (seg.paragraph[first - 1] ?? 0) >= para) first--;
    return seg.text.slice((seg.spans[first] as Span).start, (seg.spans[s] as Span).start);
  };
  const across = (s: Selected, diff: DiffOp[]) => {
    if (!base) return;
    const ca = claimsA.get(s.a) ?? [];
    const cb = claimsB.get(s.b) ?? [];
    for (const c of ca) {
      if (cb.some((x) => x.factId === c.factId)) continue;
      const r = readAcross(
        c,
        'a',
        diff,
        s.b,
        st.sentB[s.b] as string,
        base,
        b.published ?? null,
        contextOf(segA, s.a),
      );
      if (r) st.acrossB.push(r);
    }
    for (const c of cb) {
      if (ca.some((x) => x.factId === c.factId)) continue;
      const r = readAcross(
        c,
        'b',
        diff,
        s.a,
        st.sentA[s.a] as string,
        base,
        a.published ?? null,
        contextOf(segB, s.b),
      );
      if (r) st.acrossA.push(r);
    }
  };
  const diffTotal = Math.ceil(st.selected.length / chunk.pairs);
  for (let k = 0; k < st.selected.length; k += chunk.pairs) {
    for (const s of st.selected.slice(k, k + chunk.pairs)) {
      const ta = st.sentA[s.a] as string;
      const tb = st.sentB[s.b] as string;
      const quote = quoteOf.get(`${s.a}:${s.b}`);
      const diff = wordDiff(ta, tb);
      const figures = changedFigures(ta, tb);
      across(s, diff);
      if (base)
        for (const [ca, cb] of changedFigureClaims(
          s,
          figures,
          { a: st.sentA, b: st.sentB },
          { a: claimsA.get(s.a) ?? [], b: claimsB.get(s.b) ?? [] },
          { a: st.factsA.bySentence, b: st.factsB.bySentence },
          base,
          { a: a.published ?? null, b: b.published ?? null },
        )) {
          st.acrossA.push(ca);
          st.acrossB.push(cb);
        }
      st.pairs.push({
        a: s.a,
        b: s.b,
        score: Math.round(s.score * 1000) / 1000,
        diff,
        identical: sameWords(ta, tb),
        moved: s.moved,
        figures,
        ...(quote ? { quote } : {}),
      });
    }
    yield { phase: 'diff', done: Math.min(diffTotal, k / chunk.pairs + 1), total: diffTotal };
  }
  st.result = assemble(st, textA, textB, lookup);
  return st.result;
}
