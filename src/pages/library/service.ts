/**
 * What the library page needs, as plain functions: DOM tests pass the real service over
 * fake-indexeddb (or a fake), and `main.tsx` wires it to the browser. Import and export use
 * the pure formats in core/clips; storage does one transaction per import.
 */
import { markdownArchive } from '../../core/clips/archive';
import {
  exportGlossJson,
  MAX_IMPORT_CHARS,
  type ReadResult,
  readGlossJson,
} from '../../core/clips/gloss-json';
import { readHypothesisJson } from '../../core/clips/hypothesis';
import type { ImportReport } from '../../core/clips/merge';
import type { Clip, ClipMeta } from '../../core/clips/model';
import { exportWebAnnotations } from '../../core/clips/web-annotation';
import type { PersistAnswer } from '../../platform/durability';
import { ClipRepository } from '../../storage/clips';
import type { GlossDb } from '../../storage/db';
import { checkCanary } from '../../storage/durability';

/** A file the reader picked (a DOM `File` fits). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** A file to hand to the reader (the page turns it into a download). */
export interface OutFile {
  readonly name: string;
  readonly type: string;
  readonly data: string | Uint8Array;
}

export type ExportFormat = 'json' | 'markdown' | 'web-annotation';

export type ImportOutcome =
  | { readonly ok: true; readonly report: ImportReport }
  | { readonly ok: false; readonly errors: readonly string[] };

/** The durability facts the library shows. */
export interface Durability {
  readonly persist: PersistAnswer;
  /** True when the database was cleared since the last visit (the canary changed). */
  readonly evicted: boolean;
}

export interface LibraryService {
  /** Every clip's metadata now and after each change; returns an unsubscribe. */
  watch(listener: (metas: readonly ClipMeta[]) => void, onError: (e: unknown) => void): () => void;
  /** Article texts for the search index (all, or of `ids`). */
  texts(ids?: readonly string[]): Promise<Map<string, string>>;
  get(id: string): Promise<Clip | null>;
  edit(id: string, change: { note?: string; tags?: readonly string[] }): Promise<void>;
  remove(id: string): Promise<Clip | null>;
  restore(clip: Clip): Promise<void>;
  /** Reads a Gloss JSON or Hypothesis export and merges it; refuses it whole on any problem. */
  importFile(file: PickedFile): Promise<ImportOutcome>;
  exportAll(format: ExportFormat): Promise<OutFile>;
  durability(): Promise<Durability>;
}

/** Gloss's own exports say so; anything else with annotations is read as Hypothesis. */
function readImport(name: string, text: string, now: number): ReadResult {
  const head = text.slice(0, 200);
  return /"format"\s*:\s*"gloss-clips"/.test(head) || !/"(annotations|rows)"\s*:/.test(text.slice(0, 100_000))
    ? readGlossJson(name, text)
    : readHypothesisJson(name, text, now);
}

const stamp = (now: Date) => now.toISOString().slice(0, 10);

/** Browser pieces the service needs, passed in so tests can fake them. */
export interface LibraryPlatform {
  readonly requestPersistence: () => Promise<PersistAnswer>;
  readonly rememberedCanary: () => Promise<string | null>;
  readonly rememberCanary: (value: string) => Promise<void>;
  readonly now?: () => Date;
}

/** The real service over `db`. */
export function createLibraryService(db: GlossDb, platform: LibraryPlatform): LibraryService {
  const repo = new ClipRepository(db);
  const now = platform.now ?? (() => new Date());
  return {
    watch: (listener, onError) => repo.watch(listener, onError),
    texts: (ids) => repo.texts(ids),
    get: (id) => repo.get(id),
    edit: (id, change) => repo.edit(id, change),
    remove: (id) => repo.remove(id),
    restore: (clip) => repo.restore(clip),
    async importFile(file) {
      if (file.size > MAX_IMPORT_CHARS) return readGlossJson(file.name, '', file.size) as ImportOutcome;
      const read = readImport(file.name, await file.text(), now().getTime());
      if (!read.ok) return read;
      return { ok: true, report: await repo.import(read.clips, read.notes) };
    },
    async exportAll(format) {
      const clips = await repo.all();
      const at = now();
      if (format === 'markdown')
        return {
          name: `gloss-clips-${stamp(at)}.zip`,
          type: 'application/zip',
          data: markdownArchive(clips),
        };
      if (format === 'web-annotation')
        return {
          name: `gloss-clips-${stamp(at)}.jsonld`,
          type: 'application/ld+json',
          data: exportWebAnnotations(clips, at),
        };
      return {
        name: `gloss-clips-${stamp(at)}.json`,
        type: 'application/json',
        data: exportGlossJson(clips, at),
      };
    },
    async durability() {
      const [persist, remembered] = await Promise.all([
        platform.requestPersistence(),
        platform.rememberedCanary(),
      ]);
      const canary = await checkCanary(db, remembered);
      await platform.rememberCanary(canary.value).catch(() => undefined);
      return { persist, evicted: canary.evicted };
    },
  };
}
