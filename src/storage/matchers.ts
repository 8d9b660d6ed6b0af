/**
 * The compiled-matcher cache: one Aho–Corasick index per merged fact base, keyed by the
 * base's version string (which names every pack and version in it). Written when the
 * reader changes packs (the options page) so the worker only reads; a missing or stale
 * entry (an update changed the bundled base) is compiled once by whoever needs it.
 */
import type { MatcherIndex } from '../core/match/terms';
import type { GlossDb } from './db';

/** Structural check: a cached index from another Gloss version is recompiled, not trusted. */
function looksLikeIndex(x: unknown): x is MatcherIndex {
  const i = x as Partial<MatcherIndex> | null;
  return !!i && i.version === 2 && Array.isArray(i.terms) && Array.isArray(i.keyTerms) && !!i.automaton;
}

export class MatcherCache {
  constructor(private readonly db: GlossDb) {}

  async get(key: string): Promise<MatcherIndex | null> {
    const row = await this.db.matchers.get(key);
    return row && looksLikeIndex(row.index) ? row.index : null;
  }

  /** Stores `index` for `key` and drops every other entry (only the current base is ever used). */
  async put(key: string, index: MatcherIndex, now = Date.now()): Promise<void> {
    await this.db.transaction('rw', this.db.matchers, async () => {
      await this.db.matchers.where('key').notEqual(key).delete();
      await this.db.matchers.put({ key, index, builtAt: now });
    });
  }
}
