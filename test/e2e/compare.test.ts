/**
 * Compare (issue #10) in both browsers: the two seed articles are saved as clips from the
 * popup, both are chosen in the library and Compare opens the compare page with them; the
 * columns, the pairs (the spokesperson's confirmation with its word diff) and the facts view
 * (Kazan under "In both") render, and axe-core finds nothing in light and dark. The current
 * tab compared with a saved clip goes through the worker and the clip feature for real.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, useBrowser } from '../support/e2e';
import { type Messenger, openWithMessenger } from '../support/messenger';
import type { GlossPage } from '../support/page';

const LIBRARY = 'src/pages/library/index.html';
const COMPARE = 'src/pages/compare/index.html';
const SEEDS = ['seeds/coverage-a.html', 'seeds/coverage-b.html'];

/** axe-core's source, as a function both drivers can serialise and run (see pages-a11y.test.ts). */
const injectAxe = new Function(
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
) as () => void;

// ---- In-page functions (self-contained: they are serialised) ----

/** Popup: presses Save (no selection: the article). */
function pressSave(): void {
  document.querySelector<HTMLButtonElement>('[data-testid="save-button"]')?.click();
}

/** Popup: whether the outcome says saved. */
function savedYet(): string | null {
  const p = document.querySelector<HTMLElement>('[data-testid="save-outcome"]');
  const text = p?.textContent?.trim() ?? '';
  return text && !/…$/.test(text) ? (p?.dataset.saved ?? '') : null;
}

/** Library: ticks seed A's row, then seed B's (A on the left); returns the row count (null until loaded). */
function chooseSeeds(): number | null {
  if (/Loading/i.test(document.querySelector('[data-testid="count"]')?.textContent ?? 'Loading')) return null;
  const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="clip-row"]')];
  const box = (title: string) =>
    rows
      .find((r) => r.textContent?.includes(title))
      ?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  for (const title of ['China approves', 'India confirms']) {
    const b = box(title);
    if (b && !b.checked) b.click();
  }
  return rows.length;
}

