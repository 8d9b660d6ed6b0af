/**
 * The "packs stored" flag (platform/packs-flag.ts, ADR 0024): a woken worker skips IndexedDB only
 * when the flag says no pack is stored; the worker's every read of the packs sets it, the options
 * page marks it before each change, and a corrupt stored pack keeps it set (so every wake reports it).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const local = new Map<string, unknown>();
let storageBroken = false;
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => {
          if (storageBroken) throw new Error('storage gone');
          return local.has(key) ? { [key]: local.get(key) } : {};
        },
        set: async (items: Record<string, unknown>) => {
          if (storageBroken) throw new Error('storage gone');
          for (const [k, v] of Object.entries(items)) local.set(k, v);
        },
      },
    },
  },
  isContextAlive: () => true,
}));

const { WorkerFactBase } = await import('../../../src/background/engine/factbase');
const { loadPacks, loadPacksOnWake } = await import('../../../src/background/handlers/packs');
const { readPacksFlag, writePacksFlag } = await import('../../../src/platform/packs-flag');
const { compileMatcher } = await import('../../../src/core/match/terms');
const { GlossDb } = await import('../../../src/storage/db');
const { PackRepository } = await import('../../../src/storage/packs');
const { createPackService } = await import('../../../src/pages/options/pack-service');
type FactPack = import('../../../src/core/facts/schema').FactPack;

const PACK = JSON.parse(readFileSync('docs/examples/chandrayaan-3.json', 'utf8')) as FactPack;
const PACK_FACT = 'event.chandrayaan-3-landing';
const options = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

let facts = new WorkerFactBase();

beforeEach(() => {
  facts = new WorkerFactBase();
  local.clear();
  storageBroken = false;
});

describe('the packs flag', () => {
  it('is unknown until written, and reads back what was written', async () => {
    expect(await readPacksFlag()).toBeNull();
    await writePacksFlag(false);
    expect(await readPacksFlag()).toBe(false);
    await writePacksFlag(true);
    expect(await readPacksFlag()).toBe(true);
    local.set('packsStored', 'yes'); // written by something else: not trusted
    expect(await readPacksFlag()).toBeNull();
  });

  it('is set when the worker reads a stored pack, and cleared when it reads none after removal', async () => {
    const opts = options();
    const repo = new PackRepository(new GlossDb(opts), new Set());
    await loadPacks(facts, new GlossDb(opts));
    expect(await readPacksFlag()).toBe(false);

    await repo.add(PACK, compileMatcher(PACK.facts));
    await loadPacks(facts, new GlossDb(opts));
    expect(await readPacksFlag()).toBe(true);

    await repo.remove(PACK.id);
    await loadPacks(facts, new GlossDb(opts));
    expect(await readPacksFlag()).toBe(false);
  });

  it('lets a woken worker skip IndexedDB only when it says no pack is stored', async () => {
    const opts = options();
    const opened: string[] = [];
    const open = () => {
      opened.push('db');
      return new GlossDb(opts);
    };
    await loadPacksOnWake(facts, open); // unknown (first run): read
    expect(opened).toHaveLength(1);
    expect(await readPacksFlag()).toBe(false);
    await loadPacksOnWake(facts, open); // none stored: not opened
    expect(opened).toHaveLength(1);
    await writePacksFlag(true);
    await loadPacksOnWake(facts, open);
    expect(opened).toHaveLength(2);
  });

  it('a worker woken after the options page changed packs reads them, even before packs/changed arrives', async () => {
    const opts = options();
    await loadPacks(facts, new GlossDb(opts)); // the worker noted: none stored
    expect(await readPacksFlag()).toBe(false);
    // The options page accepts a pack; its message to the worker is lost.
    const service = createPackService(
      new GlossDb(opts),
      async () => undefined,
      () => writePacksFlag(true),
    );
    await service.accept(PACK);
    expect(await readPacksFlag()).toBe(true);
    // The next wake reads the pack from IndexedDB.
    await loadPacksOnWake(facts, () => new GlossDb(opts));
    expect(facts.get().factById(PACK_FACT)).toBeDefined();
  });

  it('marks the flag before the options page writes anything', async () => {
    const opts = options();
    const order: string[] = [];
    const db = new GlossDb(opts);
    const repo = new PackRepository(db, new Set());
    const service = createPackService(
      db,
      async () => {
        order.push(`notify:${(await repo.list()).length}`);
      },
      async () => {
        order.push(`mark:${(await repo.list()).length}`);
      },
    );
    await service.accept(PACK);
    await service.setEnabled(PACK.id, false);
    await service.remove(PACK.id);
    expect(order).toEqual(['mark:0', 'notify:1', 'mark:1', 'notify:1', 'mark:1', 'notify:0']);
  });

  it('stays set while a corrupt stored pack is skipped with a notice, and the bundled base works', async () => {
    const opts = options();
    const setup = new GlossDb(opts);
    await setup.packs.put({
      id: 'broken',
      version: '1.0.0',
      title: 'Broken',
      enabled: 1,
      importedAt: 1,
      pack: { schemaVersion: 1, id: 'broken', facts: 'not a list' },
      index: compileMatcher([]),
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { skipped } = await loadPacks(facts, new GlossDb(opts));
      expect(skipped.map((s) => s.id)).toEqual(['broken']);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/fact pack "broken" skipped: .+/));
    } finally {
      warn.mockRestore();
    }
    expect(facts.get().factById('place.lac')).toBeDefined();
    expect(await readPacksFlag()).toBe(true);
    setup.close();
  });

  it('is left as it was when IndexedDB cannot be read, and a broken storage.local means "read"', async () => {
    await writePacksFlag(true);
    const db = new GlossDb(options());
    vi.spyOn(db.packs, 'orderBy').mockImplementation(() => {
      throw new Error('IndexedDB unavailable');
    });
    const { skipped } = await loadPacks(facts, db);
    expect(skipped.map((s) => s.id)).toEqual(['*']);
    expect(await readPacksFlag()).toBe(true);
    storageBroken = true;
    expect(await readPacksFlag()).toBeNull();
  });
});
