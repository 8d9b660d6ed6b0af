/**
 * Messages between the compare page and its Web Worker (compare.worker.ts), which runs the
 * engine so the page never has a long task, whatever the articles' length. Plain data only.
 */
import type { ArticleInput, CompareProgress, CompareResult } from '../../core/compare/types';
import type { HtmlArticle } from './files';

/** Ids: comparisons count up from 1, HTML parses down from -1, so one worker serves both. */
export type ToWorker =
  | { readonly type: 'compare'; readonly id: number; readonly a: ArticleInput; readonly b: ArticleInput }
  | { readonly type: 'cancel'; readonly id: number }
  /** An HTML file's text, to be parsed and reduced to its article off the page's thread. */
  | { readonly type: 'parse-html'; readonly id: number; readonly html: string }
  /**
   * With a MessagePort (the event's `ports[0]`): to the engine worker, the port of its helper, which
   * reads side B's facts while the engine reads side A's; to the helper, the port to serve them on
   * (facts-helper.ts; no id).
   */
  | { readonly type: 'helper'; readonly id?: undefined }
  | { readonly type: 'serve'; readonly id?: undefined };

export type FromWorker =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly progress: CompareProgress;
      /** What is known so far (sentences first, then pairs, then diffs), for progressive rendering. */
      readonly partial: CompareResult | null;
    }
  | { readonly type: 'done'; readonly id: number; readonly result: CompareResult }
  | { readonly type: 'parsed'; readonly id: number; readonly article: HtmlArticle }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
