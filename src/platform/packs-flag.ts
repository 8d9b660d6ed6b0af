/**
 * A cheap hint for the worker's wake (ADR 0011): whether the reader has any fact pack stored.
 * Kept in `storage.local` (one small read) so that a worker woken with no packs installed does
 * not open IndexedDB before answering its first page. Written by the worker each time it has
 * read the packs from IndexedDB; missing (first run, cleared storage) means "read them".
 */
import { browser } from './browser';

const KEY = 'packsStored';

/** True or false as last written; null when unknown or unreadable. */
export async function readPacksFlag(): Promise<boolean | null> {
  try {
    const stored = await browser.storage.local.get(KEY);
    const value = stored[KEY];
    return typeof value === 'boolean' ? value : null;
  } catch {
    return null;
  }
}

/** Records whether any pack is stored (a failed write only costs the next wake a read). */
export async function writePacksFlag(stored: boolean): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: stored });
  } catch {
    // The next wake reads IndexedDB, as without the flag.
  }
}
