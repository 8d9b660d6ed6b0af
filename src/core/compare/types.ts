/**
 * The compare engine's public types (issue #10). Everything here is plain data, so a result
 * can be posted from a worker, stored, or printed as the CLI's JSON (docs/compare-json.md).
 * Fields are only ever added, never renamed: the compare page builds against this file.
 */
import type { FactBase } from '../facts/factbase';
import type { SideFacts } from './facts';

/** One article to compare: its text (blocks separated by "\n", as dom/text-index.ts makes it). */
export interface ArticleInput {
  readonly text: string;
  /** Publication date (ISO, "2025-10-30" or a full timestamp); relative dates resolve against it. */
  readonly published?: string | null;
  readonly title?: string | null;
}

/** Which sentence splitter to use (ADR 0015 measures both; `rules` is the default). */
export type SegmenterChoice = 'rules' | 'intl';

export interface CompareOptions {
  /**
   * The fact base the claim engine resolves facts with. Without it the comparison still
   * aligns and diffs, but the facts view, conflicts and `outdated` are empty.
   */
  readonly factBase?: Pick<FactBase, 'matcher' | 'factById'> | null;
  readonly segmenter?: SegmenterChoice;
  /** Work per step of the stepwise form (defaults in DEFAULT_CHUNK). */
  readonly chunk?: Partial<ChunkSizes>;
  /**
   * A side's facts computed elsewhere (side-facts.ts `articleFacts` with the same text, publication
   * date, segmenter, chunk size and fact base: e.g. by a second worker while this one reads the other
   * side), so the comparison skips that side's claim analysis. A function is asked once per step until
   * it returns them; meanwhile `step()` does nothing and its progress says `waiting`.
   */
  readonly facts?: { readonly a?: SideFactsSource; readonly b?: SideFactsSource };
}

/** A side's facts, or a function that returns them once they are known (undefined until then). */
export type SideFactsSource = SideFacts | (() => SideFacts | undefined);

/** How much work one `step()` does at most, per phase. */
export interface ChunkSizes {
  /**
   * Sentences featurised, weighted or indexed in one step; A's candidate partners are scored for a
   * quarter of this many sentences per step (round 19: the first batches pay for B's per-sentence
   * evidence, kept by vector).
   */
  readonly sentences: number;
  /** Pairs word-diffed in one step. */
  readonly pairs: number;
  /** Characters of one article annotated by the claim engine in one step (split at paragraphs). */
  readonly chars: number;
}

