/**
 * The state a comparison fills phase by phase (run.ts), and the result built from it at
 * any moment: the final result once the work is done, a partial one (a snapshot) before.
 */
import type { Fact } from '../facts/schema';
import type { Selected } from './align';
import type { Candidate } from './candidates';
import { sameWords } from './diff';
import type { SideClaim, SideFacts } from './facts';
import { conflictsOf, factMentions, outdatedOf } from './facts-view';
import { differentFiguresOnly } from './figures-both-write';
import { notOwnedElsewhere } from './own-readings';
import type { Segmented } from './segment';
import { summarise } from './summary';
import type { CompareResult, QuoteComparison, SentencePair } from './types';

const EMPTY_FACTS: SideFacts = { bySentence: [], claims: [] };

/** Mutable state of one comparison, filled phase by phase. */
export interface State {
  segA?: Segmented;
  segB?: Segmented;
  sentA: string[];
  sentB: string[];
  factsA: SideFacts;
  factsB: SideFacts;
  candidates: Candidate[];
  selected: Selected[];
  pairs: SentencePair[];
  quotes: QuoteComparison[];
  /** Values one side gives for a fact the other side's aligned sentence ties (across.ts). */
  acrossA: SideClaim[];
  acrossB: SideClaim[];
  selectedDone: boolean;
  /** Whether each side reads as English (tokens.ts looksEnglish), once known. */
  englishA?: boolean;
  englishB?: boolean;
  result?: CompareResult;
}

/** Fresh state. */
export function newState(): State {
  return {
    sentA: [],
    sentB: [],
    factsA: EMPTY_FACTS,
    factsB: EMPTY_FACTS,
    candidates: [],
    selected: [],
    pairs: [],
    quotes: [],
    acrossA: [],
    acrossB: [],
    selectedDone: false,
  };
}

/** Pairs diffed so far, and the selected ones not yet diffed (empty diff), by A's index. */
function pairsSoFar(st: State): SentencePair[] {
  if (st.pairs.length === st.selected.length) return st.pairs;
  const diffed = new Set(st.pairs.map((p) => p.a));
  const pending = st.selected
    .filter((s) => !diffed.has(s.a))
    .map(
      (s): SentencePair => ({
        a: s.a,
        b: s.b,
        score: Math.round(s.score * 1000) / 1000,
        diff: [],
        identical: sameWords(st.sentA[s.a] as string, st.sentB[s.b] as string),
        moved: s.moved,
        figures: { a: [], b: [] },
      }),
    );
  return [...st.pairs, ...pending].sort((x, y) => x.a - y.a);
}

/** The result from the state so far (the final result once the work is done). */
export function assemble(
  st: State,
  textA: string,
  textB: string,
  factById: (id: string) => Fact | undefined,
): CompareResult {
  if (st.result) return st.result;
  const pairedA = new Set(st.selected.map((p) => p.a));
  const partners = new Map(st.selected.map((p) => [p.a, p.b]));
  // Sentences the alignment found alike (a pair, or a candidate it did not take) vouch for a
  // value tied from context (facts-view.ts witnessed).
  const candidatePairs = new Set(st.candidates.map((c) => `${c.a}:${c.b}`));
  const pairedB = new Set(st.selected.map((p) => p.b));
  const body = {
    sentences: { a: st.sentA, b: st.sentB },
    paragraphs: { a: st.segA?.paragraph ?? [], b: st.segB?.paragraph ?? [] },
    pairs: pairsSoFar(st),
    onlyA: st.selectedDone ? st.sentA.map((_, i) => i).filter((i) => !pairedA.has(i)) : [],
    onlyB: st.selectedDone ? st.sentB.map((_, j) => j).filter((j) => !pairedB.has(j)) : [],
    quotes: st.quotes,
    facts: factMentions(st.factsA, st.factsB, factById),
    // Two paired sentences that write the same figures do not disagree on them (ADR 0112).
    conflicts: differentFiguresOnly(
      conflictsOf(
        // An across-reading of words the article ties to another fact is not this fact's (ADR 0112).
        [...st.factsA.claims, ...notOwnedElsewhere(st.acrossA, st.factsA.claims)],
        [...st.factsB.claims, ...notOwnedElsewhere(st.acrossB, st.factsB.claims)],
        factById,
        (i, j) => partners.get(i) === j || candidatePairs.has(`${i}:${j}`),
        { paired: (i, j) => partners.get(i) === j, own: new Set([...st.factsA.claims, ...st.factsB.claims]) },
      ),
      { a: st.sentA, b: st.sentB },
      (i, j) => partners.get(i) === j,
    ),
    outdated: outdatedOf(st.factsA, st.factsB, factById),
  };
  return { version: 1, ...body, summary: summarise(body, textA, textB, { a: st.englishA, b: st.englishB }) };
}
