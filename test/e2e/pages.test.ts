/** The popup and options pages render, and what the options page saves reaches storage and the popup. */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import { HIGHLIGHT_NAME, highlightSize, testIdText } from '../support/probes';

/** Firefox reports extension-page errors through its output streams, a moment later. */
const ERRORS_SETTLE_MS = 500;

/** In the page: the settings as stored (`browser` in Firefox, `chrome` or `browser` in Chromium). */
async function storedSettings(): Promise<Record<string, unknown> | undefined> {
  type Api = { storage: { sync: { get(key: string): Promise<Record<string, Record<string, unknown>>> } } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  return (await (g.browser ?? g.chrome).storage.sync.get('settings')).settings;
}

/** In an extension page: back to the default settings. */
async function resetSettings(): Promise<void> {
  type Api = { storage: { sync: { remove(key: string): Promise<void> } } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  await (g.browser ?? g.chrome).storage.sync.remove('settings');
}

/** In the options page: picks the radio `value` of group `name`, adds `host` to the site list. */
function changeOptions([name, value, host]: [string, string, string]): void {
  document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)?.click();
  const input = document.querySelector<HTMLInputElement>('form.add-site input');
  if (!input) throw new Error('no site input');
  input.value = host;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  document.querySelector<HTMLButtonElement>('form.add-site button[type="submit"]')?.click();
}

/** In an extension page: the id of the tab whose content script lists annotations (no tabs permission, no URLs). */
async function annotatedTabId(): Promise<number | null> {
  type Api = {
    tabs: {
      getCurrent(): Promise<{ id?: number } | undefined>;
      query(q: object): Promise<Array<{ id?: number }>>;
      sendMessage(id: number, m: object): Promise<{ ok?: boolean; value?: { annotations?: unknown[] } }>;
    };
  };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const me = await api.tabs.getCurrent();
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined || tab.id === me?.id) continue;
    const reply = await api.tabs
      .sendMessage(tab.id, { gloss: 1, name: 'page/summary', payload: {} })
      .catch(() => undefined);
    if (reply?.ok && reply.value?.annotations?.length) return tab.id;
  }
  return null;
}

/** In the popup: how many annotation buttons it lists once it is not busy (null while busy). */
function listedItems(): number | null {
  if (document.querySelector('[aria-busy="true"]')) return null;
  return document.querySelectorAll('button.item').length;
}

describe.each(BROWSER_NAMES)('extension pages in %s', (name) => {
  const e2e = useBrowser(name);

  it.each([
    ['popup', 'src/pages/popup/index.html'],
    ['options', 'src/pages/options/index.html'],
  ])('the %s page renders visible text', async (testId, path) => {
    const page = await e2e.openExtensionPage(path);
    await expect
      .poll(() => page.evaluate(testIdText, testId), {
        timeout: 5_000,
        message: `[data-testid="${testId}"] should exist and show text`,
      })
      .toMatch(/\S/);
    await sleep(ERRORS_SETTLE_MS);
    expect(page.consoleErrors).toEqual([]);
  });

  it('what the options page saves is stored, and the popup follows it', async () => {
    const options = await e2e.openExtensionPage('src/pages/options/index.html');
    await options.waitForFunction(() => document.querySelector('form.add-site') !== null, null, {
      what: 'the options page',
    });
    const popup = await e2e.openExtensionPage('src/pages/popup/index.html');
    await popup.waitForFunction(() => document.querySelector('[data-testid="pause-switch"]') !== null, null, {
      what: 'the popup',
    });

    await options.evaluate(changeOptions, ['theme', 'dark', 'https://www.Example.com/news'] as [
      string,
      string,
      string,
    ]);
    await expect
      .poll(() => options.evaluate(storedSettings), { timeout: 5_000, message: 'stored settings' })
      .toMatchObject({ theme: 'dark', disabledSites: ['example.com'] });
    expect(await options.evaluate(() => document.querySelector('[role="status"]')?.textContent)).toBe(
      'Saved.',
    );
    // The popup, already open, follows the change.
    await popup.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, {
      what: 'the popup to turn dark',
    });

    // Pausing from the popup shows up in the options page.
    await popup.evaluate(() =>
      document.querySelector<HTMLInputElement>('[data-testid="pause-switch"]')?.click(),
    );
    await options.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[data-testid="enabled-switch"]')?.checked === false,
      null,
      { what: 'the options page to show Gloss paused' },
    );
    expect(await options.evaluate(storedSettings)).toMatchObject({ enabled: false });
    await sleep(ERRORS_SETTLE_MS);
    expect([...options.consoleErrors, ...popup.consoleErrors]).toEqual([]);
  });

  it("the popup's site switch turns Gloss off for the article's site, and back on", async () => {
    const helper = await e2e.openExtensionPage('src/pages/popup/index.html');
    await helper.evaluate(resetSettings); // an earlier test paused Gloss
    const article = await e2e.openFixture('seeds/coverage-b.html');
    await expectHighlight(article, 1);
    const tab = await helper.evaluate(annotatedTabId);
    expect(tab, 'the article tab answers page/summary').not.toBeNull();
    const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${tab}`);
    await expect.poll(() => popup.evaluate(listedItems), { timeout: 5_000 }).toBeGreaterThan(0);
    const host = await popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="site-switch"]');
      return document.getElementById(input?.getAttribute('aria-describedby') ?? '')?.textContent;
    });
    expect(host).toBe('127.0.0.1');

    await popup.evaluate(() =>
      document.querySelector<HTMLInputElement>('[data-testid="site-switch"]')?.click(),
    );
    await expect
      .poll(() => article.evaluate(highlightSize, HIGHLIGHT_NAME), {
        timeout: 5_000,
        message: 'highlights gone',
      })
      .toBeFalsy();
    await expect.poll(() => popup.evaluate(listedItems), { timeout: 5_000 }).toBe(0);
    expect(await helper.evaluate(storedSettings)).toMatchObject({ disabledSites: ['127.0.0.1'] });

    await popup.evaluate(() =>
      document.querySelector<HTMLInputElement>('[data-testid="site-switch"]')?.click(),
    );
    await expectHighlight(article, 1);
    await expect.poll(() => popup.evaluate(listedItems), { timeout: 5_000 }).toBeGreaterThan(0);
  });
});
