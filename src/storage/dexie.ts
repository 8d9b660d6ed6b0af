/**
 * Dexie, evaluated on first use (ADR 0031): every value of Dexie that `storage/` uses comes through
 * here, from `virtual:gloss/dexie` (scripts/vite/lazy-dexie-plugin.ts), so a context that imports a
 * repository but never opens the database (the worker answering a page when the reader has no
 * pack) never evaluates Dexie. Types come from 'dexie' itself (`import type`: nothing bundled).
 */

import { dexieModule } from 'virtual:gloss/dexie';
import type { DexieConstructor, liveQuery as dexieLiveQuery, Observable } from 'dexie';

/** The Dexie class, its statics included (its library evaluated on the first call). */
export function dexie(): DexieConstructor & { readonly liveQuery: typeof dexieLiveQuery } {
  return dexieModule() as DexieConstructor & { readonly liveQuery: typeof dexieLiveQuery };
}

/** Dexie's `liveQuery`, from the same lazily evaluated Dexie. */
export function liveQuery<T>(querier: () => T | Promise<T>): Observable<T> {
  return dexie().liveQuery(querier);
}
