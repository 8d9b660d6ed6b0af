/**
 * Where a page's copy is read (ADR 0039): Chrome's worker has no DOM and asks its offscreen reader
 * document; Firefox's event page reads with its own DOMParser. Either way the seeds are highlighted
 * with nothing printed by the background, and in Chromium the reader document is one offscreen
 * document, answers only Gloss's own contexts, and is opened again when it was closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, useBrowser } from '../support/e2e';

const READER = 'src/pages/reader/index.html';

describe.each(BROWSER_NAMES)('reading pages in %s', (name) => {
  const e2e = useBrowser(name);

  it("highlights the seeds from the background's reading, with no warning or error from it", async () => {
    for (const path of ['seeds/coverage-a.html', 'seeds/coverage-b.html']) {
      const page = await e2e.openFixture(path);
      await expectHighlight(page, 4);
      expect(page.consoleErrors).toEqual([]);
    }
    expect(e2e.browser.backgroundErrors).toEqual([]);
  });

  it.runIf(name === 'chromium')(
    'reads in one offscreen reader document, which answers Gloss, closes itself when idle and opens again',
    async () => {
      const page = await e2e.openFixture('seeds/coverage-a.html');
      await expectHighlight(page, 4);
      const ext = await e2e.openExtensionPage('src/pages/options/index.html');
      const contexts = () =>
        ext.evaluate(async () => {
          const runtime = (globalThis as unknown as { chrome: { runtime: Record<string, unknown> } }).chrome
            .runtime as {
            getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]>;
          };
          const found = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
          return found.map((c) => new URL(c.documentUrl ?? '').pathname);
        });
      expect(await contexts()).toEqual([`/${READER}`]);
      // Gloss's own page may ask it (the worker does the same); its answer is the article, as data.
      const seed = readFileSync(join(import.meta.dirname, '../fixtures/seeds/coverage-a.html'), 'utf8');
      const map = await ext.evaluate(async (html: string) => {
        const chrome = (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome;
        return chrome.runtime.sendMessage({ gloss: 1, name: 'page/read', payload: { html } });
      }, seed);
      expect(map).toMatchObject({ ok: true, value: { text: expect.stringContaining('Galwan Valley') } });
      // Closed (as Chrome may close it): the next page's reading opens it again.
      await ext.evaluate(async () => {
        const chrome = (
          globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }
        ).chrome;
        await chrome.offscreen.closeDocument();
      });
      expect(await contexts()).toEqual([]);
      const again = await e2e.openFixture('seeds/coverage-b.html');
      await expectHighlight(again, 4);
      expect(await contexts()).toEqual([`/${READER}`]);
      // Idle, it closes itself (after 5 minutes; shortened here), and the next page opens it again.
      await ext.evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: {
              offscreen: {
                closeDocument(): Promise<void>;
                createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
              };
            };
          }
        ).chrome;
        await chrome.offscreen.closeDocument();
        await chrome.offscreen.createDocument({
          url: 'src/pages/reader/index.html?idle=300',
          reasons: ['DOM_PARSER'],
          justification: 'test',
        });
      });
      await expect.poll(contexts, { timeout: 5_000 }).toEqual([]);
      const third = await e2e.openFixture('seeds/coverage-a.html');
      await expectHighlight(third, 4);
      expect(await contexts()).toEqual([`/${READER}`]);
      expect(e2e.browser.backgroundErrors).toEqual([]);
    },
  );
});
