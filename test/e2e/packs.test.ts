/**
 * User fact packs end to end (issue #8): a pack imported in the options page is carded on a
 * fixture page at once, a card names the pack, disabling it removes its highlights, removing
 * it deletes it from storage. The pack is docs/examples/chandrayaan-3.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import type { GlossPage } from '../support/page';
import { HIGHLIGHT_NAME, highlightSize, termCenter } from '../support/probes';

const PACK = readFileSync(new URL('../../docs/examples/chandrayaan-3.json', import.meta.url), 'utf8');
const FIXTURE = 'packs/chandrayaan.html';
const PACK_ID = 'example-chandrayaan-3';
/** How long a page without anything to annotate is watched for a highlight that should not come. */
const QUIET_MS = 2_500;

/** axe-core's source as a function, so both drivers can run it in the extension page. */
const injectAxe = new Function(
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
) as () => void;

/** In the page: axe's violations, as `id: targets` lines. */
async function axeViolations(): Promise<string[]> {
  type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
  const { axe } = window as unknown as { axe: { run(d: Document, o: object): Promise<Result> } };
  const { violations } = await axe.run(document, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

async function expectAccessible(page: GlossPage): Promise<void> {
  await page.evaluate(injectAxe);
  expect(await page.evaluate(axeViolations)).toEqual([]);
}

/** In the options page: picks a file with `text` in the pack input, as a reader's file dialog would. */
function pickFile([text, name]: [string, string]): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid="pack-file"]');
  if (!input) throw new Error('no pack file input');
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function clickTestId(testId: string): void {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`no [data-testid="${testId}"]`);
  el.click();
}

const present = (testId: string) => document.querySelector(`[data-testid="${testId}"]`) !== null;
const statusText = () => document.querySelector('[role="status"]')?.textContent ?? '';

/** In an extension page: how many packs are stored in Gloss's IndexedDB. */
async function storedPacks(): Promise<number> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('gloss');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    if (!db.objectStoreNames.contains('packs')) return 0;
    return await new Promise<number>((ok, fail) => {
      const req = db.transaction('packs').objectStore('packs').count();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  } finally {
    db.close();
  }
}

/** In the page: the card's "from the fact pack" line, from the card's open shadow root. */
function cardPackLine(): string | null {
  const root = document.querySelector('gloss-root')?.shadowRoot;
  return root?.querySelector('[data-testid="card-pack"]')?.textContent ?? null;
}

async function expectNoHighlight(page: GlossPage): Promise<void> {
  await sleep(QUIET_MS);
  expect(await page.evaluate(highlightSize, HIGHLIGHT_NAME)).toBeFalsy();
}

describe.each(BROWSER_NAMES)('fact packs in %s', (name) => {
  const e2e = useBrowser(name);

  it('imports a pack, cards its facts with the pack name, disables and removes it', async () => {
    // Before: the bundled base knows nothing about this story.
    await expectNoHighlight(await e2e.openFixture(FIXTURE));

    const options = await e2e.openExtensionPage('src/pages/options/index.html');
    await options.waitForFunction(present, 'fact-packs', { what: 'the Fact packs section' });
    await options.evaluate(pickFile, [PACK, 'chandrayaan-3.json'] as [string, string]);
    await options.waitForFunction(present, 'pack-preview', { what: 'the pack preview' });
    expect(await options.evaluate(storedPacks)).toBe(0);
    await expectAccessible(options);
    await options.evaluate(clickTestId, 'pack-accept');
    await options.waitForFunction(
      (s: string) => document.querySelector('[role="status"]')?.textContent?.includes(s),
      'Added',
      {
        what: 'the pack added',
        timeout: 10_000,
      },
    );
    expect(await options.evaluate(storedPacks)).toBe(1);
    await expectAccessible(options);

    // At once: a page opened now is carded from the pack, and the card names it.
    const page = await e2e.openFixture(FIXTURE);
    await expectHighlight(page, 1);
    await page.bringToFront();
    const point = await page.evaluate(termCenter, 'Chandrayaan-3 landing');
    if (!point) throw new Error('term not on the page');
    await page.mouseMove(point.x, point.y);
    await expect
      .poll(() => page.evaluate(cardPackLine), { timeout: 5_000, message: 'card names the pack' })
      .toMatch(/Example pack: Chandrayaan-3/);

    // Disabled: a page opened now has nothing from it.
    await options.bringToFront();
    await options.evaluate(clickTestId, `pack-enabled-${PACK_ID}`);
    await options.waitForFunction(
      (s: string) => document.querySelector('[role="status"]')?.textContent === s,
      'Saved.',
      {
        what: 'the pack disabled',
        timeout: 10_000,
      },
    );
    await expectNoHighlight(await e2e.openFixture(FIXTURE));

    // Removed: deleted from storage, and gone from the list.
    await options.bringToFront();
    await options.evaluate(clickTestId, `pack-remove-${PACK_ID}`);
    await options.waitForFunction(present, 'packs-empty', { what: 'the pack removed', timeout: 10_000 });
    expect(await options.evaluate(storedPacks)).toBe(0);
    expect(await options.evaluate(statusText)).toBe('Saved.');
    expect(options.consoleErrors).toEqual([]);
  });
});
