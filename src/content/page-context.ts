/**
 * What the annotate feature found on the page, shared with the clip feature (one page context,
 * issue #9): the article's text and the records the worker found on it. The parsed article itself
 * (Readability's copy of the page and its text index) is not kept: it held the page's heap for the
 * tab's lifetime (ADR 0021), and a save, which is rare, parses again. Kept on the isolated world's
 * global (the page cannot see it) and withdrawn when the session ends (a navigation, Gloss
 * switched off for the site).
 */
import type { AnnotationRecord } from '../core/annotate';
import { glossGlobal } from './globals';

export interface PageContext {
  /** `location.href` when the article was parsed. */
  readonly url: string;
  /** The article's text the records are over. */
  readonly text: string;
  /** The worker's records over `text`. */
  readonly records: readonly AnnotationRecord[];
}

/**
 * The records of `context` moved onto `text` (the article parsed again, e.g. for a save): the same
 * records when the text is unchanged; otherwise each record's quote is looked up as the same
 * occurrence (first, second, …) of that quote in the new text, and dropped when there is none.
 */
export function recordsOn(context: PageContext, text: string): AnnotationRecord[] {
  if (context.text === text) return [...context.records];
  const out: AnnotationRecord[] = [];
  for (const r of context.records) {
    let k = 0;
    for (
      let at = context.text.indexOf(r.quote);
      at !== -1 && at < r.start;
      at = context.text.indexOf(r.quote, at + 1)
    )
      k++;
    let found = text.indexOf(r.quote);
    for (let i = 0; i < k && found !== -1; i++) found = text.indexOf(r.quote, found + 1);
    if (found !== -1) out.push({ ...r, start: found, end: found + r.quote.length });
  }
  return out;
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
