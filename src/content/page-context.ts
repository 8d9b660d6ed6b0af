/**
 * What the annotate feature found on the page, shared with the clip feature (one page context,
 * issue #9): the records the worker found on the article's text and which occurrence of its quote
 * each is there. The article itself is not on the page at all (the worker read it, ADR 0023); a
 * save, which is rare, parses the page again and moves the records onto its text. Kept on the
 * isolated world's global (the page cannot see it) and withdrawn when the session ends (a
 * navigation, Gloss switched off for the site).
 */
import type { PageRecord } from '../core/messages';
import { glossGlobal } from './globals';

export interface PageContext {
  /** `location.href` when the article was read. */
  readonly url: string;
  /** The worker's records over the article's text. */
  readonly records: readonly PageRecord[];
  /** `nth[i]`: which occurrence of its quote record i is in that text (0: the first). */
  readonly nth: readonly number[];
}

/**
 * The records of `context` moved onto `text` (the article parsed again, e.g. for a save): each
 * record's quote is looked up as the same occurrence (first, second, …) of that quote in `text`,
 * and dropped when there is none. On the text the worker read, every record keeps its offsets.
 */
export function recordsOn(context: PageContext, text: string): PageRecord[] {
  const out: PageRecord[] = [];
  context.records.forEach((r, i) => {
    const k = context.nth[i] ?? 0;
    let found = text.indexOf(r.quote);
    for (let n = 0; n < k && found !== -1; n++) found = text.indexOf(r.quote, found + 1);
    if (found !== -1) out.push({ ...r, start: found, end: found + r.quote.length });
  });
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