/** Compare page: what rendered, once the summary is there (else null). */
function compareState() {
  if (!document.querySelector('[data-testid="summary"]')) return null;
  const sentences = (side: string) => [
    ...document.querySelectorAll<HTMLElement>(`[data-side="${side}"] .sentence`),
  ];
  const a = sentences('a');
  const confirm = a.find((s) => s.textContent?.includes('Some Indian companies have received licences'));
  const partner = confirm ? document.getElementById(`b-${confirm.dataset.partner}`) : null;
  return {
    a: a.length,
    b: sentences('b').length,
    partner: partner?.textContent ?? null,
    inserted: partner?.querySelector('ins')?.textContent ?? null,
    kazanInBoth:
      document.querySelector('[data-testid="facts-both"] [data-fact="event.kazan-modi-xi-meeting"]') !== null,
    conflicts: document.querySelector('[data-testid="count-conflicts"] dd')?.textContent ?? null,
    query: location.search,
    sourceA: document.querySelector('[data-testid="slot-a-doc"]')?.textContent ?? '',
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Writes the theme into the settings and reports once the page shows it. */
async function setTheme(theme: string): Promise<void> {
  type Api = {
    storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const sync = (g.browser ?? g.chrome).storage.sync;
  const current = (await sync.get('settings')).settings;
  await sync.set({ settings: { ...(typeof current === 'object' ? current : {}), theme } });
}

async function runAxe(): Promise<AxeViolation[]> {
  type Result = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
  const { axe } = window as unknown as {
    axe: { run(c: Document, o: object): Promise<{ violations: Result[] }> };
  };
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
}

/** Compare page: picks `text` as the file of one side (as the file input would). */
function pickFile([side, name, text, binary]: [string, string, string, boolean]): void {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="file-${side}"]`);
  if (!input) throw new Error('no file input');
  const body = binary ? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) : text;
  const files = new DataTransfer();
  files.items.add(new File([body], name, { type: binary ? 'image/png' : 'text/html' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Compare page: the alert in a side's slot, if any. */
function slotAlert(side: string): string {
  return document.querySelector(`[data-testid="slot-${side}"] [role="alert"]`)?.textContent ?? '';
}

/** Compare page: whether the columns sit side by side, and what overflows the viewport's width. */
function layout(): { sideBySide: boolean; overflow: string[] } {
  const [a, b] = [...document.querySelectorAll('.column')].map((c) => c.getBoundingClientRect());
  const width = document.documentElement.clientWidth;
  return {
    sideBySide: Boolean(a && b && Math.abs(a.top - b.top) < 2 && b.left >= a.right),
    // A scrolling column clips its sentences (and Firefox keeps stale boxes for the paragraphs
    // content-visibility skips), so only what can reach the page's width is checked.
    overflow: [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const body = el.parentElement?.closest('.column__body');
        return !body || getComputedStyle(body).overflowY === 'visible';
      })
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5),
  };
}

// ---- Node side ----

async function saveArticle(e2e: ReturnType<typeof useBrowser>, seed: string): Promise<Messenger> {
  const { page, messenger } = await openWithMessenger(e2e, seed);
  await expectHighlight(page, 1);
  const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${messenger.tabId}`);
  await popup.waitForFunction(() => document.querySelector('[data-testid="save-button"]') !== null, null, {
    what: 'the popup',
  });
  await popup.evaluate(pressSave);
  await expect
    .poll(() => popup.evaluate(savedYet), { timeout: 15_000, message: `saving ${seed}` })
    .toBe('yes');
  await popup.close();
  return messenger;
}

async function expectNoViolations(page: GlossPage, what: string): Promise<void> {
  await page.evaluate(injectAxe);
  const violations = await page.evaluate(runAxe);
  expect(violations, `axe on ${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe.each(BROWSER_NAMES)('compare in %s', (name) => {
  const e2e = useBrowser(name);

  it('opens from the library with the two seed clips: columns, pairs, facts; no axe violations light or dark', async () => {
    await saveArticle(e2e, SEEDS[0] as string);
    const tabB = await saveArticle(e2e, SEEDS[1] as string);

    const library = await e2e.openExtensionPage(LIBRARY);
    await expect
      .poll(() => library.evaluate(chooseSeeds), { timeout: 10_000, message: 'the library rows' })
      .toBe(2);
    await library.waitForFunction(() => document.querySelector('a[data-testid="compare"]') !== null, null, {
      what: 'the Compare link',
    });
    await library.evaluate(() =>
      document.querySelector<HTMLAnchorElement>('a[data-testid="compare"]')?.click(),
    );
    // The columns render a slice per frame: wait until the facts and the partner sentence are there.
    await expect
      .poll(
        async () => {
          const s = await library.evaluate(compareState);
          return Boolean(s?.partner && s.kazanInBoth);
        },
        { timeout: 30_000, message: 'the comparison' },
      )
      .toBe(true);
    const state = await library.evaluate(compareState);
    expect(state?.a).toBeGreaterThan(8);
    expect(state?.b).toBeGreaterThan(8);
    expect(state?.partner).toContain('Yes, we confirm that some Indian companies have received licences');
    expect(state?.inserted).toMatch(/Yes, we confirm that/);
    expect(state?.kazanInBoth).toBe(true);
    expect(state?.conflicts).toBe('0');
    expect(state?.query).toMatch(/^\?a=[\w-]+&b=[\w-]+$/);

    for (const theme of ['light', 'dark']) {
      await library.evaluate(setTheme, theme);
      await library.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, {
        what: `the ${theme} theme`,
      });
      await expectNoViolations(library, `the compare page (${theme})`);
    }
    expect(library.consoleErrors).toEqual([]);

    // Side by side at 1280 and 800 px, stacked below; nothing wider than the window.
    for (const [width, sideBySide] of [
      [1280, true],
      [800, true],
      [640, false],
    ] as const) {
      await library.setViewport(width, 900);
      await expect
        .poll(() => library.evaluate(layout), { timeout: 5_000 })
        .toEqual({ sideBySide, overflow: [] });
    }

    // The open tab (seed B, read by the clip feature, not saved) against the saved seed A.
    const clipA = new URLSearchParams(state?.query).get('a');
    const compare = await e2e.openExtensionPage(`${COMPARE}?a=tab:${tabB.tabId}&b=${clipA}`);
    await expect
      .poll(() => compare.evaluate(compareState), { timeout: 30_000, message: 'the tab comparison' })
      .not.toBeNull();
    const fromTab = await compare.evaluate(compareState);
    expect(fromTab?.sourceA).toContain('the open tab (not saved)');
    expect(fromTab?.kazanInBoth).toBe(true);
  });

  it('compares dropped files: HTML with scripts and trackers never runs or loads them; a file that is not text is refused', async () => {
    const tracker = e2e.server.url('tracker.gif?gloss-compare-probe');
    const seedA = readFileSync(new URL('../fixtures/seeds/coverage-a.html', import.meta.url), 'utf8');
    const hostile = seedA
      .replace(
        '</head>',
        `<script>document.title = 'pwned'; fetch(${JSON.stringify(tracker)});</script><link rel="stylesheet" href="${tracker}&css"></head>`,
      )
      .replace('<p>', `<p><img src="${tracker}&img" onerror="document.title='pwned'" alt="">`);
    const seedB = readFileSync(new URL('../fixtures/seeds/coverage-b.html', import.meta.url), 'utf8');
    const page = await e2e.openExtensionPage(COMPARE);
    await page.waitForFunction(() => document.querySelector('[data-testid="file-a"]') !== null, null, {
      what: 'the compare page',
    });
    await page.evaluate(pickFile, ['b', 'photo.png', '', true] as [string, string, string, boolean]);
    await expect.poll(() => page.evaluate(slotAlert, 'b'), { timeout: 10_000 }).toMatch(/is not text/);
    await page.evaluate(pickFile, ['a', 'hostile.html', hostile, false] as [string, string, string, boolean]);
    await page.evaluate(pickFile, ['b', 'coverage-b.html', seedB, false] as [
      string,
      string,
      string,
      boolean,
    ]);
    // The columns render a slice per frame: wait for the partner sentence itself, not just the summary.
    await expect
      .poll(async () => (await page.evaluate(compareState))?.partner ?? null, {
        timeout: 30_000,
        message: 'the file comparison',
      })
      .toContain('Yes, we confirm that some Indian companies have received licences');
    const state = await page.evaluate(compareState);
    expect(state?.sourceA).toContain('a file');
    await new Promise((ok) => setTimeout(ok, 300));
    expect(e2e.server.requests.filter((r) => r.includes('gloss-compare-probe'))).toEqual([]);
    expect(await page.evaluate(() => document.title)).not.toBe('pwned');
    // The file is parsed in the compare worker (linkedom, ADR 0022), not by the page's DOMParser:
    // Chromium's DOMParser would report the file's inline handlers and styles against the page's
    // CSP as it parsed them, so no such report (nor any other error) means the page never parsed it.
    expect(page.consoleErrors).toEqual([]);
  });
});
