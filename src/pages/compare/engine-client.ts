/**
 * The page's side of the compare worker: one comparison at a time, progress and partial
 * results as they come, cancellation when the reader changes a side before it ends.
 */
import type { ArticleInput, CompareProgress, CompareResult } from '../../core/compare/types';
import type { HtmlArticle, ParseHtml } from './files';
import type { FromWorker, ToWorker } from './worker-protocol';

/** What the page hears while a comparison runs. */
export interface RunListener {
  readonly progress: (progress: CompareProgress, partial: CompareResult | null) => void;
}

/** Runs the engine somewhere other than the page's main thread. */
export type RunCompare = (
  a: ArticleInput,
  b: ArticleInput,
  listener: RunListener,
  signal: AbortSignal,
) => Promise<CompareResult>;

/** The smallest part of a Worker the client uses (a test passes a fake). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
}

/** A RunCompare over one long-lived worker. */
export function workerRunner(worker: WorkerLike): RunCompare {
  let next = 0;
  const pending = new Map<
    number,
    { listener: RunListener; resolve: (r: CompareResult) => void; reject: (e: Error) => void }
  >();
  worker.addEventListener('message', (e) => {
    const message = e.data;
    const run = pending.get(message.id);
    if (!run || message.type === 'parsed') return; // cancelled, unknown or a parse's
    if (message.type === 'progress') run.listener.progress(message.progress, message.partial);
    else {
      pending.delete(message.id);
      if (message.type === 'done') run.resolve(message.result);
      else run.reject(new Error(message.message));
    }
  });
  worker.addEventListener('error', (e) => {
    for (const run of pending.values()) run.reject(new Error(e.message || 'the compare worker failed'));
    pending.clear();
  });
  return (a, b, listener, signal) =>
    new Promise<CompareResult>((resolve, reject) => {
      next += 1;
      const id = next;
      if (signal.aborted) return reject(new DOMException('cancelled', 'AbortError'));
      pending.set(id, { listener, resolve, reject });
      signal.addEventListener('abort', () => {
        if (!pending.delete(id)) return;
        worker.postMessage({ type: 'cancel', id });
        reject(new DOMException('cancelled', 'AbortError'));
      });
      worker.postMessage({ type: 'compare', id, a, b });
    });
}

/** A ParseHtml over the compare worker: the file's HTML is parsed there, not on the page. */
export function workerHtmlParser(worker: WorkerLike): ParseHtml {
  let next = 0;
  const pending = new Map<number, { resolve: (a: HtmlArticle) => void; reject: (e: Error) => void }>();
  worker.addEventListener('message', (e) => {
    const message = e.data;
    const parse = pending.get(message.id);
    if (!parse || (message.type !== 'parsed' && message.type !== 'failed')) return;
    pending.delete(message.id);
    if (message.type === 'parsed') parse.resolve(message.article);
    else parse.reject(new Error(message.message));
  });
  worker.addEventListener('error', (e) => {
    for (const parse of pending.values()) parse.reject(new Error(e.message || 'the compare worker failed'));
    pending.clear();
  });
  return (html) =>
    new Promise<HtmlArticle>((resolve, reject) => {
      next -= 1;
      pending.set(next, { resolve, reject });
      worker.postMessage({ type: 'parse-html', id: next, html });
    });
}
