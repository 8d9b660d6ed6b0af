/**
 * The one IndexedDB database of Gloss, through Dexie (the only module family that imports
 * it; see test/unit/repo/architecture.test.ts). Pages and the worker read and write it only
 * through the repositories in this folder, never through raw tables.
 *
 * Schema history: every change is a new `version(n)` with an `upgrade` when existing rows
 * must change shape; an old version's declaration is never edited (Dexie replays them to
 * open an old database). Dexie stores n × 10 as IndexedDB's version.
 */
import type { Dexie, EntityTable, Transaction } from 'dexie';
import type { ClipArticle, ClipMeta } from '../core/clips/model';
import type { MatcherIndex } from '../core/match/terms';
import { dexie } from './dexie';

/** A user pack as stored. `pack` is kept as data and validated again on every read. */
export interface PackRow {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** 1 or 0 (IndexedDB cannot index booleans). */
  readonly enabled: 0 | 1;
  /** Milliseconds since the epoch; merge order of packs (older first). */
  readonly importedAt: number;
  /** The pack file's content as validated at import (FactPack). */
  readonly pack: unknown;
  /** The pack's own compiled matcher index, made at import (`npm run pack -- build` makes the same). */
  readonly index: MatcherIndex;
}

/** A compiled matcher for one merged fact base, keyed by its version string. */
export interface MatcherRow {
  /** FactBase.version: "gloss-base@1.1.2, kerala-floods-2018@1.0.0". */
  readonly key: string;
  readonly index: MatcherIndex;
  readonly builtAt: number;
}

/** A clip's article body, kept apart from its metadata so lists never read megabytes of text. */
export interface ClipBodyRow extends ClipArticle {
  readonly id: string;
}

/** Small records about the database itself; `canary` detects eviction (storage/durability.ts). */
export interface MetaRow {
  readonly key: string;
  readonly value: string;
  readonly at: number;
}

/** The canary's key in `meta`. */
export const CANARY_KEY = 'canary';

/** Writes a fresh canary: a random value the pages remember elsewhere (extension storage). */
export async function plantCanary(tx: Transaction): Promise<MetaRow> {
  const row: MetaRow = { key: CANARY_KEY, value: crypto.randomUUID(), at: Date.now() };
  await tx.table<MetaRow, string>('meta').put(row);
  return row;
}

/** Options for tests: another name, or fake-indexeddb's factories. */
export interface DbOptions {
  readonly name?: string;
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

/** The database's tables (a `GlossDb` is a Dexie with these). */
export interface GlossDb extends Dexie {
  packs: EntityTable<PackRow, 'id'>;
  matchers: EntityTable<MatcherRow, 'key'>;
  clips: EntityTable<ClipMeta, 'id'>;
  clipBodies: EntityTable<ClipBodyRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
}

/** The schema, on a fresh Dexie instance (its tables are typed by `GlossDb`). */
function declareSchema(db: Dexie): void {
  // Version 1 (issue #8): user fact packs and the compiled-matcher cache.
  db.version(1).stores({ packs: '&id, importedAt', matchers: '&key' });
  // Version 2 (issue #9): clips (metadata indexed for the library: versions of a URL, sort by
  // date, filter by site and tag), their article bodies, and `meta` with the eviction canary.
  // Packs and matchers are untouched; the upgrade only plants the canary.
  db.version(2)
    .stores({ clips: '&id, url, savedAt, site, *tags', clipBodies: '&id', meta: '&key' })
    .upgrade((tx) => plantCanary(tx).then(() => undefined));
  // A database created fresh at version 2 runs `populate`, not the upgrade.
  db.on('populate', (tx) => plantCanary(tx));
}

/**
 * The database. Open one per context (a page, the worker) and pass it to the repositories:
 * `new GlossDb(options)`. Dexie is evaluated on the first one made, not when this module is
 * (ADR 0031: the worker imports the repositories but opens the database only when it must).
 */
export const GlossDb = function GlossDb(options: DbOptions = {}): GlossDb {
  const Dexie = dexie();
  const db = new Dexie(options.name ?? 'gloss', {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  declareSchema(db);
  return db as GlossDb;
} as unknown as new (
  options?: DbOptions,
) => GlossDb;
