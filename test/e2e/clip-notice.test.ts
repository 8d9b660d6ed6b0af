/**
 * The save notice (context menu, keyboard command; docs/adr/0014) under ADR 0017, in both
 * browsers: shown on a page with a strict CSP (`style-src 'none'`) without a console error,
 * in the reader's UI language, which the clip feature asks the worker for (content scripts
 * never read the settings). Headless browsers deliver neither menus nor commands, so the test
 * plays the worker's part from an extension page: it injects the clip feature and sends
 * `clip/take` with `notify: true` — but with a token the worker never handed out, so the save is
 * refused (ADR 0017: only saves the worker asked for are stored) and the notice says so.
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
      payload: { scope: 'article', note: '', notify: true, token: 'made-up-by-the-test' },
    });
    return JSON.parse(JSON.stringify(reply ?? 'no reply'));
  } catch (e) {
    return `failed: ${String(e)}`;
  }
}

describe.each(BROWSER_NAMES)('the save notice in %s', (name) => {
  const e2e = useBrowser(name);

  it('refuses a save the worker did not ask for, and says so in the reader UI language on a strict-CSP page', async () => {
    const { page, messenger } = await openWithMessenger(e2e, 'hostile/csp.html');
    try {
      await messenger.setSettings({ language: 'hi' });
      await expectHighlight(page, 4);
      const ext = await e2e.openExtensionPage('src/pages/options/index.html');
      await page.bringToFront();
      const reply = await ext.evaluate(takeWithNotice, [messenger.tabId, CLIP_FILE] as [number, string]);
      expect(reply).toMatchObject({ ok: true, value: { saved: false, reason: 'unreachable' } });
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
      expect(notice).toEqual({
        text: expect.stringMatching(/^नहीं सहेजा: Gloss यह पेज नहीं पढ़ सकता/),
        lang: 'hi',
        hostAttributes: [],
        styled: true,
      });
      // Nothing was stored: the library is empty.
      const library = await e2e.openExtensionPage('src/pages/library/index.html');
      await library.waitForFunction(
        () => !/Loading/i.test(document.querySelector('[data-testid="count"]')?.textContent ?? 'Loading'),
        null,
        { timeout: 10_000, what: 'the library list' },
      );
      expect(await library.evaluate(() => document.querySelectorAll('[data-testid="clip-row"]').length)).toBe(
        0,
      );
      expect(page.consoleErrors).toEqual([]);
    } finally {
      await messenger.resetSettings();
    }
  });
});
