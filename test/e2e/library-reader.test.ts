/**
 * The library's reader view with highlights and cards (issue #9), in both browsers: an article
 * saved from a seed page opens in the reader with Gloss's highlights (re-annotated by the worker);
 * "Next highlight" opens the same card as on the page, styled under the library's strict CSP, with
 * keyboard focus in it; axe finds nothing with the card open; Esc closes it and gives focus back.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { outcome, saveWithNote } from '../support/clip-flows';
import { expectHighlight, useBrowser } from '../support/e2e';
import { openWithMessenger } from '../support/messenger';

const LIBRARY = 'src/pages/library/index.html';

/** axe-core's source as the function evaluated (the driver compiles it, so the page's CSP allows it). */
const injectAxe = new Function(
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
) as () => void;

/** Library: axe on the whole document (open shadow roots included); violations as plain data. */
async function runAxe(): Promise<string[]> {
  type Axe = {
    run(
      context: Document,
      options: object,
    ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
  };
  const { axe } = window as unknown as { axe: Axe };
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** Library: the open card's title, its position style and whether focus is inside it. */
function cardState(): { title: string; position: string; focused: boolean } | null {
  const root = document.querySelector('[data-testid="reader-card"]')?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('.gloss-card');
  if (!root || !card) return null;
  return {
    title: card.querySelector('h2, h3, [id^="gloss-card-title"]')?.textContent ?? '',
    position: getComputedStyle(card).position,
    focused: root.activeElement !== null,
  };
}

describe.each(BROWSER_NAMES)('the reader view in %s', (name) => {
  const e2e = useBrowser(name);

  it('shows the stored article with highlights; Next highlight opens its card; axe-clean; Esc returns focus', async () => {
    const { page, messenger } = await openWithMessenger(e2e, 'seeds/coverage-a.html');
    await expectHighlight(page, 1);
    const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${messenger.tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="save-button"]') !== null, null, {
      what: 'the popup',
    });
    await popup.evaluate(saveWithNote, '');
    await expect
      .poll(() => popup.evaluate(outcome), { timeout: 10_000, message: 'the save outcome' })
      .toMatchObject({ saved: 'yes' });

    const library = await e2e.openExtensionPage(LIBRARY);
    await library.waitForFunction(() => document.querySelector('.clip__open') !== null, null, {
      what: 'the clip in the list',
      timeout: 10_000,
    });
    await library.evaluate(() => document.querySelector<HTMLButtonElement>('.clip__open')?.click());
    await library.waitForFunction(
      () =>
        /: [1-9]\d*$/.test(
          document.querySelector('[data-testid="reader-marks"] [role="status"]')?.textContent ?? '',
        ),
      null,
      { what: 'the highlights counted', timeout: 10_000 },
    );
    expect(await library.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0)).toBeGreaterThan(0);

    await library.evaluate(() => {
      const next = [
        ...document.querySelectorAll<HTMLButtonElement>('[data-testid="reader-marks"] button'),
      ].find((b) => b.textContent === 'Next highlight');
      next?.focus();
      next?.click();
    });
    await expect
      .poll(() => library.evaluate(cardState), { timeout: 10_000, message: 'the card' })
      .toMatchObject({
        position: 'fixed', // card.css applied: linked, as the page's CSP allows no inline style
        focused: true,
      });
    expect((await library.evaluate(cardState))?.title).not.toBe('');

    await library.evaluate(injectAxe);
    expect(await library.evaluate(runAxe)).toEqual([]);

    await library.keyPress('Escape');
    await expect.poll(() => library.evaluate(cardState), { timeout: 5_000 }).toBeNull();
    expect(await library.evaluate(() => document.activeElement?.textContent)).toBe('Next highlight');
  });
});
