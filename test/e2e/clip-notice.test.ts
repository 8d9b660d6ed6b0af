/**
 * The save notice (context menu, keyboard command; docs/adr/0014) under ADR 0017, in both
 * browsers: shown on a page with a strict CSP (`style-src 'none'`) without a console error,
 * in the reader's UI language, which the clip feature asks the worker for (content scripts
 * never read the settings). Headless browsers deliver neither menus nor commands, so the test
 * does what the worker does for them: inject the clip feature and send `clip/take` with
 * `notify: true`.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, useBrowser } from '../support/e2e';
import { openWithMessenger } from '../support/messenger';

/** The clip feature as built (vite.config.ts CLIP_SCRIPT). */
const CLIP_FILE = '/src/content/clip.js';

type Api = {
  scripting: { executeScript(o: object): Promise<unknown> };
  tabs: { sendMessage(id: number, m: unknown, o?: object): Promise<unknown> };
};

/** Extension page: injects the clip feature into the tab's top frame and asks it to save, with a notice. */
async function takeWithNotice([tabId, file]: [number, string]): Promise<unknown> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  try {
    await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    const reply = await api.tabs.sendMessage(tabId, {
      gloss: 1,
      name: 'clip/take',
      payload: { scope: 'article', note: '', notify: true },
    });
    return JSON.parse(JSON.stringify(reply ?? 'no reply'));
  } catch (e) {
    return `failed: ${String(e)}`;
  }
}

describe.each(BROWSER_NAMES)('the save notice in %s', (name) => {
  const e2e = useBrowser(name);

  it('shows in the reader UI language on a strict-CSP page, with nothing in the console', async () => {
    const { page, messenger } = await openWithMessenger(e2e, 'hostile/csp.html');
    try {
      await messenger.setSettings({ language: 'hi' });
      await expectHighlight(page, 4);
      const ext = await e2e.openExtensionPage('src/pages/options/index.html');
      await page.bringToFront();
      const reply = await ext.evaluate(takeWithNotice, [messenger.tabId, CLIP_FILE] as [number, string]);
      expect(reply).toMatchObject({ ok: true, value: { saved: true, kind: 'article' } });
      await page.waitForFunction(
        () => document.querySelector('gloss-notice')?.shadowRoot?.querySelector('p') != null,
        null,
        {
          timeout: 5_000,
          what: 'the notice',
        },
      );
      const notice = await page.evaluate(() => {
        const host = document.querySelector('gloss-notice') as HTMLElement;
        const p = host.shadowRoot?.querySelector('p') as HTMLElement;
        return {
          text: p.textContent,
          lang: p.lang,
          hostAttributes: host.getAttributeNames(),
          styled: getComputedStyle(p).backgroundColor !== 'rgba(0, 0, 0, 0)',
        };
      });
      expect(notice).toEqual({ text: 'Gloss में सहेजा गया।', lang: 'hi', hostAttributes: [], styled: true });
      expect(page.consoleErrors).toEqual([]);
    } finally {
      await messenger.resetSettings();
    }
  });
});
