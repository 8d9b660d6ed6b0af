/**
 * Revisit (issue #9, docs/adr/0019-revisit.md): the reader's saved passages placed again on a
 * page they saved. The worker picks, from the clips filed under the page's URL, only what the
 * page needs to place each passage (its quote, context and offsets); the content side anchors
 * them (anchor.ts) in the page's text. Note, tags, title, ids and facts never leave the worker.
 */
import type { ClipMeta, TextPositionSelector, TextQuoteSelector } from './model';
import { clipUrl } from './url';

/** What the page receives for one saved passage: its selectors, nothing else. */
export interface RevisitPassage {
  readonly quote: TextQuoteSelector;
  /** Offsets in the article text as saved; null when the passage was saved without an article. */
  readonly position: TextPositionSelector | null;
}

/** The most passages sent to one page (a page saved many times over keeps its newest). */
export const MAX_REVISIT_PASSAGES = 200;

/**
 * The URLs a page may have been filed under: its own (normalised) and its canonical link (when on
 * the same site, as `clipUrl` decides at save time). Empty for a non-web page.
 */
export function revisitUrls(pageUrl: string, canonical: string | null): string[] {
  const own = clipUrl(pageUrl);
  if (!own) return [];
  const preferred = clipUrl(pageUrl, canonical);
  return preferred && preferred !== own ? [preferred, own] : [own];
}

/**
 * The passages of `clips` (every version of the page), newest clip first, each quote and place
 * once, at most MAX_REVISIT_PASSAGES. Only the selectors are copied.
 */
export function revisitPassages(clips: readonly Pick<ClipMeta, 'savedAt' | 'passages'>[]): RevisitPassage[] {
  const seen = new Set<string>();
  const out: RevisitPassage[] = [];
  for (const clip of [...clips].sort((a, b) => b.savedAt - a.savedAt)) {
    for (const p of clip.passages) {
      const key = JSON.stringify([p.quote.exact, p.quote.prefix, p.quote.suffix, p.position?.start ?? null]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        quote: {
          type: 'TextQuoteSelector',
          exact: p.quote.exact,
          prefix: p.quote.prefix,
          suffix: p.quote.suffix,
        },
        position: p.position
          ? { type: 'TextPositionSelector', start: p.position.start, end: p.position.end }
          : null,
      });
      if (out.length >= MAX_REVISIT_PASSAGES) return out;
    }
  }
  return out;
}
