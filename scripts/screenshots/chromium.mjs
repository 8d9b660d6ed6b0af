/**
 * Shared by `npm run screenshots` and `npm run bench:card`: a fresh Chrome build when the
 * sources are newer than it, the seed articles on 127.0.0.1, headless Debian Chromium with
 * the build loaded, settings written to extension storage, and hovering a term on a page.
 *
 * The card is in a closed shadow root (ADR 0017): every page opened here gets a
 * chromiumRevealer (scripts/closed-roots.mjs), which exposes the root to main-world `evaluate`
 * as the host's `shadowRoot`; `hover` and `cardState` call it while they wait and read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumRevealer, waitRevealed } from '../closed-roots.mjs';
import { startServer } from '../demo/server.mjs';
import { ensureBrowsers } from '../ensure-browsers.mjs';
import { startChromium } from '../launch-browser.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** GLOSS_CHROME_BUILD names a ready build to use as is (no build step). */
const PREBUILT = process.env.GLOSS_CHROME_BUILD;
/** The release build, or the bench build (User Timing marks such as `gloss:dwell-fired`; ADR 0011). */
const buildDir = (bench) =>
  PREBUILT ? resolve(PREBUILT) : join(ROOT, bench ? 'dist/bench-chrome' : 'dist/chrome');
const SEEDS_DIR = join(ROOT, 'test/fixtures/seeds');
const SEEDS = ['coverage-a.html', 'coverage-b.html'];
const CARD_TIMEOUT_MS = 4_000;

/** Newest modification time under `path` (a file or a directory tree). */
function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/**
 * Runs `npm run build:chrome` (`build:bench` with `bench`) unless its output is newer than
 * everything it is built from (or GLOSS_CHROME_BUILD names a build).
 */
export function ensureBuild({ bench = false } = {}) {
  const manifest = join(buildDir(bench), 'manifest.json');
  const script = bench ? 'build:bench' : 'build:chrome';
  if (PREBUILT) {
    if (!existsSync(manifest)) throw new Error(`GLOSS_CHROME_BUILD=${PREBUILT} has no manifest.json`);
    return;
  }
  const inputs = ['src', 'public', 'manifest.json', 'vite.config.ts'].map((p) => join(ROOT, p));
  if (existsSync(manifest) && statSync(manifest).mtimeMs > Math.max(...inputs.map(newest))) return;
  console.log(`Building the Chrome extension (npm run ${script})…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status})`);
}

/**
 * Serves the seeds and launches headless Chromium with dist/chrome (dist/bench-chrome with `bench`). `scale` is a real device
 * scale factor (a command-line flag: emulating one over CDP breaks highlightsFromPoint).
 * @param {{ scale?: number, window?: { width: number, height: number }, bench?: boolean }} [options]
 */
export async function launch({ scale = 1, window = { width: 1280, height: 900 }, bench = false } = {}) {
  ensureBrowsers();
  const server = await startServer(
    SEEDS_DIR,
    SEEDS.map((file) => ({ file, title: file })),
  );
  let browser;
  try {
    browser = await startChromium({ extension: buildDir(bench), viewport: null, window, scale });
  } catch (error) {
    await server.close();
    throw error;
  }
  const { context: ctx, serviceWorker: sw } = browser;
  return {
    ctx,
    origin: server.origin,
    /** Merges `patch` into the stored settings; the content script applies them live. */
    setSettings: (patch) =>
      sw.evaluate(async (p) => {
        const current = (await chrome.storage.sync.get('settings')).settings ?? {};
        await chrome.storage.sync.set({ settings: { ...current, ...p } });
      }, patch),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Each page's revealer (one CDP session per page), made when the page is opened. */
const revealers = new WeakMap();

/**
 * Exposes the closed roots of the Gloss hosts now in `page` (opened by openSeed) to main-world
 * `evaluate`. Call it again when a new host may have appeared.
 * @param {import('playwright-core').Page} page
 */
export async function exposeRoots(page) {
  const reveal = revealers.get(page);
  if (!reveal) throw new Error(`${page.url()} was not opened by openSeed`);
  await reveal();
}

/** Opens a seed page and waits for Gloss's highlights. */
export async function openSeed(ctx, origin, file) {
  const page = await ctx.newPage();
  revealers.set(page, chromiumRevealer(page));
  await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
  await page.waitForFunction(() => (CSS.highlights.get('gloss-term')?.size ?? 0) > 0, null, {
    timeout: 10_000,
    polling: 100,
  });
  return page;
}

/** In-page: scrolls the first occurrence of `term` in the article to `top` px and returns its box. */
function placeTerm([term, top]) {
  const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.data.indexOf(term);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + term.length);
    if (top !== null) window.scrollBy(0, range.getClientRects()[0].top - top);
    const r = range.getClientRects()[0];
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }
  return null;
}

