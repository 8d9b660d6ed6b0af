/**
 * The clip repository: save, read, list (live), edit, delete and restore clips, and import
 * many in one transaction. Metadata and article bodies live in two tables written together,
 * so the library lists 10 000 clips without reading their text. Every write validates the
 * record first and maps failures to ClipStorageError; a failed transaction writes nothing.
 */

import { type ImportReport, planMerge } from '../core/clips/merge';
import { type Clip, type ClipMeta, joinClip, splitClip } from '../core/clips/model';
import { formatClipIssues, validateClip } from '../core/clips/schema';
import type { GlossDb } from './db';
import { liveQuery } from './dexie';
import { asStorageError, ClipStorageError } from './errors';

/** A new clip id (random UUID: two tabs saving at the same moment never collide). */
export function newClipId(): string {
  return crypto.randomUUID();
}

function checked(clip: Clip): Clip {
  const result = validateClip(clip);
  if (result.ok) return result.clip;
  const lines = formatClipIssues(`clip "${clip.id}"`, result.issues);
  throw new ClipStorageError('invalid', lines.slice(0, 5).join('\n'));
}

/** The reader's clips in `db`. */
export class ClipRepository {
  constructor(private readonly db: GlossDb) {}

  private async write<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', this.db.clips, this.db.clipBodies, run);
    } catch (e) {
      throw asStorageError(e);
    }
  }

  /** Stores a clip (a new one, or a new state of one), metadata and body together. */
  async save(clip: Clip): Promise<void> {
    const { meta, article } = splitClip(checked(clip));
    await this.write(async () => {
      await this.db.clips.put(meta);
      if (article) await this.db.clipBodies.put({ id: meta.id, ...article });
      else await this.db.clipBodies.delete(meta.id);
    });
  }

  /** One clip with its body, or null. */
  async get(id: string): Promise<Clip | null> {
    const meta = await this.db.clips.get(id);
    if (!meta) return null;
    const body = meta.hasArticle ? await this.db.clipBodies.get(id) : undefined;
    return joinClip(meta, body ? { text: body.text, html: body.html } : null);
  }

  /** Every clip's metadata (newest first). */
  async metas(): Promise<ClipMeta[]> {
    return (await this.db.clips.orderBy('savedAt').reverse().toArray()) as ClipMeta[];
  }

  /** Calls `listener` with every clip's metadata now and after each change; returns an unsubscribe. */
  watch(listener: (metas: ClipMeta[]) => void, onError: (e: unknown) => void = () => {}): () => void {
    const sub = liveQuery(() => this.metas()).subscribe({ next: listener, error: onError });
    return () => sub.unsubscribe();
  }

  /** Article text by clip id, for the search index (read after the list is shown); `ids` limits it. */
  async texts(ids?: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (ids) {
      const rows = await this.db.clipBodies.bulkGet([...ids]);
      for (const row of rows) if (row) out.set(row.id, row.text);
    } else await this.db.clipBodies.each((row) => out.set(row.id, row.text));
    return out;
  }

  /** Every clip in full, newest first (for export and backup). */
  async all(): Promise<Clip[]> {
    const [metas, bodies] = await Promise.all([this.metas(), this.db.clipBodies.toArray()]);
    const byId = new Map(bodies.map((b) => [b.id, { text: b.text, html: b.html }]));
    return metas.map((m) => joinClip(m, byId.get(m.id) ?? null));
  }

  /** The clips of one URL (versions of a page), oldest first. */
  async versionsOf(url: string): Promise<ClipMeta[]> {
    return (await this.db.clips.where('url').equals(url).sortBy('savedAt')) as ClipMeta[];
  }

  /** Changes the note and tags; `updatedAt` moves so an import never overwrites the edit with an older copy. */
  async edit(
    id: string,
    change: { note?: string; tags?: readonly string[] },
    now = Date.now(),
  ): Promise<void> {
    await this.write(async () => {
      const clip = await this.get(id);
      if (!clip) throw new ClipStorageError('missing', `No clip "${id}".`);
      const tags = change.tags ? [...new Set(change.tags.map((t) => t.trim()).filter(Boolean))] : clip.tags;
      const next = checked({
        ...clip,
        note: change.note ?? clip.note,
        tags,
        updatedAt: Math.max(now, clip.savedAt),
      });
      await this.db.clips.put(splitClip(next).meta);
    });
  }

  /** Deletes a clip and returns it, so the page can offer undo (`restore`). */
  async remove(id: string): Promise<Clip | null> {
    return this.write(async () => {
      const clip = await this.get(id);
      await this.db.clips.delete(id);
      await this.db.clipBodies.delete(id);
      return clip;
    });
  }

  /** Puts back a clip `remove` returned. */
  async restore(clip: Clip): Promise<void> {
    await this.save(clip);
  }

  /**
   * Merges validated clips by id in one transaction (new ids added, older records updated,
   * the rest skipped) and reports what it did. On any failure nothing is written.
   */
  async import(clips: readonly Clip[], notes: readonly string[] = []): Promise<ImportReport> {
    const valid = clips.map(checked);
    return this.write(async () => {
      const found = await this.db.clips.bulkGet(valid.map((c) => c.id));
      const existing = new Map<string, number>();
      for (const m of found) if (m) existing.set(m.id, m.updatedAt);
      const plan = planMerge(existing, valid, notes);
      const parts = plan.put.map(splitClip);
      await this.db.clips.bulkPut(parts.map((p) => p.meta));
      const bodies = parts.flatMap((p) => (p.article ? [{ id: p.meta.id, ...p.article }] : []));
      await this.db.clipBodies.bulkPut(bodies);
      const bare = parts.filter((p) => !p.article).map((p) => p.meta.id);
      if (bare.length) await this.db.clipBodies.bulkDelete(bare);
      return plan.report;
    });
  }
}
