/**
 * Fuzzing the handlers (issue #11): random messages from random senders reach `handle()` as a
 * browser would deliver them. A handler runs only with a payload its schema accepts, every
 * reply is a Result, nothing throws into the listener; the worker's handlers that act on other
 * tabs or answer with the reader's data refuse content scripts; the display answer names no site.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

type Listener = (raw: unknown, sender: unknown, reply: (r: unknown) => void) => true | undefined;
const listeners: Listener[] = [];
const EXTENSION = 'chrome-extension://gloss/';

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    runtime: {
      id: 'gloss',
      getURL: (path: string) => `${EXTENSION}${path}`,
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
  },
  isContextAlive: () => true,
}));

const { handle, fromExtensionPage } = await import('../../../src/platform/messaging');
const { makeRequest, parseRequest } = await import('../../../src/core/messages');
const { extensionPagesOnly } = await import('../../../src/background/handlers/senders');
const { onDisplay, onStyle } = await import('../../../src/background/handlers/annotate');
const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');

const page = (url: string) => ({ id: 'gloss', url, tab: { id: 4, url }, frameId: 0 });
const extensionPage = { id: 'gloss', url: `${EXTENSION}src/pages/popup/index.html` };
const sender = fc.oneof(
  fc.constant(extensionPage),
  fc.webUrl().map(page),
  fc.record({ id: fc.string(), url: fc.webUrl() }),
  fc.anything(),
);

/** Delivers `raw` from `from` to the registered listeners; resolves with the reply, if any. */
function deliver(raw: unknown, from: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    let answered = false;
    for (const l of [...listeners]) {
      if (l(raw, from ?? {}, (r) => resolve(r)) === true) answered = true;
    }
    if (!answered) resolve(undefined);
  });
}

const NAMES = [
  'page/annotated',
  'page/summary',
  'page/probe',
  'clips/save',
  'clips/take',
  'packs/changed',
  'page/display',
  'page/style',
  'error/report',
] as const;

describe('handlers under fuzzing', () => {
  it('run only with schema-valid payloads, always reply with a Result, never throw', async () => {
    const seen: unknown[] = [];
    const stop = handle(
      Object.fromEntries(
        NAMES.map((n) => [
          n,
          (payload: unknown) => {
            seen.push([n, payload]);
            if (JSON.stringify(payload).length % 3 === 0) throw new Error('handler failed');
            return null;
          },
        ]),
      ),
    );
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...NAMES),
          fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
          fc.anything(),
          sender,
          async (name, payload, gloss, from) => {
            seen.length = 0;
            const raw = fc.sample(fc.boolean(), 1)[0]
              ? { gloss: 1, name, payload }
              : { gloss, name, payload };
            const reply = (await deliver(raw, from)) as { ok: boolean; error?: string } | undefined;
            const fromGloss =
              typeof from === 'object' && from !== null && (from as { id?: unknown }).id === 'gloss';
            if (reply === undefined) {
              expect(seen).toEqual([]);
              return;
            }
            expect(fromGloss).toBe(true);
            expect(parseRequest(raw)).not.toBeNull();
            expect(seen).toHaveLength(1);
            expect(reply.ok === true || typeof reply.error === 'string').toBe(true);
          },
        ),
        { numRuns: 400 },
      );
    } finally {
      stop();
    }
  });

  it('packs/changed and clips/take refuse content scripts with a clean error, not their result', async () => {
    const packs = vi.fn(() => ({ version: 'v', skipped: [] }));
    const take = vi.fn(() => ({ saved: true as const, id: 'c', kind: 'article' as const }));
    const stop = handle({
      'packs/changed': extensionPagesOnly('packs/changed', packs),
      'clips/take': extensionPagesOnly('clips/take', take),
    });
    try {
      await fc.assert(
        fc.asyncProperty(fc.webUrl(), async (url) => {
          const a = await deliver(makeRequest('packs/changed', {}), page(url));
          const b = await deliver(
            makeRequest('clips/take', { tabId: 9, scope: 'auto', note: '' }),
            page(url),
          );
          expect(a).toEqual({ ok: false, error: "packs/changed is only for Gloss's own pages" });
          expect(b).toEqual({ ok: false, error: "clips/take is only for Gloss's own pages" });
        }),
        { numRuns: 50 },
      );
      expect(packs).not.toHaveBeenCalled();
      expect(take).not.toHaveBeenCalled();
      expect(await deliver(makeRequest('packs/changed', {}), extensionPage)).toEqual({
        ok: true,
        value: { version: 'v', skipped: [] },
      });
      expect(fromExtensionPage(page(`https://evil.example/${EXTENSION}`) as never)).toBe(false);
    } finally {
      stop();
    }
  });

  it("page/display answers for the sender's own host and carries no site list", async () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['secret-site.example', 'news.example'] };
    const read = async () => settings;
    const off = await onDisplay(page('https://www.news.example/a') as never, read);
    const on = await onDisplay(page('https://other.example/a') as never, read);
    expect(off.off).toBe(true);
    expect(on.off).toBe(false);
    for (const answer of [on, off]) {
      expect(JSON.stringify(answer)).not.toMatch(/secret-site|news\.example|disabledSites|enabled/);
      expect(Object.keys(answer.display).sort()).toEqual([
        'dwellMs',
        'language',
        'mentions',
        'theme',
        'verdicts',
      ]);
    }
  });

  it('page/style puts the one stylesheet of the reader style in the sender frame, and none where off', async () => {
    const inserted: string[] = [];
    const removed: string[] = [];
    const deps = {
      insert: async (_t: number, _f: number, css: string) => void inserted.push(css),
      remove: async (_t: number, _f: number, css: string) => void removed.push(css),
      settings: async () => ({
        ...DEFAULT_SETTINGS,
        highlightStyle: 'background' as const,
        disabledSites: ['off.example'],
      }),
    };
    await onStyle({ on: true }, page('https://on.example/') as never, deps);
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toMatch(/::highlight\(gloss-term\) \{ background-color/);
    expect(removed).toHaveLength(2);
    await onStyle({ on: true }, page('https://off.example/') as never, deps);
    await onStyle({ on: false }, page('https://on.example/') as never, deps);
    expect(inserted).toHaveLength(1);
    expect(removed).toHaveLength(6);
  });
});
