/**
 * The fact-pack repository: add, list, enable, disable and remove the reader's packs.
 * Every read validates the stored pack again (storage can be edited by hand, or written by
 * an older Gloss), so a corrupt pack is skipped with a reason instead of breaking the base.
 */

import type { FactPack } from '../core/facts/schema';
import { validatePack } from '../core/facts/validate';
import type { MatcherIndex } from '../core/match/terms';
import type { GlossDb, PackRow } from './db';
import { liveQuery } from './dexie';

/** A stored pack as the options page lists it. */
export interface PackEntry {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly author: string | null;
  readonly enabled: boolean;
  readonly importedAt: number;
  readonly facts: number;
  readonly aliases: number;
  /** Why the stored pack cannot be used (it is skipped), or null. */
  readonly corrupt: string | null;
}

/** A stored pack that could not be used. */
export interface SkippedPack {
  readonly id: string;
  readonly reason: string;
}

function check(row: PackRow, known: ReadonlySet<string>): { pack: FactPack } | { reason: string } {
  const result = validatePack(row.pack, known);
  if (!result.ok) {
    const first = result.issues[0];
    return { reason: first ? `${first.path}: ${first.message}` : 'invalid' };
  }
  if (result.value.id !== row.id)
    return { reason: `stored as "${row.id}" but the pack says "${result.value.id}"` };
  return { pack: result.value };
}

function entryOf(row: PackRow, known: ReadonlySet<string>): PackEntry {
  const checked = check(row, known);
  const pack = 'pack' in checked ? checked.pack : null;
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    author: pack?.author ?? null,
    enabled: row.enabled === 1,
    importedAt: row.importedAt,
    facts: pack?.facts.length ?? 0,
    aliases: pack?.facts.reduce((n, f) => n + f.aliases.length, 0) ?? 0,
    corrupt: 'reason' in checked ? checked.reason : null,
  };
}

/** The reader's fact packs in `db`. `known` are the bundled ids a pack may refer to. */
export class PackRepository {
  constructor(
    private readonly db: GlossDb,
    private readonly known: ReadonlySet<string>,
  ) {}

  /** Every stored pack, oldest import first (the merge order). */
  async list(): Promise<PackEntry[]> {
    const rows = await this.db.packs.orderBy('importedAt').toArray();
    return rows.map((row) => entryOf(row, this.known));
  }

  /** Calls `listener` with the list now and after every change (here or in another context). */
  watch(listener: (entries: PackEntry[]) => void, onError: (e: unknown) => void = () => {}): () => void {
    const sub = liveQuery(() => this.list()).subscribe({ next: listener, error: onError });
    return () => sub.unsubscribe();
  }

  /**
   * Stores a validated pack, enabled, with its compiled index. Refuses an id already stored
   * (inside the transaction, so two imports cannot both win).
   */
  async add(pack: FactPack, index: MatcherIndex, now = Date.now()): Promise<void> {
    await this.db.transaction('rw', this.db.packs, async () => {
      if (await this.db.packs.get(pack.id)) throw new Error(`a pack "${pack.id}" is already installed`);
      await this.db.packs.add({
        id: pack.id,
        version: pack.version,
        title: pack.title,
        enabled: 1,
        importedAt: now,
        pack,
        index,
      });
    });
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    const n = await this.db.packs.update(id, { enabled: enabled ? 1 : 0 });
    if (n === 0) throw new Error(`no pack "${id}"`);
  }

  async remove(id: string): Promise<void> {
    await this.db.packs.delete(id);
  }

  /** The enabled packs that are valid, in merge order, and those skipped (corrupt) with why. */
  async enabled(): Promise<{ packs: FactPack[]; skipped: SkippedPack[] }> {
    const rows = await this.db.packs
      .orderBy('importedAt')
      .filter((r) => r.enabled === 1)
      .toArray();
    const packs: FactPack[] = [];
    const skipped: SkippedPack[] = [];
    for (const row of rows) {
      const checked = check(row, this.known);
      if ('pack' in checked) packs.push(checked.pack);
      else skipped.push({ id: String(row.id), reason: checked.reason });
    }
    return { packs, skipped };
  }
}
