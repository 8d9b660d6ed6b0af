/**
 * The reader's fact base from storage: the bundled packs, then the enabled user packs
 * (oldest import first), with the compiled matcher from the cache. A corrupt stored pack
 * is skipped and reported; the bundled base always works, whatever storage holds.
 */
import { buildFactBase, type FactBase } from '../core/facts/factbase';
import type { FactPack } from '../core/facts/schema';
import type { MatcherIndex } from '../core/match/terms';
import type { GlossDb } from './db';
import { MatcherCache } from './matchers';
import { PackRepository, type SkippedPack } from './packs';

export interface LoadedFactBase {
  readonly base: FactBase;
  /** Stored packs that were skipped, with why (shown as a notice). */
  readonly skipped: readonly SkippedPack[];
}

export interface BundledBase {
  readonly packs: readonly FactPack[];
  /** The build's precompiled index of the bundled packs (parsed on first use). */
  readonly index?: () => MatcherIndex;
}

/**
 * Builds the fact base from `db`. With user packs, the matcher index comes from the cache
 * or is compiled here once and cached: the options page calls this right after the reader
 * changes packs, so the worker normally only reads the cache.
 */
export async function loadFactBase(db: GlossDb, bundled: BundledBase): Promise<LoadedFactBase> {
  const known = new Set(bundled.packs.flatMap((p) => p.facts.map((f) => f.id)));
  let enabled: { packs: FactPack[]; skipped: SkippedPack[] };
  try {
    enabled = await new PackRepository(db, known).enabled();
  } catch (e) {
    // Storage unavailable (private mode, a broken profile): the bundled base still works.
    const reason = e instanceof Error ? e.message : String(e);
    return { base: bundledOnly(bundled), skipped: [{ id: '*', reason: `storage unavailable: ${reason}` }] };
  }
  if (!enabled.packs.length) return { base: bundledOnly(bundled), skipped: enabled.skipped };
  const packs = [...bundled.packs, ...enabled.packs];
  const key = buildFactBase(packs).version;
  const cache = new MatcherCache(db);
  let index = await cache.get(key).catch(() => null);
  if (!index) {
    index = buildFactBase(packs).index;
    await cache.put(key, index).catch(() => undefined); // a full disk only costs a recompile
  }
  return { base: buildFactBase(packs, { index }), skipped: enabled.skipped };
}

function bundledOnly(bundled: BundledBase): FactBase {
  return buildFactBase(bundled.packs, bundled.index ? { index: bundled.index } : {});
}
