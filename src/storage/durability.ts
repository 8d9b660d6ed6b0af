/**
 * The eviction canary. A browser under storage pressure may clear an origin's IndexedDB whole
 * (unless storage is persistent); the reader would find an empty library and no reason. The
 * database holds a random canary value from the moment it is created; the pages remember it
 * in extension storage, which is kept apart from IndexedDB. A database whose canary differs
 * from the remembered one was cleared and created again: the library tells the reader.
 */
import { CANARY_KEY, type GlossDb } from './db';

export interface CanaryCheck {
  /** The canary now in the database (remember it for the next check). */
  readonly value: string;
  /** True when a canary was remembered and the database no longer has it. */
  readonly evicted: boolean;
}

/** Reads (or plants, if someone removed it) the canary and compares it with `remembered`. */
export async function checkCanary(db: GlossDb, remembered: string | null): Promise<CanaryCheck> {
  const value = await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(CANARY_KEY);
    if (row) return row.value;
    const fresh = { key: CANARY_KEY, value: crypto.randomUUID(), at: Date.now() };
    await db.meta.put(fresh);
    return fresh.value;
  });
  return { value, evicted: remembered !== null && remembered !== value };
}
