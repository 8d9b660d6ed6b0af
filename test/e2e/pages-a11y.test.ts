/**
 * The popup and the options page in real browsers: axe-core finds no violations in light,
 * dark and Hindi (issue #4), the pages reflow at 320 px, and a popup item opens its card on
 * the page with keyboard focus.
 *
 * axe is injected by evaluating its source from the driver: an extension page's CSP blocks
 * inline <script> and eval, but the drivers' own evaluation is not subject to it (checked
 * in both browsers). The popup runs in a tab of its own, pointed at the article's tab with
 * `?tab=<id>` (see src/pages/popup/summary.ts).
 *
 * GLOSS_SCREENSHOTS=1 writes docs/screenshots/{popup,options}-{light,dark,hi}.png (Chromium).
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, useBrowser } from '../support/e2e';
import type { GlossPage } from '../support/page';
import { readCard } from '../support/probes';

const POPUP = 'src/pages/popup/index.html';
const OPTIONS = 'src/pages/options/index.html';
const SCREENSHOTS = process.env.GLOSS_SCREENSHOTS === '1';
const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** axe-core's source, wrapped as a function so both drivers can serialise and run it. */
const injectAxe = new Function(
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
) as () => void;

type Look = { theme: 'light' | 'dark'; language: 'en' | 'hi' };
const LOOKS: ReadonlyArray<[string, Look]> = [
  ['light', { theme: 'light', language: 'en' }],
  ['dark', { theme: 'dark', language: 'en' }],
  ['hi', { theme: 'light', language: 'hi' }],
];

// ---- Functions that run inside the extension page (self-contained: they are serialised). ----

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Runs axe on the whole document; returns its violations. */
async function runAxe(): Promise<AxeViolation[]> {
  type Axe = { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
  const { axe } = window as unknown as { axe: Axe };
  const result = await axe.run(document, { resultTypes: ['violations'] });
  // Plain data only: the result crosses the driver's protocol.
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
  }));
}

/** The parts of the extension API the probes use (`browser` in Firefox, `chrome` or `browser` in Chromium). */
interface ExtensionApi {
  storage: { sync: { set(items: object): Promise<void> } };
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(
      tabId: number,
      message: object,
    ): Promise<{ ok?: boolean; value?: { annotations?: unknown[] } } | undefined>;
  };
}

/** Writes the reader's settings the way platform/settings.ts stores them. */
async function writeSettings(settings: Record<string, unknown>): Promise<void> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  await (g.browser ?? g.chrome).storage.sync.set({ settings });
}

/** The id of the tab whose content script lists annotations (tabs have no URL without the tabs permission). */
async function annotatedTabId(): Promise<number | null> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = g.browser ?? g.chrome;
  const me = await api.tabs.getCurrent();
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined || tab.id === me?.id) continue;
    try {
      const reply = await api.tabs.sendMessage(tab.id, { gloss: 1, name: 'page/summary', payload: {} });
      if (reply?.ok && reply.value?.annotations?.length) return tab.id;
    } catch {
      // no content script in that tab
    }
  }
  return null;
}

/** Whether <html> shows `look` and the page has rendered `selector`. */
function showing([look, selector]: [{ theme: string; language: string }, string]): boolean {
  const html = document.documentElement;
  return (
    html.dataset.theme === look.theme &&
    html.lang === look.language &&
    document.querySelector(selector) !== null &&
    document.querySelector('[aria-busy="true"]') === null
  );
}

/** Elements whose right edge passes `width` once <html> is that wide (WCAG 1.4.10 reflow). */
function overflowAt(width: number): string[] {
  document.documentElement.style.width = `${width}px`;
  const out = [...document.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  document.documentElement.style.width = '';
  return out;
}

/** Crops a PNG (base64) to the body's box, on a canvas in the page; returns base64. */
async function cropToBody(png: string): Promise<string> {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const box = document.body.getBoundingClientRect();
  const width = Math.min(img.width, Math.ceil(box.right));
  const height = Math.min(img.height, Math.ceil(box.bottom));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(img, 0, 0, width, height, 0, 0, width, height);
  return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
}

// ---- Node side ----

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\n\s*/g, ' ')}`)
          .join('\n')}`,
    )
    .join('\n');
}

async function expectNoAxeViolations(page: GlossPage, what: string): Promise<void> {
  await page.evaluate(injectAxe);
  const violations = await page.evaluate(runAxe);
  expect(violations, `axe on ${what}:\n${describeViolations(violations)}`).toEqual([]);
}

