/**
 * What the compare page compares: two documents, each from a saved clip, the current tab (read
 * by the clip feature through the worker, never stored) or a file the reader opened or dropped.
 * The page's URL names up to two: `?a=<clip id>&b=<clip id>`, or `a=tab:<tab id>` for a tab.
 */
import type { Clip } from '../../core/clips/model';

/** One side of a comparison, as the page shows and compares it. */
export interface CompareDoc {
  readonly origin: 'clip' | 'tab' | 'file';
  readonly title: string;
  readonly site: string | null;
  readonly url: string | null;
  /** Publication date as the source gives it (relative dates resolve against it). */
  readonly published: string | null;
  /** When a clip was saved (ms), for versions; null for a tab or a file. */
  readonly savedAt: number | null;
  readonly lang: string | null;
  /** The article's text, blocks separated by "\n". */
  readonly text: string;
  /** The clip's id, when it is one. */
  readonly clipId: string | null;
}

/** Where a side comes from, as the URL says. */
export type SourceRef =
  | { readonly kind: 'clip'; readonly id: string }
  | { readonly kind: 'tab'; readonly tabId: number };

const CLIP_ID = /^[\w.:-]{1,200}$/;

function refOf(value: string | null): SourceRef | null {
  if (!value) return null;
  const tab = /^tab:(\d{1,10})$/.exec(value);
  if (tab) {
    const tabId = Number(tab[1]);
    return tabId <= 2 ** 31 ? { kind: 'tab', tabId } : null;
  }
  return CLIP_ID.test(value) && !value.startsWith('tab:') ? { kind: 'clip', id: value } : null;
}

/** The two sides a compare URL names (anything malformed is ignored: that side is chosen on the page). */
export function refsFromUrl(search: string): { a: SourceRef | null; b: SourceRef | null } {
  const params = new URLSearchParams(search);
  return { a: refOf(params.get('a')), b: refOf(params.get('b')) };
}

/** A URL query naming two sides (for links and for keeping the page's address in step). */
export function queryOf(a: SourceRef | null, b: SourceRef | null): string {
  const value = (r: SourceRef) => (r.kind === 'tab' ? `tab:${r.tabId}` : r.id);
  const params = new URLSearchParams();
  if (a) params.set('a', value(a));
  if (b) params.set('b', value(b));
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** A saved clip as a side (null when it has no article: a passage saved without its page). */
export function docOfClip(clip: Clip, origin: 'clip' | 'tab' = 'clip'): CompareDoc | null {
  if (!clip.article) return null;
  return {
    origin,
    title: clip.title || clip.url,
    site: clip.site || null,
    url: clip.url,
    published: clip.published,
    savedAt: origin === 'clip' ? clip.savedAt : null,
    lang: clip.lang,
    text: clip.article.text,
    clipId: origin === 'clip' ? clip.id : null,
  };
}

/** A publication date for display: the date alone in `lang` when it parses, else as the source gave it. */
export function publishedText(lang: string, published: string): string {
  const at = Date.parse(published);
  return Number.isNaN(at) ? published : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(at);
}

/** Both sides are saves of one page (the page then speaks of older and newer versions). */
export function areVersions(a: CompareDoc | null, b: CompareDoc | null): boolean {
  return Boolean(a?.url && a.origin === 'clip' && b?.origin === 'clip' && a.url === b.url);
}
