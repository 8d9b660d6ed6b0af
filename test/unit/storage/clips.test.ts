// liveQuery runs only where a global indexedDB exists (dexie/Dexie.js#2046); each test
// still gets its own factory below.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipRepository } from '../../../src/storage/clips';
import { CANARY_KEY, GlossDb } from '../../../src/storage/db';
import { checkCanary } from '../../../src/storage/durability';
import { ClipStorageError } from '../../../src/storage/errors';
import { generateClips, sampleClip } from '../../support/clips';

let factory: IDBFactory;
let db: GlossDb;
let repo: ClipRepository;
const open = () => new GlossDb({ indexedDB: factory, IDBKeyRange });
beforeEach(async () => {
  factory = new IDBFactory();
  db = open();
  await db.open();
  repo = new ClipRepository(db);
});
afterEach(() => db.close());

/** Makes every clip write fail as a full disk does (IndexedDB raises QuotaExceededError). */
function fillTheDisk(target: GlossDb) {
  target.clipBodies.hook('creating', () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('ClipRepository', () => {
  it('saves a clip and reads it back whole; lists metadata without the body', async () => {
    const clip = sampleClip();
    await repo.save(clip);
    expect(await repo.get(clip.id)).toEqual(clip);
    const [meta] = await repo.metas();
    expect(meta).toMatchObject({ id: clip.id, hasArticle: true });
    expect(meta).not.toHaveProperty('article');
    expect(await repo.texts()).toEqual(new Map([[clip.id, clip.article?.text]]));
  });

  it('refuses an invalid record with the field named, and writes nothing', async () => {
    await expect(repo.save(sampleClip({ tags: ['<b>x</b>'] }))).rejects.toThrow(
      /tags\[0\]: must not contain markup/,
    );
    expect(await db.clips.count()).toBe(0);
  });

  it('edits note and tags, moving updatedAt', async () => {
    const clip = sampleClip();
    await repo.save(clip);
    await repo.edit(clip.id, { note: 'new note', tags: [' a ', 'b', 'a'] }, clip.savedAt + 5);
    expect(await repo.get(clip.id)).toMatchObject({
      note: 'new note',
      tags: ['a', 'b'],
      updatedAt: clip.savedAt + 5,
    });
    await expect(repo.edit('nope', { note: 'x' })).rejects.toMatchObject({ kind: 'missing' });
  });

  it('deletes with undo', async () => {
    const clip = sampleClip();
    await repo.save(clip);
    const removed = await repo.remove(clip.id);
    expect(await repo.get(clip.id)).toBeNull();
    expect(await db.clipBodies.count()).toBe(0);
    await repo.restore(removed as typeof clip);
    expect(await repo.get(clip.id)).toEqual(clip);
  });

  it('lists the versions of one URL, oldest first', async () => {
    const a = sampleClip({ id: 'v1' });
    const b = sampleClip({ id: 'v2', savedAt: a.savedAt + 1000, updatedAt: a.savedAt + 1000 });
    await repo.save(b);
    await repo.save(a);
    await repo.save(sampleClip({ id: 'other', url: 'https://example.org/other' }));
    expect((await repo.versionsOf(a.url)).map((m) => m.id)).toEqual(['v1', 'v2']);
  });

  it('two contexts saving at the same moment keep both clips', async () => {
    const other = open();
    const a = sampleClip({ id: 'tab-a' });
    const b = sampleClip({ id: 'tab-b' });
    await Promise.all([repo.save(a), new ClipRepository(other).save(b)]);
    other.close();
    expect((await repo.metas()).map((m) => m.id).sort()).toEqual(['tab-a', 'tab-b']);
  });

  it('a quota error is one clear error and writes nothing (save and import)', async () => {
    await repo.save(sampleClip({ id: 'kept' }));
    fillTheDisk(db);
    const error = await repo.save(sampleClip({ id: 'new' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClipStorageError);
    expect(error).toMatchObject({ kind: 'quota' });
    expect((error as Error).message).toMatch(/no room left .*Nothing was saved/);
    await expect(repo.import(generateClips(20))).rejects.toMatchObject({ kind: 'quota' });
    expect(await db.clips.count()).toBe(1);
    expect(await db.clipBodies.count()).toBe(1);
  });

  it('imports in one transaction, merging by id, and reports', async () => {
    const clips = generateClips(30);
    await repo.save(clips[0] as (typeof clips)[0]);
    const newer = {
      ...(clips[1] as (typeof clips)[0]),
      note: 'edited',
      updatedAt: (clips[1]?.updatedAt ?? 0) + 1,
    };
    await repo.save(clips[1] as (typeof clips)[0]);
    const report = await repo.import([...clips.slice(0, 1), newer, ...clips.slice(2)]);
    expect(report).toEqual({ added: 28, updated: 1, skipped: 1, notes: [] });
    expect(await db.clips.count()).toBe(30);
    expect((await repo.get(newer.id))?.note).toBe('edited');
    // Importing the same again changes nothing.
    expect(await repo.import(await repo.all())).toMatchObject({ added: 0, updated: 0, skipped: 30 });
  });

  it('an import with one invalid record writes none of them', async () => {
    const clips = generateClips(5);
    const bad = { ...(clips[4] as (typeof clips)[0]), title: 'x'.repeat(2000) };
    await expect(repo.import([...clips.slice(0, 4), bad])).rejects.toMatchObject({ kind: 'invalid' });
    expect(await db.clips.count()).toBe(0);
  });

  it('export of everything then import into an empty database is identical', async () => {
    const clips = generateClips(200);
    await repo.import(clips);
    const all = await repo.all();
    const fresh = new GlossDb({ name: 'other', indexedDB: factory, IDBKeyRange });
    const copy = new ClipRepository(fresh);
    await copy.import(all);
    expect(await copy.all()).toEqual(all);
    expect([...all].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...clips].sort((a, b) => a.id.localeCompare(b.id)),
    );
    fresh.close();
  });
});

describe('schema upgrade and the canary', () => {
  it('an upgrade from schema version 1 keeps every pack and matcher record and plants a canary', async () => {
    const f = new IDBFactory();
    // The first schema exactly as issue #8 shipped it.
    const v1 = new Dexie('gloss', { indexedDB: f, IDBKeyRange });
    v1.version(1).stores({ packs: '&id, importedAt', matchers: '&key' });
    const packs = Array.from({ length: 3 }, (_, i) => ({
      id: `pack-${i}`,
      version: '1.0.0',
      title: `Pack ${i}`,
      enabled: (i % 2) as 0 | 1,
      importedAt: i,
      pack: { schemaVersion: 1, id: `pack-${i}`, facts: [] },
      index: { version: 2, terms: [], keyTerms: [], automaton: {} },
    }));
    await v1.table('packs').bulkAdd(packs);
    await v1.table('matchers').add({ key: 'gloss-base@1.1.5', index: { version: 2 }, builtAt: 5 });
    v1.close();

    const v2 = new GlossDb({ indexedDB: f, IDBKeyRange });
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.packs.orderBy('importedAt').toArray()).toEqual(packs);
    expect(await v2.matchers.toArray()).toEqual([
      { key: 'gloss-base@1.1.5', index: { version: 2 }, builtAt: 5 },
    ]);
    expect((await v2.meta.get(CANARY_KEY))?.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(await v2.clips.count()).toBe(0);
    v2.close();
  });

  it('a fresh database has a canary; a database that lost it reports eviction', async () => {
    const first = await checkCanary(db, null);
    expect(first.evicted).toBe(false);
    expect(await checkCanary(db, first.value)).toEqual({ value: first.value, evicted: false });
    // The browser cleared the origin: the database is created again, with a new canary.
    db.close();
    await new Promise((done) => {
      factory.deleteDatabase('gloss').onsuccess = done;
    });
    const again = open();
    const after = await checkCanary(again, first.value);
    expect(after.evicted).toBe(true);
    expect(after.value).not.toBe(first.value);
    again.close();
  });
});