async function screenshot(page: GlossPage, name: string, crop: boolean): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot(file);
  if (crop) {
    const cropped = await page.evaluate(cropToBody, readFileSync(file).toString('base64'));
    await writeFile(file, Buffer.from(cropped, 'base64'));
  }
}

/** Opens `path`, writes `look` into the settings from the page itself, and waits until it shows. */
async function openWithLook(
  open: (path: string) => Promise<GlossPage>,
  path: string,
  look: Look,
  ready: string,
): Promise<GlossPage> {
  const page = await open(path);
  await page.evaluate(writeSettings, { ...look });
  await page.waitForFunction(showing, [look, ready] as [Look, string], {
    timeout: 10_000,
    what: `${path} in ${JSON.stringify(look)} showing ${ready}`,
  });
  return page;
}

describe.each(BROWSER_NAMES)('extension pages are accessible in %s', (name) => {
  const e2e = useBrowser(name);

  /** Opens the seed article in a tab; returns it and the popup path pointed at it. */
  async function openArticle(): Promise<{ article: GlossPage; path: string }> {
    const article = await e2e.openFixture('seeds/coverage-a.html');
    await expectHighlight(article, 1);
    const helper = await e2e.openExtensionPage(POPUP);
    const tab = await helper.evaluate(annotatedTabId);
    expect(tab, 'the seed article tab answers page/summary').not.toBeNull();
    await helper.close();
    return { article, path: `${POPUP}?tab=${tab}` };
  }

  it.each(LOOKS)('the popup listing an article (%s) has no axe violations', async (label, look) => {
    const { path } = await openArticle();
    const popup = await openWithLook((p) => e2e.openExtensionPage(p), path, look, 'button.item');
    await expectNoAxeViolations(popup, `the popup (${label})`);
    if (SCREENSHOTS && name === 'chromium') await screenshot(popup, `popup-${label}`, true);
  });

  it.each(LOOKS)('the popup without an article (%s) has no axe violations', async (label, look) => {
    const popup = await openWithLook((p) => e2e.openExtensionPage(p), POPUP, look, '.findings .hint');
    await expectNoAxeViolations(popup, `the popup without an article (${label})`);
  });

  it.each(LOOKS)(
    'the options page (%s) has no axe violations, also with an error shown',
    async (label, look) => {
      const options = await openWithLook((p) => e2e.openExtensionPage(p), OPTIONS, look, 'form.add-site');
      await expectNoAxeViolations(options, `the options page (${label})`);
      if (SCREENSHOTS && name === 'chromium') await screenshot(options, `options-${label}`, false);
      await options.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('form.add-site input');
        if (!input) throw new Error('no site input');
        input.value = 'not a host!';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        document.querySelector<HTMLButtonElement>('form.add-site button[type="submit"]')?.click();
      });
      await options.waitForFunction(
        () => document.querySelector('[data-testid="site-error"]') !== null,
        null,
        {
          what: 'the inline site error',
        },
      );
      expect(
        await options.evaluate(() => document.querySelector('[data-testid="site-error"]')?.textContent),
      ).toContain('not a host!');
      await expectNoAxeViolations(options, `the options page with an inline error (${label})`);
    },
  );

  it.each([
    ['popup', POPUP, '.findings .hint'],
    ['options', OPTIONS, 'form.add-site'],
  ])('the %s page reflows at 320 px', async (_label, path, ready) => {
    const page = await openWithLook(
      (p) => e2e.openExtensionPage(p),
      path,
      { theme: 'light', language: 'hi' },
      ready,
    );
    expect(await page.evaluate(overflowAt, 320)).toEqual([]);
  });

  it('a popup item opens its card on the page, with keyboard focus in it', async () => {
    const { article: page, path } = await openArticle();
    const popup = await openWithLook(
      (p) => e2e.openExtensionPage(p),
      path,
      { theme: 'light', language: 'en' },
      'button.item',
    );
    const quote = await popup.evaluate(() => {
      const item = document.querySelector<HTMLButtonElement>('button.item');
      const text = item?.querySelector('.item__quote')?.textContent ?? '';
      // The popup closes itself once the page has opened the card; don't await past that.
      setTimeout(() => item?.click(), 0);
      return text;
    });
    expect(quote).not.toBe('');
    await page.waitForFunction(() => document.querySelector('gloss-root') !== null, null, {
      timeout: 5_000,
      what: 'a card on the article after page/open',
    });
    expect((await page.evaluate(readCard))?.title).not.toBe('');
    const focus = await page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return {
        host: host?.tagName.toLowerCase(),
        inCard: Boolean(inner?.closest('[role="dialog"]')),
      };
    });
    expect(focus).toEqual({ host: 'gloss-root', inCard: true });
  });
});