/** In-page: the card's box once placed, else null (its root exposed by exposeRoots). */
function placedCard() {
  const card = document.querySelector('gloss-root')?.shadowRoot?.querySelector('.gloss-card');
  if (!card?.dataset.placement) return null;
  const r = card.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
}

/**
 * Scrolls `term` to `top` px (or leaves the scroll if null), hovers it and waits for its card.
 * `afterMove` runs once the pointer is on the words, before the wait for the card (the card
 * bench waits there for its in-page probe, so no CDP call lands between the dwell and the paint).
 * @param {import('playwright-core').Page} page
 * @param {string} term
 * @param {number | null} [top]
 * @param {{ afterMove?: () => Promise<unknown> }} [options]
 * @returns {Promise<{ words: {x:number,y:number,width:number,height:number}, card: {x:number,y:number,width:number,height:number} }>}
 */
export async function hover(page, term, top = null, { afterMove } = {}) {
  const placed = await page.evaluate(placeTerm, [term, top]);
  if (!placed) throw new Error(`"${term}" is not on ${page.url()}`);
  const words = await page.evaluate(placeTerm, [term, null]);
  await page.mouse.move(words.x + words.width / 2, words.y + words.height / 2);
  await afterMove?.();
  // Exposing the card's root before each poll: a new host may appear.
  await waitRevealed(page, () => exposeRoots(page), placedCard, undefined, {
    timeout: CARD_TIMEOUT_MS,
    polling: 25,
  }).catch(() => {
    throw new Error(`no card opened after hovering "${term}"`);
  });
  // The card is placed asynchronously and may be nudged once more; wait until it stands still.
  let card = await page.evaluate(placedCard);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(50);
    const next = await page.evaluate(placedCard);
    if (next && card && ['x', 'y', 'width', 'height'].every((k) => Math.abs(next[k] - card[k]) < 0.5)) break;
    card = next;
  }
  return { words, card };
}

/**
 * In-page: what the open card shows, from inside its closed root (exposed by exposeRoots):
 * theme and language are on the layer inside the root, never on the host (ADR 0017).
 */
function readCard() {
  const host = document.querySelector('gloss-root');
  const layer = host?.shadowRoot?.querySelector('.gloss-layer');
  const card = host?.shadowRoot?.querySelector('.gloss-card');
  return {
    exposed: Boolean(host?.shadowRoot),
    theme: layer?.getAttribute('data-theme') ?? null,
    lang: layer?.getAttribute('lang') ?? null,
    verdict: card?.querySelector('.gloss-card__verdict')?.textContent?.trim() ?? null,
    title: card?.querySelector('.gloss-card__title')?.textContent?.trim() ?? null,
    scrolls: card ? card.scrollHeight > card.clientHeight + 1 : false,
  };
}

/**
 * What the open card in `page` shows: its theme, UI language, verdict and title, and whether it
 * scrolls inside.
 * @param {import('playwright-core').Page} page opened by openSeed
 */
export async function cardState(page) {
  await exposeRoots(page);
  return page.evaluate(readCard);
}

/** Closes any card (Escape) and moves the pointer off the text. */
export async function dismiss(page) {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !document.querySelector('gloss-root'), null, {
    timeout: 2_000,
    polling: 25,
  });
}