/** One run of a word diff: text kept, added in B, or removed from A. */
export interface DiffOp {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** A quotation of one speaker in A compared with one in B. */
export interface QuoteComparison {
  /** Sentence indexes holding the quotations. */
  readonly a: number;
  readonly b: number;
  /** The speaker as a fact id ("person.randhir-jaiswal") or a name from the text; null if unknown. */
  readonly speaker: string | null;
  /** The speaker's name for display. */
  readonly speakerName: string | null;
  readonly quoteA: string;
  readonly quoteB: string;
  /** True when the wording differs (a "changed quote"); a quoted part of the other is not a change. */
  readonly changed: boolean;
  /** One quotation is a part of the other, word for word ("should be our priority"). Always set. */
  readonly fragment?: boolean;
  readonly diff: readonly DiffOp[];
}

/** Two sentences that say the same thing. */
export interface SentencePair {
  /** Indexes into `sentences.a` and `sentences.b`. */
  readonly a: number;
  readonly b: number;
  /** Similarity, 0..1 (1: same words). */
  readonly score: number;
  /** Word-level diff from A's sentence to B's (empty until the diff phase reaches this pair). */
  readonly diff: readonly DiffOp[];
  /** Same words (ignoring case, spacing and punctuation). */
  readonly identical: boolean;
  /** The pair is out of the order the other pairs keep (a moved sentence or paragraph). */
  readonly moved: boolean;
  /** Figures and dates that are in one sentence and not in the other ("23" vs "25"). */
  readonly figures: { readonly a: readonly string[]; readonly b: readonly string[] };
  /** Present when both sentences quote someone: their quotations compared. */
  readonly quote?: QuoteComparison;
}

/** A fact (from the fact base) the articles mention, and in which sentences. */
export interface FactMention {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  /** Sentence indexes in A and B that mention it (empty on the side that does not). */
  readonly a: readonly number[];
  readonly b: readonly number[];
}

/** What one side says about a fact's date or figure. */
export interface ConflictSide {
  /** The article's words ("October 21, 2024", "around 70%"). */
  readonly quote: string;
  /** What they resolve to ("21 Oct 2024", "70 percent"). */
  readonly value: string | null;
  readonly sentence: number;
  readonly verdict: string;
}

/** Both articles give a date or figure for the same fact, and the values differ. */
export interface Conflict {
  readonly factId: string;
  readonly title: string;
  readonly a: ConflictSide;
  readonly b: ConflictSide;
  /** What the record says. */
  readonly record: string;
  /** Which side the record supports. */
  readonly supports: 'a' | 'b' | 'neither';
}

/** A claim that was right when made but is superseded by the article's date. */
export interface OutdatedClaim {
  readonly side: 'a' | 'b';
  readonly sentence: number;
  readonly quote: string;
  readonly factId: string;
  readonly title: string;
  readonly resolved: string | null;
  readonly record: string;
}

export type CompareVerdict = 'identical' | 'empty' | 'unrelated' | 'same-story' | 'overlapping';

export interface CompareSummary {
  readonly verdict: CompareVerdict;
  /** Plain-language summary in English (the page may render its own from `verdict` and counts). */
  readonly text: string;
  /** Share of all sentences (A and B) that have a partner, 0..1. */
  readonly aligned: number;
  /** Share of A's sentences with a partner in B, and of B's in A. */
  readonly alignedA: number;
  readonly alignedB: number;
  readonly counts: {
    readonly sentencesA: number;
    readonly sentencesB: number;
    readonly pairs: number;
    readonly identical: number;
    readonly changed: number;
    readonly moved: number;
    readonly onlyA: number;
    readonly onlyB: number;
    readonly changedQuotes: number;
    /** Quotations where one side quotes only part of the other's words (always set; optional for older callers' fakes). */
    readonly fragmentQuotes?: number;
    readonly factsA: number;
    readonly factsB: number;
    readonly factsBoth: number;
    readonly conflicts: number;
    readonly outdated: number;
  };
  /** Warnings about the input ("B does not look like English: …"). */
  readonly notes: readonly string[];
}

/** The whole comparison. */
export interface CompareResult {
  /** Format version of this document (docs/compare-json.md). */
  readonly version: 1;
  readonly sentences: { readonly a: readonly string[]; readonly b: readonly string[] };
  /** Paragraph number of each sentence, per side. */
  readonly paragraphs: { readonly a: readonly number[]; readonly b: readonly number[] };
  /** Sorted by A's index. */
  readonly pairs: readonly SentencePair[];
  readonly onlyA: readonly number[];
  readonly onlyB: readonly number[];
  /** Quotations of the same speaker compared, paired sentences or not. */
  readonly quotes: readonly QuoteComparison[];
  readonly facts: {
    readonly a: readonly FactMention[];
    readonly b: readonly FactMention[];
    readonly both: readonly FactMention[];
  };
  readonly conflicts: readonly Conflict[];
  readonly outdated: readonly OutdatedClaim[];
  readonly summary: CompareSummary;
}

export type ComparePhase = 'segment' | 'facts' | 'align' | 'select' | 'diff' | 'done';

/** Where a stepwise comparison is. `done`/`total` count work units of the current phase. */
export interface CompareProgress {
  readonly phase: ComparePhase;
  readonly done: number;
  readonly total: number;
  /** The step did no work: it waits for a side's facts given as a function (CompareOptions.facts). */
  readonly waiting?: boolean;
}
