/**
 * Talks to the content script of one tab the way the extension itself does, from an extension
 * page (`tabs.sendMessage`), and changes the reader's settings in extension storage.
 *
 * Headless browsers do not deliver browser-level shortcuts, so the keyboard command is driven
 * through the message its handler sends (`page/step`). The extension page is opened BEFORE the
 * article: Firefox hides (and throttles) tabs that are not active, so the article must be the
 * tab in front.
 */
import type { E2E } from './e2e';
import type { GlossPage } from './page';

/** An extension page with `tabs` and `storage` at hand (any will do; this one exists in both builds). */
const EXTENSION_PAGE = 'src/pages/options/index.html';
const FIND_TAB_MS = 10_000;
/**
 * A tab whose page no content script answers for this long is taken as one the worker's gate
 * skipped (ADR 0021: nothing of Gloss runs there); it is found by its URL instead.
 */
const SKIPPED_MS = 3_000;

export type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export interface Messenger {
  readonly tabId: number;
  /** Sends `{ gloss: 1, name, payload }` to the tab's content script; the raw reply. */
  send(name: string, payload: Record<string, unknown>): Promise<Reply>;
  /** Merges `patch` into `settings` in storage.sync (the content script applies it live). */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  /** Removes the stored settings (back to the defaults), so later tests start clean. */
  resetSettings(): Promise<void>;
  /** Sets the tab's browser zoom (1 = 100 %), as the reader would with Ctrl +. */
  setZoom(factor: number): Promise<void>;
}

/** In the extension page: `browser` where it exists (Firefox, and Chromium ≥ 144), else `chrome`. */
type Api = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
    setZoom(id: number, factor: number): Promise<void>;
  };
  storage: {
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(v: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
};

/** In-page: the id of the tab whose content script reports `url` in page/summary, or null. */
export async function findTabByUrl(url: string): Promise<number | null> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    try {
      const reply = (await api.tabs.sendMessage(tab.id, { gloss: 1, name: 'page/summary', payload: {} })) as {
        value?: { url?: string };
      };
      if (reply?.value?.url === url) return tab.id;
    } catch {
      // no content script in that tab (about:blank, an extension page)
    }
  }
  return null;
}

/** In-page: the id of the tab showing `url` (the host permission shows the URLs of http(s) tabs), or null. */
export async function tabIdAt(url: string): Promise<number | null> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const tabs = (await (g.browser ?? g.chrome).tabs.query({})) as { id?: number; url?: string }[];
  return tabs.find((t) => t.url === url)?.id ?? null;
}

/** In-page: the reply of `tabId`'s content script to a Gloss message. */
export async function sendToTab([tabId, message]: [number, unknown]): Promise<unknown> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  return (g.browser ?? g.chrome).tabs.sendMessage(tabId, message);
}

async function patchSettings(patch: Record<string, unknown>): Promise<void> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const sync = (g.browser ?? g.chrome).storage.sync;
  const current = (await sync.get('settings')).settings;
  await sync.set({ settings: { ...(typeof current === 'object' ? current : {}), ...patch } });
}

async function clearSettings(): Promise<void> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  await (g.browser ?? g.chrome).storage.sync.remove('settings');
}

async function zoomIn([tabId, factor]: [number, number]): Promise<void> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  await (g.browser ?? g.chrome).tabs.setZoom(tabId, factor);
}

/**
 * Opens the extension page, then the fixture (so the fixture is the active tab), and finds the
 * fixture's tab: the one whose content script answers for the fixture's URL, or, on a page the
 * worker's gate skipped (no content script), the tab showing that URL. Both pages are closed after
 * the test by `e2e`.
 */
export async function openWithMessenger(
  e2e: E2E,
  fixture: string,
  init?: () => void,
  options?: { keepShadowClosed?: boolean },
): Promise<{ page: GlossPage; messenger: Messenger }> {
  const ext = await e2e.openExtensionPage(EXTENSION_PAGE);
  const page = await e2e.openFixture(fixture, init, options);
  await page.bringToFront();
  const url = e2e.server.url(fixture);
  const start = Date.now();
  let tabId: number | null = null;
  while (tabId === null) {
    tabId = await ext.evaluate(findTabByUrl, url);
    if (tabId !== null) break;
    if (Date.now() - start > SKIPPED_MS) tabId = await ext.evaluate(tabIdAt, url);
    if (tabId !== null) break;
    if (Date.now() - start > FIND_TAB_MS) throw new Error(`No tab shows ${url}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
  const id = tabId;
  const messenger: Messenger = {
    tabId: id,
    send: async (name, payload) =>
      (await ext.evaluate(sendToTab, [id, { gloss: 1, name, payload }])) as Reply,
    setSettings: (patch) => ext.evaluate(patchSettings, patch),
    resetSettings: () => ext.evaluate(clearSettings),
    setZoom: (factor) => ext.evaluate(zoomIn, [id, factor] as [number, number]),
  };
  return { page, messenger };
}
