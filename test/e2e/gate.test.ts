/**
 * The worker's first gate (ADR 0021): no script is declared on pages; the worker looks at each
 * loaded tab's title and URL and injects the probe only where they name something the fact base
 * knows. The fixture is the seed article (its text full of terms) under a title and address that
 * name nothing: the gate skips it, so nothing of Gloss runs there, until the reader asks (the
 * popup's "Check this page") or switches on Options → "Check every page's text".
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import { HIGHLIGHT_NAME, highlightSize } from '../support/probes';

const FIXTURE = 'gate/weekend-reading.html';
/** Long enough for the gate, an injection, the probe and the annotate feature on a loaded machine. */
const QUIET_MS = 3_000;

type Api = {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: object): Promise<unknown>;
  };
  storage: { sync: { set(v: object): Promise<void>; remove(key: string): Promise<void> } };
};
/** In an extension page: the id of the tab showing `url` (the host permission shows http(s) tabs' URLs). */
async function tabAt(url: string): Promise<number | null> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const tabs = await (g.browser ?? g.chrome).tabs.query({});
  return tabs.find((t) => t.url === url)?.id ?? null;
}

/** In an extension page: does any content script in `tabId` answer? ("no": nothing of Gloss runs there). */
async function answers(tabId: number): Promise<string> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  try {
    await (g.browser ?? g.chrome).tabs.sendMessage(tabId, { gloss: 1, name: 'page/summary', payload: {} });
    return 'yes';
  } catch {
    return 'no';
  }
}

/** In an extension page: back to the default settings. */
async function resetSettings(): Promise<void> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  await (g.browser ?? g.chrome).storage.sync.remove('settings');
}

/** In the popup: listed annotation buttons once not busy (null while busy). */
function listedItems(): number | null {
  if (document.querySelector('[aria-busy="true"]')) return null;
  return document.querySelectorAll('button.item').length;
}

describe.each(BROWSER_NAMES)('the first gate in %s', (name) => {
  const e2e = useBrowser(name);

  it('skips a page whose title and URL name nothing; "Check this page" in the popup reads it', async () => {
    const helper = await e2e.openExtensionPage('src/pages/options/index.html');
    await helper.evaluate(resetSettings);
    const page = await e2e.openFixture(FIXTURE);
    await page.bringToFront();
    await sleep(QUIET_MS);
    expect(await page.evaluate(highlightSize, HIGHLIGHT_NAME)).toBeFalsy();
    const tab = await helper.evaluate(tabAt, e2e.server.url(FIXTURE));
    expect(tab, 'the fixture tab').not.toBeNull();
    // No isolated world at all: nothing answers in the tab.
    expect(await helper.evaluate(answers, tab as number)).toBe('no');

    const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${tab}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="check-page"]') !== null, null, {
      what: 'the popup to offer "Check this page"',
    });
    // The site switch is still there on a page Gloss skipped.
    expect(await popup.evaluate(() => document.querySelector('[data-testid="site-switch"]') !== null)).toBe(
      true,
    );
    await popup.evaluate(() =>
      document.querySelector<HTMLButtonElement>('[data-testid="check-page"]')?.click(),
    );
    await expectHighlight(page, 4);
    await expect.poll(() => popup.evaluate(listedItems), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await helper.evaluate(answers, tab as number)).toBe('yes');
    expect([...page.consoleErrors, ...popup.consoleErrors]).toEqual([]);
  });

  it('Options → "Check every page\'s text" sends the probe to every page, gate or not', async () => {
    const options = await e2e.openExtensionPage('src/pages/options/index.html');
    await options.evaluate(resetSettings);
    await options.waitForFunction(
      () => document.querySelector('[data-testid="check-every-page-switch"]') !== null,
      null,
      { what: 'the check-every-page switch' },
    );
    expect(
      await options.evaluate(
        () => document.querySelector<HTMLInputElement>('[data-testid="check-every-page-switch"]')?.checked,
      ),
    ).toBe(false);
    await options.evaluate(() =>
      document.querySelector<HTMLInputElement>('[data-testid="check-every-page-switch"]')?.click(),
    );
    await sleep(300); // the save reaches storage
    const page = await e2e.openFixture(FIXTURE);
    await page.bringToFront();
    await expectHighlight(page, 4);
    await options.evaluate(resetSettings);
  });
});
