/**
 * Durability of the reader's clips, as the library page needs it: persistent storage
 * (`navigator.storage.persist()`, a web API, kept here with the other browser APIs so pages
 * stay testable with fakes) and where the eviction canary's value is remembered: extension
 * storage, which browsers keep apart from the extension's IndexedDB.
 */
import { browser } from './browser';

/** The answer to a request for persistent storage. */
export type PersistAnswer = 'granted' | 'denied' | 'unsupported';

const CANARY_MEMORY = 'clipsCanary';

/**
 * Asks the browser to keep Gloss's storage under pressure (no eviction). Chrome answers from
 * its own heuristics (an installed extension with `unlimitedStorage` is usually granted);
 * Firefox may ask the reader. Already persistent: granted without asking again.
 */
export async function requestPersistence(): Promise<PersistAnswer> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** The canary value remembered from the last visit, or null (first visit, or storage unreadable). */
export async function rememberedCanary(): Promise<string | null> {
  try {
    const stored = await browser.storage.local.get(CANARY_MEMORY);
    const value = stored[CANARY_MEMORY];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the database's canary for the next check. */
export async function rememberCanary(value: string): Promise<void> {
  await browser.storage.local.set({ [CANARY_MEMORY]: value });
}
