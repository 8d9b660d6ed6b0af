/**
 * The library's filters and sort over clip metadata, as pure functions: what the page shows
 * is `applyQuery(metas, query, searchHits)`, tested without a DOM.
 */
import type { Verdict } from '../claims/verdict';
import { type ClipMeta, factIdsOf, verdictsOf } from './model';

export type ClipSort = 'newest' | 'oldest' | 'title' | 'site' | 'relevance';

export interface ClipQuery {
  readonly site: string | null;
  readonly tag: string | null;
  readonly factId: string | null;
  readonly verdict: Verdict | null;
  /** Saved on or after this day / on or before it (YYYY-MM-DD, UTC), or null. */
  readonly from: string | null;
  readonly to: string | null;
  readonly sort: ClipSort;
}

export const EMPTY_QUERY: ClipQuery = {
  site: null,
  tag: null,
  factId: null,
  verdict: null,
  from: null,
  to: null,
  sort: 'newest',
};

const DAY_MS = 86_400_000;
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

function matches(meta: ClipMeta, q: ClipQuery, from: number, to: number): boolean {
  if (q.site !== null && meta.site !== q.site) return false;
  if (q.tag !== null && !meta.tags.includes(q.tag)) return false;
  if (q.factId !== null && !meta.annotations.some((a) => a.factIds.includes(q.factId as string)))
    return false;
  if (q.verdict !== null && !meta.annotations.some((a) => a.verdict === q.verdict)) return false;
  return meta.savedAt >= from && meta.savedAt < to;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The clips to show: filtered, then sorted. `hits` are search results best first (null: no
 * search); with hits, only those clips are kept and `relevance` keeps their order.
 */
export function applyQuery(
  metas: readonly ClipMeta[],
  q: ClipQuery,
  hits: readonly string[] | null,
): ClipMeta[] {
  const from = q.from ? dayStart(q.from) : Number.NEGATIVE_INFINITY;
  const to = q.to ? dayStart(q.to) + DAY_MS : Number.POSITIVE_INFINITY;
  let pool: ClipMeta[];
  if (hits) {
    const byId = new Map(metas.map((m) => [m.id, m]));
    pool = hits.flatMap((id) => byId.get(id) ?? []);
  } else pool = [...metas];
  const kept = pool.filter((m) =>
    matches(m, q, Number.isNaN(from) ? -Infinity : from, Number.isNaN(to) ? Infinity : to),
  );
  switch (q.sort) {
    case 'relevance':
      return hits ? kept : kept.sort((a, b) => b.savedAt - a.savedAt);
    case 'oldest':
      return kept.sort((a, b) => a.savedAt - b.savedAt);
    case 'title':
      return kept.sort((a, b) => collator.compare(a.title, b.title));
    case 'site':
      return kept.sort((a, b) => collator.compare(a.site, b.site) || b.savedAt - a.savedAt);
    default:
      return kept.sort((a, b) => b.savedAt - a.savedAt);
  }
}

/** The values the filters offer, each with how many clips have it, most common first. */
export interface Facets {
  readonly sites: readonly (readonly [string, number])[];
  readonly tags: readonly (readonly [string, number])[];
  readonly facts: readonly (readonly [string, number])[];
  readonly verdicts: readonly (readonly [Verdict, number])[];
}

function counted<T>(lists: Iterable<readonly T[]>): [T, number][] {
  const counts = new Map<T, number>();
  for (const list of lists) for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || collator.compare(String(a[0]), String(b[0])));
}

/** The filter values present in `metas`. */
export function facetsOf(metas: readonly ClipMeta[]): Facets {
  return {
    sites: counted(metas.map((m) => [m.site])),
    tags: counted(metas.map((m) => m.tags)),
    facts: counted(metas.map(factIdsOf)),
    verdicts: counted(metas.map(verdictsOf)),
  };
}
