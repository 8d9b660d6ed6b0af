/**
 * The page's parsed article, shared by the annotate and clip features (one page context, issue
 * #9): the annotate session publishes the article it parsed and the records the worker found on
 * its text; the clip feature, injected when the reader saves, uses them instead of parsing again.
 * Kept on the isolated world's global (the page cannot see it) and withdrawn when the session
 * ends (a navigation, Gloss switched off for the site).
 */
import type { AnnotationRecord } from '../core/annotate';
import type { ParsedArticle } from '../dom/readability';
import { glossGlobal } from './globals';

export interface PageContext {
  /** `location.href` when the article was parsed. */
  readonly url: string;
  readonly article: ParsedArticle;
  /** The worker's records over `article.index.text`. */
  readonly records: readonly AnnotationRecord[];
}

/** Publishes `context` until `signal` aborts. */
export function sharePage(context: PageContext, signal: AbortSignal): void {
  const g = glossGlobal();
  g.__glossPage = context;
  signal.addEventListener('abort', () => {
    if (g.__glossPage === context) g.__glossPage = undefined;
  });
}

/** The shared context of the page at `url`, if the annotate feature parsed it. */
export function sharedPage(url: string): PageContext | null {
  const context = glossGlobal().__glossPage;
  return context && context.url === url ? context : null;
}
