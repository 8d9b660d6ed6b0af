/**
 * The reader's fact packs in the worker. The worker is stateless: on every wake it loads the
 * enabled packs from storage (with the cached matcher) before answering a page, and when
 * the options page changes packs it tells the worker (`packs/changed`), which reloads. A
 * corrupt stored pack is skipped with a warning; the bundled base keeps working. After each
 * read the worker notes in `storage.local` whether any pack is stored, so a wake with none
 * skips opening IndexedDB (platform/packs-flag.ts).
 */
import type { ResponseOf } from '../../core/messages';
import { readPacksFlag, writePacksFlag } from '../../platform/packs-flag';
import { GlossDb } from '../../storage/db';
import { type LoadedFactBase, loadFactBase } from '../../storage/factbase';
import { bundledBase, type WorkerFactBase } from '../engine/factbase';

/** Loads the bundled base plus the enabled packs into the worker's fact base `facts`. */
export async function loadPacks(facts: WorkerFactBase, db: GlossDb = new GlossDb()): Promise<LoadedFactBase> {
  try {
    const bundled = bundledBase();
    const loaded = await loadFactBase(db, bundled);
    for (const s of loaded.skipped) console.warn(`[gloss] fact pack "${s.id}" skipped: ${s.reason}`);
    facts.set(loaded.base);
    const storageFailed = loaded.skipped.some((s) => s.id === '*');
    if (!storageFailed)
      await writePacksFlag(loaded.base.packs.length > bundled.packs.length || loaded.skipped.length > 0);
    return loaded;
  } finally {
    db.close();
  }
}

/**
 * On a wake: the packs, unless the flag says none is stored (then the bundled base, built on
 * first need, is all there is and IndexedDB stays closed).
 */
export async function loadPacksOnWake(
  facts: WorkerFactBase,
  open: () => GlossDb = () => new GlossDb(),
): Promise<void> {
  if ((await readPacksFlag()) === false) return;
  await loadPacks(facts, open());
}

/** The options page changed packs: reload, and say what the worker now uses. */
export async function onPacksChanged(facts: WorkerFactBase): Promise<ResponseOf<'packs/changed'>> {
  const { base, skipped } = await loadPacks(facts);
  return { version: base.version, skipped };
}
