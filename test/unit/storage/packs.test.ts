// liveQuery runs only where a global indexedDB exists (dexie/Dexie.js#2046); each test
// still gets its own factory below.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import type { Fact, FactPack } from '../../../src/core/facts/schema';
import { compileMatcher } from '../../../src/core/match/terms';
import { GlossDb } from '../../../src/storage/db';
import { loadFactBase } from '../../../src/storage/factbase';
import { MatcherCache } from '../../../src/storage/matchers';
import { PackRepository } from '../../../src/storage/packs';

const known = new Set(BUNDLED_PACKS.flatMap((p) => p.facts.map((f) => f.id)));
const bundled = { packs: BUNDLED_PACKS };

const fact = (id: string, alias: string): Fact => ({
  id,
  kind: 'event',
  title: `Title of ${id}`,
  summary: 'An event.',
  aliases: [{ text: alias }],
  relations: [{ type: 'related', target: 'place.lac' }],
  confidence: 'one-source',
  sources: [{ url: 'https://example.org/', publisher: 'Example' }],
  asOf: '2026-12-01',
});
const pack = (id: string, facts: Fact[]): FactPack => ({
  schemaVersion: 1,
  id,
  version: '1.0.0',
  lang: 'en',
  title: `Pack ${id}`,
  author: 'Tester',
  facts,
});

let db: GlossDb;
let repo: PackRepository;
beforeEach(async () => {
  db = new GlossDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  repo = new PackRepository(db, known);
});
afterEach(() => db.close());

async function add(p: FactPack, at: number) {
  await repo.add(p, compileMatcher(p.facts), at);
}

describe('GlossDb', () => {
  it('opens at schema version 2 (Dexie stores it × 10; clips.test.ts checks the upgrade from 1)', () => {
    expect(db.verno).toBe(2);
    expect(db.backendDB().version).toBe(20);
  });
});

describe('PackRepository', () => {
  it('adds, lists in import order, disables, enables and removes', async () => {
    await add(pack('b-pack', [fact('event.b', 'Bee thing')]), 2);
    await add(pack('a-pack', [fact('event.a', 'Ay thing')]), 1);
    expect((await repo.list()).map((e) => [e.id, e.enabled, e.facts, e.author, e.corrupt])).toEqual([
      ['a-pack', true, 1, 'Tester', null],
      ['b-pack', true, 1, 'Tester', null],
    ]);
    await repo.setEnabled('a-pack', false);
    expect((await repo.enabled()).packs.map((p) => p.id)).toEqual(['b-pack']);
    await repo.setEnabled('a-pack', true);
    await repo.remove('b-pack');
    expect((await repo.list()).map((e) => e.id)).toEqual(['a-pack']);
    expect(await db.packs.get('b-pack')).toBeUndefined();
  });

  it('refuses a pack id that is already stored', async () => {
    await add(pack('a-pack', [fact('event.a', 'Ay thing')]), 1);
    await expect(add(pack('a-pack', [fact('event.a', 'Ay thing')]), 2)).rejects.toThrow(/already installed/);
  });

  it('skips a corrupt stored pack with its reason', async () => {
    await add(pack('good', [fact('event.a', 'Ay thing')]), 1);
    await db.packs.put({
      id: 'broken',
      version: '1.0.0',
      title: 'Broken',
      enabled: 1,
      importedAt: 2,
      pack: { id: 'broken', facts: 'not a list' },
      index: compileMatcher([]),
    });
    const { packs, skipped } = await repo.enabled();
    expect(packs.map((p) => p.id)).toEqual(['good']);
    expect(skipped).toEqual([{ id: 'broken', reason: expect.stringMatching(/version|lang|title|facts/) }]);
    expect((await repo.list()).find((e) => e.id === 'broken')?.corrupt).toBeTruthy();
  });

  it('watches the list live', async () => {
    const seen: string[][] = [];
    const stop = repo.watch((entries) => seen.push(entries.map((e) => e.id)));
    await new Promise((r) => setTimeout(r, 20));
    await add(pack('a-pack', [fact('event.a', 'Ay thing')]), 1);
    await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(seen.at(0)).toEqual([]);
    expect(seen.at(-1)).toEqual(['a-pack']);
  });
});

describe('loadFactBase', () => {
  it('is the bundled base when no pack is stored', async () => {
    const { base, skipped } = await loadFactBase(db, bundled);
    expect(base.version).toBe(BUNDLED_PACKS.map((p) => `${p.id}@${p.version}`).join(', '));
    expect(skipped).toEqual([]);
  });

  it('merges enabled packs, caches their matcher, and reuses it', async () => {
    await add(pack('a-pack', [fact('event.a', 'Ay thing')]), 1);
    const first = await loadFactBase(db, bundled);
    expect(first.base.factById('event.a')?.title).toBe('Title of event.a');
    expect(first.base.card.packTitle?.('event.a')).toBe('Pack a-pack');
    const cached = await new MatcherCache(db).get(first.base.version);
    expect(cached).not.toBeNull();
    const second = await loadFactBase(db, bundled);
    expect(second.base.index).toEqual(cached);
    expect(second.base.matcher.find('the Ay thing happened').map((m) => m.factId)).toEqual(['event.a']);
  });

  it('drops a disabled pack, and the cache keeps only the current base', async () => {
    await add(pack('a-pack', [fact('event.a', 'Ay thing')]), 1);
    await add(pack('b-pack', [fact('event.b', 'Bee thing')]), 2);
    await loadFactBase(db, bundled);
    await repo.setEnabled('a-pack', false);
    const { base } = await loadFactBase(db, bundled);
    expect(base.factById('event.a')).toBeUndefined();
    expect(base.factById('event.b')).toBeDefined();
    expect((await db.matchers.toArray()).map((r) => r.key)).toEqual([base.version]);
  });

  it('still gives the bundled base when a stored pack is corrupt', async () => {
    await db.packs.put({
      id: 'broken',
      version: '1.0.0',
      title: 'Broken',
      enabled: 1,
      importedAt: 1,
      pack: 'garbage',
      index: compileMatcher([]),
    });
    const { base, skipped } = await loadFactBase(db, bundled);
    expect(base.facts.size).toBe(known.size);
    expect(skipped.map((s) => s.id)).toEqual(['broken']);
  });

  it('still gives the bundled base when storage cannot be opened', async () => {
    const closed = new GlossDb({ name: 'closed', indexedDB: new IDBFactory(), IDBKeyRange });
    closed.close({ disableAutoOpen: true });
    const { base, skipped } = await loadFactBase(closed, bundled);
    expect(base.facts.size).toBe(known.size);
    expect(skipped[0]?.reason).toMatch(/storage unavailable/);
  });
});
