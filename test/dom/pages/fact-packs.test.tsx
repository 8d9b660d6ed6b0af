/**
 * Options → Fact packs with the real pack service and storage (fake-indexeddb): import,
 * preview, accept, enable/disable, remove, and refusals that store nothing.
 */
import 'fake-indexeddb/auto'; // liveQuery needs a global indexedDB (dexie/Dexie.js#2046)
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { Options } from '../../../src/pages/options/Options';
import { createPackService, type PackFile } from '../../../src/pages/options/pack-service';
import { GlossDb } from '../../../src/storage/db';
import { click, fakeStore, flush, localise, tEn, until, useContainer } from './fakes';

const EXAMPLE = readFileSync('docs/examples/chandrayaan-3.json', 'utf8');

let container: HTMLElement;
useContainer((el) => {
  container = el;
});
let db: GlossDb;
let notify: ReturnType<typeof vi.fn<() => Promise<void>>>;
beforeEach(() => {
  db = new GlossDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  notify = vi.fn(async () => {});
});
afterEach(() => db.close());

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const file = (name: string, text: string, size = text.length): PackFile => ({
  name,
  size,
  text: async () => text,
});
/** Lets IndexedDB, liveQuery and Preact settle. */
const settle = async () => {
  for (let i = 0; i < 8; i++) await flush();
};

async function mount() {
  act(() =>
    render(
      <Options store={fakeStore().store} localise={localise} packs={createPackService(db, notify)} />,
      container,
    ),
  );
  await settle();
}

async function pick(f: PackFile) {
  const input = $<HTMLInputElement>('[data-testid="pack-file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [f], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('Options → Fact packs', () => {
  it('has a labelled file input and says when no pack is added', async () => {
    await mount();
    const input = $<HTMLInputElement>('[data-testid="pack-file"]');
    expect(container.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe(tEn('packsImport'));
    expect($('[data-testid="packs-empty"]')?.textContent).toBe(tEn('packsNone'));
  });

  it('previews a pack before storing anything, then adds it on accept', async () => {
    await mount();
    await pick(file('chandrayaan-3.json', EXAMPLE));
    const preview = $('[data-testid="pack-preview"]');
    expect(preview?.textContent).toContain("Example pack: Chandrayaan-3, India's 2023 Moon landing");
    expect(preview?.textContent).toContain('example-chandrayaan-3@1.0.0 · by Gloss maintainers');
    expect(preview?.textContent).toContain(tEn('packsCounts', ['4', '9']));
    expect(preview?.textContent).toContain('Sriharikota, Satish Dhawan Space Centre');
    expect(preview?.textContent).toContain('https://nenow.in/');
    expect(preview?.querySelector('a')).toBeNull(); // unaccepted sources are not links
    expect(await db.packs.count()).toBe(0);

    click($('[data-testid="pack-accept"]'));
    // Accepting compiles the merged matcher (~0.1 s here) before telling the worker.
    await until(() => expect(notify).toHaveBeenCalledOnce());
    expect(await db.packs.count()).toBe(1);
    expect($('[data-testid="pack-preview"]')).toBeNull();
    expect($('[role="status"]')?.textContent).toBe(
      tEn('packsAdded', "Example pack: Chandrayaan-3, India's 2023 Moon landing"),
    );
    expect($('[data-testid="pack-example-chandrayaan-3"]')?.textContent).toContain(
      'example-chandrayaan-3@1.0.0 · 4 facts',
    );
  });

  it('warns before import when a pack overrides a bundled fact', async () => {
    await mount();
    const pack = JSON.parse(EXAMPLE);
    const lac = BUNDLED_PACKS[0]?.facts.find((f) => f.id === 'place.lac');
    pack.facts.push({ ...lac, title: 'The LAC, as this pack tells it' });
    pack.overrides = ['place.lac'];
    await pick(file('override.json', JSON.stringify(pack)));
    expect($('[data-testid="pack-overrides"]')?.textContent).toContain(tEn('packsOverrides', '1'));
    expect($('[data-testid="pack-overrides"]')?.textContent).toContain('Line of Actual Control');
  });

  it('refuses a bad file with messages naming file, entry and field, and stores nothing', async () => {
    await mount();
    await pick(file('bad.json', '{ not json'));
    expect($('[data-testid="pack-errors"]')?.textContent).toContain('bad.json: (file): not valid JSON');
    const pack = JSON.parse(EXAMPLE);
    pack.facts[0].sources[0].url = 'javascript:alert(1)';
    await pick(file('evil.json', JSON.stringify(pack)));
    expect($('[data-testid="pack-errors"]')?.textContent).toContain(
      'evil.json: facts[0].sources[0].url: sources must use https',
    );
    await pick(file('huge.json', '', 50 * 1024 * 1024));
    expect($('[data-testid="pack-errors"]')?.textContent).toContain('huge.json: (file): is 50.0 MB');
    expect($('[data-testid="pack-preview"]')).toBeNull();
    expect(await db.packs.count()).toBe(0);
    expect(notify).not.toHaveBeenCalled();
  });

  it('disables, enables and removes a pack', async () => {
    await mount();
    await pick(file('chandrayaan-3.json', EXAMPLE));
    click($('[data-testid="pack-accept"]'));
    await until(() => expect(notify).toHaveBeenCalledTimes(1));
    click($('[data-testid="pack-enabled-example-chandrayaan-3"]'));
    await until(() => expect(notify).toHaveBeenCalledTimes(2));
    expect((await db.packs.get('example-chandrayaan-3'))?.enabled).toBe(0);
    expect($<HTMLInputElement>('[data-testid="pack-enabled-example-chandrayaan-3"]')?.checked).toBe(false);
    click($('[data-testid="pack-enabled-example-chandrayaan-3"]'));
    await until(() => expect(notify).toHaveBeenCalledTimes(3));
    expect((await db.packs.get('example-chandrayaan-3'))?.enabled).toBe(1);
    const remove = $('[data-testid="pack-remove-example-chandrayaan-3"]');
    expect(remove?.getAttribute('aria-label')).toBe(
      tEn('packsRemove', "Example pack: Chandrayaan-3, India's 2023 Moon landing"),
    );
    click(remove);
    await until(() => expect(notify).toHaveBeenCalledTimes(4));
    expect(await db.packs.count()).toBe(0);
    await until(() => expect($('[data-testid="packs-empty"]')).not.toBeNull());
  });

  it('lists a corrupt stored pack with a notice', async () => {
    await db.packs.put({
      id: 'broken',
      version: '1.0.0',
      title: 'Broken pack',
      enabled: 1,
      importedAt: 1,
      pack: { id: 'broken' },
      index: { version: 2 } as never,
    });
    await mount();
    expect($('[data-testid="pack-broken"]')?.textContent).toContain(
      'This stored pack is damaged and is skipped',
    );
  });
});
