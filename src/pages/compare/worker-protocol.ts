/**
 * Messages between the compare page and its Web Worker (compare.worker.ts), which runs the
 * engine so the page never has a long task, whatever the articles' length. Plain data only.
 */
import type { ArticleInput, CompareProgress, CompareResult } from '../../core/compare/types';

export type ToWorker =
  | { readonly type: 'compare'; readonly id: number; readonly a: ArticleInput; readonly b: ArticleInput }
  | { readonly type: 'cancel'; readonly id: number };

export type FromWorker =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly progress: CompareProgress;
      /** What is known so far (sentences first, then pairs, then diffs), for progressive rendering. */
      readonly partial: CompareResult | null;
    }
  | { readonly type: 'done'; readonly id: number; readonly result: CompareResult }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
