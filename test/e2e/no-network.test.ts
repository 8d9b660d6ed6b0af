/**
 * No network (issue #11): while Gloss annotates a page, opens cards, saves a clip, exports
 * the library and compares, the browser reports no request beyond the page loading itself and the
 * extension's own packaged files. Requests are what the automation protocol sees: CDP Network
 * events in Chromium (every page, extension pages and the extension's service worker), BiDi
 * network events in Firefox (every tab the launcher opened; Firefox's background page is not a
 * BiDi browsing context, so there the extension-page CSP `connect-src 'none'`, asserted by
 * build.test.ts, is what stands in for it).
 *
 * Each reader action is one step, comparing included (the open tab against the clip just saved).
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { centre, locateTerm, waitForCard } from '../support/card';
import { expectHighlight, useBrowser } from '../support/e2e';
import { type Messenger, openWithMessenger } from '../support/messenger';
import type { GlossPage } from '../support/page';

const SEED = 'seeds/coverage-a.html';

/** Library: keeps downloads (the Blob handed to an object URL) instead of saving them. */
function captureDownloads(): void {
  const w = window as unknown as { __blobs: Blob[] };
  w.__blobs = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (b: Blob | MediaSource) => {
    if (b instanceof Blob) w.__blobs.push(b);
    return create(b);
  };
  HTMLAnchorElement.prototype.click = () => undefined;
}

/** Library: presses Export and resolves with the size of the file (0: none came). */
async function exportSize(): Promise<number> {
  const w = window as unknown as { __blobs: Blob[] };
  const button = [
    ...document.querySelectorAll<HTMLButtonElement>('[data-testid="import-export"] button'),
  ].find((b) => b.textContent?.trim() === 'Export');
  button?.click();
  for (let i = 0; i < 100 && !w.__blobs.length; i++) await new Promise((ok) => setTimeout(ok, 50));
  return w.__blobs[0]?.size ?? 0;
}

interface Context {
  readonly e2e: ReturnType<typeof useBrowser>;
  readonly page: GlossPage;
  readonly messenger: Messenger;
}

/** One thing the reader does with Gloss; each must make no request. */
interface Step {
  readonly name: string;
  run(ctx: Context): Promise<void>;
}

const STEPS: readonly Step[] = [
  {
    name: 'annotate',
    run: async ({ page }) => expectHighlight(page, 4),
  },
  {
    name: 'open cards (hover, keyboard)',
    run: async ({ page, messenger }) => {
      const box = await locateTerm(page, 'Galwan Valley');
      const { x, y } = centre(box);
      await page.mouseMove(2, 2);
      await page.mouseMove(x, y);
      await waitForCard(page, 'the Galwan card', (s) => /Galwan/.test(s.title), 5_000);
      expect(await messenger.send('page/step', { direction: 1 })).toMatchObject({ ok: true });
      await page.keyPress('Escape');
    },
  },
  {
    name: 'save',
    run: async ({ e2e, messenger }) => {
      const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${messenger.tabId}`);
      await popup.waitForFunction(
        () => document.querySelector('[data-testid="save-button"]') !== null,
        null,
        {
          what: 'the popup',
        },
      );
      await popup.evaluate(() =>
        document.querySelector<HTMLButtonElement>('[data-testid="save-button"]')?.click(),
      );
      await popup.waitForFunction(
        () => document.querySelector<HTMLElement>('[data-testid="save-outcome"]')?.dataset.saved === 'yes',
        null,
        { timeout: 10_000, what: 'the saved outcome' },
      );
    },
  },
  {
    name: 'export',
    run: async ({ e2e }) => {
      const library = await e2e.openExtensionPage('src/pages/library/index.html');
      await library.waitForFunction(
        () => document.querySelectorAll('[data-testid="clip-row"]').length > 0,
        null,
        { timeout: 10_000, what: 'the saved clip in the library' },
      );
      await library.evaluate(captureDownloads);
      expect(await library.evaluate(exportSize)).toBeGreaterThan(100);
    },
  },
  {
    name: 'compare',
    run: async ({ e2e, messenger }) => {
      // The open tab (read by the clip feature through the worker) against the clip just saved.
      const library = await e2e.openExtensionPage('src/pages/library/index.html');
      await library.waitForFunction(
        () => document.querySelector<HTMLElement>('[data-testid="clip-row"]')?.dataset.clipId !== undefined,
        null,
        { timeout: 10_000, what: 'the saved clip in the library' },
      );
      const id = await library.evaluate(
        () => document.querySelector<HTMLElement>('[data-testid="clip-row"]')?.dataset.clipId ?? '',
      );
      const compare = await e2e.openExtensionPage(
        `src/pages/compare/index.html?a=tab:${messenger.tabId}&b=${encodeURIComponent(id)}`,
      );
      await compare.waitForFunction(() => document.querySelector('[data-testid="summary"]') !== null, null, {
        timeout: 30_000,
        what: 'the comparison',
      });
    },
  },
];

/** URLs that are not network: the extension's own files, and in-memory data. */
const LOCAL = /^(chrome-extension|moz-extension|data|blob|about):/;

describe.each(BROWSER_NAMES)('no network in %s', (name) => {
  const e2e = useBrowser(name);

  it(`makes no request while it ${STEPS.map((s) => s.name).join(', ')}`, async () => {
    const log = e2e.browser.recordRequests();
    try {
      const { page, messenger } = await openWithMessenger(e2e, SEED);
      const ctx = { e2e, page, messenger };
      // What the page itself loads (before Gloss does anything): its document and the favicon.
      const own = new Set([e2e.server.url(SEED), e2e.server.url('favicon.ico')]);
      for (const step of STEPS) {
        const from = log.urls.length;
        await step.run(ctx);
        const made = log.urls.slice(from).filter((u) => !LOCAL.test(u) && !own.has(u));
        expect(made, `requests while Gloss did "${step.name}"`).toEqual([]);
      }
      const all = log.urls.filter((u) => !LOCAL.test(u));
      expect(
        all.every((u) => own.has(u)),
        `every request was the page loading itself: ${all.join(', ')}`,
      ).toBe(true);
      expect(all.length, 'the recorder saw the page load (it is really recording)').toBeGreaterThan(0);
    } finally {
      log.stop();
    }
  });
});
