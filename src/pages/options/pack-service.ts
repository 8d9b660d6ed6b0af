/**
 * What the Fact packs section needs, as plain functions: DOM tests pass a fake, and
 * `createPackService` wires it to storage (Dexie) and tells the worker after each change.
 */
import { BUNDLED_PACKS } from '../../core/facts/bundled';
import { buildFactBase } from '../../core/facts/factbase';
import { MAX_PACK_CHARS, readPackFile } from '../../core/facts/pack-file';
import { type PackPreview, previewPack } from '../../core/facts/preview';
import type { FactPack } from '../../core/facts/schema';
import { compileMatcher } from '../../core/match/terms';
import type { GlossDb } from '../../storage/db';
import { loadFactBase } from '../../storage/factbase';
import { type PackEntry, PackRepository } from '../../storage/packs';

/** A file the reader picked (a DOM `File` fits). */
export interface PackFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export type ReadResult =
  | { readonly ok: true; readonly pack: FactPack; readonly preview: PackPreview }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface PackService {
  /** Calls `listener` with the stored packs now and after every change; returns an unsubscribe. */
  watch(listener: (entries: readonly PackEntry[]) => void): () => void;
  /** Validates a file and previews what it would add; stores nothing. */
  read(file: PackFile): Promise<ReadResult>;
  /** Stores a pack read by `read`, enabled. */
  accept(pack: FactPack): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * `notify` tells the worker that packs changed (it reloads its fact base, and notes whether any pack
 * is stored). `beforeChange` runs before anything is written: it marks the packs as possibly stored
 * (platform/packs-flag.ts), so a worker woken before `notify` reaches it (or if it never does) still
 * reads IndexedDB instead of trusting a "none stored" noted earlier (ADR 0024).
 */
export function createPackService(
  db: GlossDb,
  notify: () => Promise<void>,
  beforeChange: () => Promise<void> = async () => undefined,
): PackService {
  const bundled = { packs: BUNDLED_PACKS };
  const known = new Set(BUNDLED_PACKS.flatMap((p) => p.facts.map((f) => f.id)));
  const repo = new PackRepository(db, known);
  const bundledBase = buildFactBase(BUNDLED_PACKS);
  // Compile and cache the new base's matcher here, so the worker only reads it.
  const changed = async () => {
    await loadFactBase(db, bundled);
    await notify();
  };
  return {
    watch: (listener) => repo.watch(listener),
    async read(file) {
      // The size first: a huge file is refused before it is read into memory.
      const text = file.size > MAX_PACK_CHARS ? '' : await file.text();
      // Only bundled ids resolve (as when storage re-validates the pack): a pack never depends
      // on another reader's pack, which may be disabled or removed later.
      const result = readPackFile(file.name, text, bundledBase, file.size);
      if (!result.ok) return result;
      // Disabled packs are not in the base but still own their id.
      if ((await repo.list()).some((e) => e.id === result.pack.id)) {
        const error = `${file.name}: id: a pack "${result.pack.id}" is already installed; remove it first`;
        return { ok: false, errors: [error] };
      }
      const current = [...BUNDLED_PACKS, ...(await repo.enabled()).packs];
      return { ok: true, pack: result.pack, preview: previewPack(result.pack, current) };
    },
    async accept(pack) {
      await beforeChange();
      await repo.add(pack, compileMatcher(pack.facts));
      await changed();
    },
    async setEnabled(id, enabled) {
      await beforeChange();
      await repo.setEnabled(id, enabled);
      await changed();
    },
    async remove(id) {
      await beforeChange();
      await repo.remove(id);
      await changed();
    },
  };
}
