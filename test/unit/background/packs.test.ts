/** The worker's side of fact packs: on wake and on packs/changed it loads the enabled packs from storage. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { WorkerFactBase } from '../../../src/background/engine/factbase';
import { loadPacks } from '../../../src/background/handlers/packs';
import type { FactPack } from '../../../src/core/facts/schema';
import { compileMatcher } from '../../../src/core/match/terms';
import { GlossDb } from '../../../src/storage/db';
import { PackRepository } from '../../../src/storage/packs';

const PACK = JSON.parse(readFileSync('docs/examples/chandrayaan-3.json', 'utf8')) as FactPack;
const options = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('loadPacks (worker)', () => {
  it('puts the enabled packs into the worker fact base, and takes them out when disabled', async () => {
    const opts = options();
    const facts = new WorkerFactBase();
    const setup = new GlossDb(opts);
    const repo = new PackRepository(setup, new Set());
    await repo.add(PACK, compileMatcher(PACK.facts));
    await loadPacks(facts, new GlossDb(opts));
    expect(facts.get().factById('event.chandrayaan-3-landing')?.title).toMatch(/Chandrayaan-3/);
    expect(facts.get().card.packTitle?.('event.chandrayaan-3-landing')).toBe(PACK.title);

    await repo.setEnabled(PACK.id, false);
    await loadPacks(facts, new GlossDb(opts));
    expect(facts.get().factById('event.chandrayaan-3-landing')).toBeUndefined();
    expect(facts.get().factById('place.lac')).toBeDefined();
    setup.close();
  });

  it('keeps the bundled base when a stored pack is corrupt', async () => {
    const opts = options();
    const facts = new WorkerFactBase();
    const setup = new GlossDb(opts);
    await setup.packs.put({
      id: 'broken',
      version: '1.0.0',
      title: 'Broken',
      enabled: 1,
      importedAt: 1,
      pack: null,
      index: compileMatcher([]),
    });
    const { skipped } = await loadPacks(facts, new GlossDb(opts));
    expect(skipped.map((s) => s.id)).toEqual(['broken']);
    expect(facts.get().factById('place.lac')).toBeDefined();
    setup.close();
  });
});
