/**
 * Compare: two articles aligned sentence by sentence and fact by fact (issue #10, ADR 0015).
 * Pure core (no DOM); the result is plain data (docs/compare-json.md), the same in the
 * extension's compare page, a worker and the CLI (`npm run compare`).
 *
 * ## All at once
 *
 *     const base = buildFactBase(BUNDLED_PACKS);
 *     const result = compareArticles({ text: a, published: '2025-10-30' }, { text: b }, { factBase: base });
 *     result.pairs;     // [{ a, b, score, diff, identical, moved, figures, quote? }] (indexes into result.sentences)
 *     result.onlyA;     // sentences of A with no partner in B
 *     result.facts;     // { a, b, both }: facts the claim engine found, by side
 *     result.conflicts; // same fact, different date or figure, with which side the record supports
 *     result.summary;   // verdict ('identical' | 'empty' | 'unrelated' | 'same-story' | 'overlapping'), text, counts
 *
 * ## Step by step (a page that must stay responsive, or renders progressively)
 *
 *     const run = startComparison(a, b, { factBase: base });
 *     while (!run.step()) {           // one bounded chunk of work (see ChunkSizes)
 *       render(run.snapshot());       // so far: sentences, then every pair (diff: [] until diffed), then diffs
 *       await nextTask();             // e.g. scheduler.yield() or a MessageChannel tick
 *     }
 *     render(run.result());
 *
 * or as a generator, `for (const progress of compareSteps(a, b, options)) …` (its return
 * value is the result). In a worker, build the fact base there and post `result()` back: it is
 * structured-clonable. Phases in order: segment → facts (claim engine, by paragraph chunks)
 * → align (features, inverted index, candidates by batches of A) → select → diff (by batches
 * of pairs). Each step's work is bounded by `options.chunk`, never by the product of the two
 * articles' lengths.
 *
 * `snapshot()` assembles a result each time it is called (facts view, summary): call it
 * once per frame, not once per step.
 *
 * Inputs are article texts with blocks separated by "\n" (what the reader view and
 * `dom/readability` produce); a bare string is accepted for `{ text }`.
 *
 * Reports: `toMarkdown(result, labels)` and `toHtmlReport(result, labels)` (standalone:
 * inline CSS, no script, no remote resource, everything escaped); `rowsOf(result)` gives
 * the two columns as rows in reading order (a pair, or a sentence only in A or only in B).
 */
import { compareWork, DEFAULT_CHUNK } from './run';
import { assemble, newState } from './state';
import type { ArticleInput, CompareOptions, CompareProgress, CompareResult } from './types';

export type { SideFacts } from './facts';
export { toHtmlReport } from './report-html';
export { type ReportLabels, toMarkdown } from './report-markdown';
export { type Row, rowsOf } from './rows';
export { articleFacts, articleFactsSteps } from './side-facts';
export type * from './types';
export { DEFAULT_CHUNK };

/** A comparison run step by step. */
export interface ComparisonRun {
  /** Does one bounded chunk of work; true when the comparison is complete. */
  step(): boolean;
  /** Where the run is. */
  readonly progress: CompareProgress;
  /** The result so far (complete once `step()` has returned true). */
  snapshot(): CompareResult;
  /** Runs whatever work remains and returns the complete result. */
  result(): CompareResult;
}

/** Starts a comparison of `a` and `b` to be run by `step()` (nothing runs until then). */
export function startComparison(
  a: ArticleInput | string,
  b: ArticleInput | string,
  options: CompareOptions = {},
): ComparisonRun {
  const state = newState();
  const work = compareWork(a, b, options, state);
  const textOf = (x: ArticleInput | string) => (typeof x === 'string' ? x : x.text);
  const lookup = options.factBase?.factById ?? (() => undefined);
  let progress: CompareProgress = { phase: 'segment', done: 0, total: 1 };
  let final: CompareResult | null = null;
  const run: ComparisonRun = {
    step() {
      if (final) return true;
      const next = work.next();
      if (next.done) {
        final = next.value;
        progress = { phase: 'done', done: 1, total: 1 };
        return true;
      }
      progress = next.value;
      return false;
    },
    get progress() {
      return progress;
    },
    snapshot() {
      return final ?? assemble(state, textOf(a), textOf(b), lookup);
    },
    result() {
      while (!run.step()) {
        // run to completion
      }
      return final as CompareResult;
    },
  };
  return run;
}

/** The comparison as a generator of progress; its return value is the result. */
export function* compareSteps(
  a: ArticleInput | string,
  b: ArticleInput | string,
  options: CompareOptions = {},
): Generator<CompareProgress, CompareResult> {
  const run = startComparison(a, b, options);
  while (!run.step()) yield run.progress;
  return run.result();
}

/** Compares `a` with `b` in one go. */
export function compareArticles(
  a: ArticleInput | string,
  b: ArticleInput | string,
  options: CompareOptions = {},
): CompareResult {
  return startComparison(a, b, options).result();
}
