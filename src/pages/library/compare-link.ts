/**
 * Where the compare page lives, as seen from the library (both are extension pages under
 * src/pages/, so a relative link works in both builds). `a` and `b` are clip ids; the compare
 * page reads them back with `sourcesFromUrl` (pages/compare/sources.ts).
 */
import type { ClipMeta } from '../../core/clips/model';

/** A link to compare clip `a` (left column) with clip `b` (right column). */
export function compareHref(a: string, b: string): string {
  return `../compare/index.html?${new URLSearchParams({ a, b }).toString()}`;
}

/** The versions of `url` among `metas`, oldest first (every save of a page is its own clip). */
export function versionsIn(metas: readonly ClipMeta[], url: string): ClipMeta[] {
  return metas.filter((m) => m.url === url).sort((x, y) => x.savedAt - y.savedAt || x.id.localeCompare(y.id));
}

/** How many clips share each URL. */
export function versionCounts(metas: readonly ClipMeta[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of metas) counts.set(m.url, (counts.get(m.url) ?? 0) + 1);
  return counts;
}
