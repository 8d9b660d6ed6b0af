#!/usr/bin/env node
/**
 * `npm run demo`: build Gloss and show it working on the two seed articles.
 *
 * 1. Makes sure Debian Chromium is installed (scripts/ensure-browsers.mjs).
 * 2. Builds the extension (`npm run build` → dist/chrome, dist/firefox).
 * 3. Serves the seed articles (test/fixtures/seeds/) and an index page on 127.0.0.1.
 * 4. Launches Chromium with dist/chrome loaded.
 *    - With a display (DISPLAY or WAYLAND_DISPLAY, not CI, no --headless): opens the index and
 *      both articles in tabs and waits until the browser is closed or Ctrl-C.
 *    - Otherwise (or with --headless): for every highlight on every article, asks the extension
 *      for the list (page/summary), scrolls it into view (page/reveal), hovers it, screenshots
 *      the card and reads it. Writes demo-output/*.png, summary.json and summary.md, prints a
 *      summary, and exits non-zero if a page has no highlights, a card does not open, or the
 *      pages logged unexpected errors.
 *
 * Usage: npm run demo [-- --headless]
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { markdown, stdoutLines } from './demo/report.mjs';
import { startServer } from './demo/server.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS_DIR = join(ROOT, 'test/fixtures/seeds');
const SEEDS = ['coverage-a.html', 'coverage-b.html'];
const EXTENSION_DIR = join(ROOT, 'dist/chrome');
const OUT_DIR = join(ROOT, 'demo-output');
const HIGHLIGHT_NAME = 'gloss-term';
const WINDOW = { width: 1280, height: 900 };
const ANNOTATE_TIMEOUT_MS = 10_000;
const CARD_TIMEOUT_MS = 4_000;
const CLIP_PADDING_PX = 24;

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(`Usage: npm run demo [-- --headless]

Builds Gloss, serves two sample articles on 127.0.0.1 and opens them in Chromium with the extension.
With a display it opens a browser for you to try; without one (or with --headless, or when CI is set)
it hovers every highlight, screenshots each card to demo-output/ and prints what it found.`);
  process.exit(0);
}
for (const arg of argv) {
  if (arg !== '--headless') {
    console.error(`Unknown option ${arg}. Usage: npm run demo [-- --headless]`);
    process.exit(2);
  }
}
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const isCI = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? '');
let headless = argv.includes('--headless') || isCI || !hasDisplay;

/** A failure with a message meant for the user (no stack trace). */
class DemoError extends Error {}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rel = (p) => relative(ROOT, p).split('\\').join('/');

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started is registered here and undone once, on success, error or signal.

/** @type {(() => Promise<unknown> | unknown)[]} */
const cleanups = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch {
        // best effort: keep undoing the rest
      }
    }
  })();
  return cleaning;
}
// Output piped into something that quits early (`npm run demo | head`): keep going, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
  });
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) process.exit(130); // a second Ctrl-C: give up on cleaning
    interrupted = true;
    console.log(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: closing the browser and cleaning up…`);
    void cleanup().then(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Steps

/** Runs `npm run build`, showing its output only if it fails. */
async function build() {
  const started = Date.now();
  process.stdout.write('Building the extension (npm run build)… ');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const child = spawn(npm, ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const code = await new Promise((resolve) => {
    child.on('error', (e) => {
      output += `\n${e.message}`;
      resolve(-1);
    });
    child.on('close', resolve);
  });
  if (code !== 0) {
    console.log('failed.');
    console.error(output.trimEnd());
    throw new DemoError(`The build failed (npm run build exited with ${code}); see its output above.`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new DemoError(`The build succeeded but ${rel(EXTENSION_DIR)}/manifest.json is missing.`);
  }
  console.log(`done in ${seconds(Date.now() - started)}.`);
}

/** The <title> of each seed page, for the index. */
async function seedList() {
  return Promise.all(
    SEEDS.map(async (file) => {
      const html = await readFile(join(SEEDS_DIR, file), 'utf8').catch(() => {
        throw new DemoError(`Seed page ${rel(join(SEEDS_DIR, file))} is missing.`);
      });
      const m = /<title>([^<]*)<\/title>/i.exec(html);
      const title = (m?.[1] ?? file).replace(/&amp;/g, '&').trim();
      return { file, title };
    }),
  );
}

/** Launches Chromium with the extension and returns its context and service worker. */
async function launch(executablePath) {
  const profile = await mkdtemp(join(tmpdir(), 'gloss-demo-'));
  cleanups.push(() => rm(profile, { recursive: true, force: true, maxRetries: 3 }));
  // Last resort if the process dies without running the cleanups (Playwright kills Chromium on exit).
  process.once('exit', () => rmSync(profile, { recursive: true, force: true }));
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--disable-gpu',
    '--disable-quic',
  ];
  if (headless) args.push(`--window-size=${WINDOW.width},${WINDOW.height}`, '--force-device-scale-factor=2');
  if (!headless && !process.env.DISPLAY && process.env.WAYLAND_DISPLAY) args.push('--ozone-platform=wayland');
  let ctx;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      args,
      // No viewport emulation: a real window (and, headless, a real 2× device scale for crisp
      // screenshots). Emulating deviceScaleFactor over CDP breaks CSS.highlights.highlightsFromPoint
      // in Chromium 156 (it then expects coordinates divided by the scale), so hovers would miss.
      viewport: null,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (e) {
    throw new DemoError(
      `Could not start Chromium (${executablePath}): ${e instanceof Error ? e.message.split('\n')[0] : e}`,
    );
  }
  cleanups.push(() => ctx.close());
  const sw =
    ctx.serviceWorkers()[0] ??
    (await ctx.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
      throw new DemoError(
        `Chromium started but the extension's service worker never did: is ${rel(EXTENSION_DIR)} a valid build?`,
      );
    }));
  return { ctx, sw, extensionId: new URL(sw.url()).host };
}

/** Interactive: open the pages and wait for the user to close the browser. */
async function interactive(ctx, origin) {
  let closed = false;
  const whenClosed = new Promise((resolve) => ctx.once('close', resolve)).then(() => {
    closed = true;
  });
  const counts = [];
  try {
    const first = ctx.pages()[0] ?? (await ctx.newPage());
    await first.goto(`${origin}/`);
    for (const seed of SEEDS) {
      const page = await ctx.newPage();
      await page.goto(`${origin}/${seed}`);
      const size = await page
        .waitForFunction((name) => CSS.highlights.get(name)?.size || 0, HIGHLIGHT_NAME, {
          timeout: ANNOTATE_TIMEOUT_MS,
          polling: 100,
        })
        .then((handle) => handle.jsonValue())
        .catch(() => 0);
      counts.push(
        `  ${origin}/${seed}  (${size ? `${size} highlights` : 'NO HIGHLIGHTS: is Gloss enabled?'})`,
      );
    }
    await first.bringToFront();
  } catch (e) {
    if (closed) return; // the user closed the browser while the tabs were opening
    throw e;
  }
  console.log(`
Chromium is open with Gloss loaded (${rel(EXTENSION_DIR)}) and three tabs:
  ${origin}/  (this list)
${counts.join('\n')}

Try it:
  • Highlighted words are what Gloss has context for. Rest the pointer on one for about half a
    second: a card opens with a short, sourced explanation. Escape closes it.
  • The Gloss toolbar button (pin it from the puzzle-piece menu) lists everything found on the page.

Close the browser window or press Ctrl-C here to stop.`);
  await whenClosed;
  if (!interrupted) console.log('The browser was closed. Bye.');
}

// ---------------------------------------------------------------------------------------------
// Headless run

/** The extension's current service worker (it can be restarted). */
async function serviceWorker(ctx) {
  return ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 10_000 }));
}

/**
 * Sends a Gloss message from the service worker to a tab's content script. Without the
 * "tabs" permission tabs have no url, so with no tabId it asks every tab for page/summary
 * and keeps the one whose summary is for `pageUrl`.
 * @returns {Promise<{ tabId: number, reply: any } | { tabId: null, errors: string[] }>}
 */
async function askContent(ctx, { pageUrl, tabId, name, payload }) {
  const sw = await serviceWorker(ctx);
  return sw.evaluate(
    async ({ pageUrl, tabId, name, payload }) => {
      const ids =
        tabId ?? (await chrome.tabs.query({})).map((t) => t.id).filter((id) => typeof id === 'number');
      const errors = [];
      for (const id of [ids].flat()) {
        try {
          const reply = await chrome.tabs.sendMessage(id, { gloss: 1, name, payload });
          if (tabId !== null || reply?.value?.url === pageUrl) return { tabId: id, reply };
          errors.push(`tab ${id}: ${JSON.stringify(reply)?.slice(0, 200)}`);
        } catch (e) {
          errors.push(`tab ${id}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      return { tabId: null, errors };
    },
    { pageUrl, tabId: tabId ?? null, name, payload },
  );
}

/** Checks a reply's Result shape and returns its value. */
function resultValue(reply, what) {
  if (!reply || typeof reply !== 'object')
    throw new DemoError(`${what}: no reply (got ${JSON.stringify(reply)})`);
  if (reply.ok !== true) throw new DemoError(`${what}: the content script answered ${JSON.stringify(reply)}`);
  return reply.value;
}

/** Where to hover: the middle of the first line box of the highlighted range at `rect`. */
async function hoverPoint(page, rect) {
  const point = await page.evaluate(
    ({ rect, name }) => {
      const near = (a, b) => Math.abs(a - b) < 1.5;
      for (const range of CSS.highlights.get(name) ?? []) {
        const b = range.getBoundingClientRect();
        if (!(near(b.x, rect.x) && near(b.y, rect.y) && near(b.width, rect.width))) continue;
        const box = [...range.getClientRects()].find((r) => r.width > 2 && r.height > 2);
        if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    { rect, name: HIGHLIGHT_NAME },
  );
  return point ?? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** Waits until an element's box stops moving (the card is positioned asynchronously). */
async function stableBox(locator) {
  let last = null;
  for (let i = 0; i < 20; i++) {
    const box = await locator.boundingBox();
    if (box && last && ['x', 'y', 'width', 'height'].every((k) => Math.abs(box[k] - last[k]) < 0.5))
      return box;
    last = box;
    await locator.page().waitForTimeout(50);
  }
  return last;
}

/** The screenshot region: the highlighted words and the card, padded, inside the viewport. */
function clipAround(a, b, viewport) {
  const x0 = Math.max(0, Math.min(a.x, b.x) - CLIP_PADDING_PX);
  const y0 = Math.max(0, Math.min(a.y, b.y) - CLIP_PADDING_PX);
  const x1 = Math.min(viewport.width, Math.max(a.x + a.width, b.x + b.width) + CLIP_PADDING_PX);
  const y1 = Math.min(viewport.height, Math.max(a.y + a.height, b.y + b.height) + CLIP_PADDING_PX);
  return { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1 - x0), height: Math.ceil(y1 - y0) };
}

/** Removes the screenshots and summaries of a previous run (and nothing else). */
async function prepareOutput() {
  await mkdir(OUT_DIR, { recursive: true });
  const names = await readdir(OUT_DIR);
  const ours = (n) =>
    n === 'summary.json' ||
    n === 'summary.md' ||
    SEEDS.some((s) => n.startsWith(`${s.replace(/\.html$/, '')}-`));
  await Promise.all(
    names.filter((n) => ours(n) && /\.(png|json|md)$/.test(n)).map((n) => unlink(join(OUT_DIR, n))),
  );
}

/** Opens one card: reveal, hover, wait, screenshot, read, close. */
async function demoAnnotation(ctx, page, tabId, seed, index, a) {
  const what = `“${a.quote}” (${a.factId}) on ${seed}`;
  const result = { ...a, card: null, screenshot: null, openMs: null };
  const reveal = async () => {
    const { reply } = await askContent(ctx, { tabId, name: 'page/reveal', payload: { annotationId: a.id } });
    const rect = resultValue(reply, `page/reveal for ${what}`);
    if (!rect) throw new DemoError(`page/reveal for ${what} returned null (unknown annotation id ${a.id})`);
    return rect;
  };
  await reveal();
  await page.waitForTimeout(100); // let the scroll settle, then ask again for the final position
  const rect = await reveal();
  if (rect.width <= 0 || rect.height <= 0) throw new DemoError(`page/reveal for ${what}: empty rect`);

  const card = page.locator('gloss-root .gloss-card');
  const point = await hoverPoint(page, rect);
  await page.mouse.move(1, 1);
  const started = Date.now();
  await page.mouse.move(point.x, point.y, { steps: 5 });
  try {
    // Polled every 50 ms (a locator's wait backs off to 500 ms polls, which would skew openMs).
    await page.waitForFunction(
      () => {
        const el = document.querySelector('gloss-root')?.shadowRoot?.querySelector('.gloss-card');
        const r = el?.getBoundingClientRect();
        return Boolean(r && r.width > 0 && r.height > 0);
      },
      null,
      { polling: 50, timeout: CARD_TIMEOUT_MS },
    );
  } catch {
    throw new DemoError(
      `no card opened within ${CARD_TIMEOUT_MS / 1000} s after hovering ${what} at (${Math.round(point.x)}, ${Math.round(point.y)})`,
    );
  }
  result.openMs = Date.now() - started;
  const box = await stableBox(card);
  if (!box) throw new DemoError(`the card for ${what} has no box`);

  const text = async (sel) => ((await card.locator(sel).first().textContent()) ?? '').trim();
  const source = card.locator('a.gloss-card__source').first();
  const hasSource = (await source.count()) > 0;
  result.card = {
    kind: await text('.gloss-card__kind'),
    title: await text('.gloss-card__title'),
    summary: await text('.gloss-card__summary'),
    source: hasSource
      ? {
          publisher: ((await source.textContent()) ?? '').trim(),
          url: (await source.getAttribute('href')) ?? '',
          line: await text('.gloss-card__meta'),
        }
      : null,
  };
  if (result.card.title !== a.title) {
    throw new DemoError(`hovering ${what} opened the card “${result.card.title}”, expected “${a.title}”`);
  }
  const safeId = a.factId.replace(/[^a-z0-9-]+/gi, '-');
  const file = join(
    OUT_DIR,
    `${seed.replace(/\.html$/, '')}-${String(index + 1).padStart(2, '0')}-${safeId}.png`,
  );
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  await page.screenshot({ path: file, clip: clipAround(rect, box, viewport) });
  result.screenshot = rel(file);

  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  try {
    await page.locator('gloss-root').waitFor({ state: 'detached', timeout: CARD_TIMEOUT_MS });
  } catch {
    throw new DemoError(`the card for ${what} did not close after Escape`);
  }
  return result;
}

/** Runs one seed page: wait for highlights, list them, open every card. */
async function demoPage(ctx, origin, seed) {
  const page = await ctx.newPage();
  const url = `${origin}/${seed}`;
  /** @type {import('./demo/report.mjs').PageResult} */
  const result = { seed, url, title: '', highlights: 0, listed: 0, annotations: [] };
  try {
    await page.goto(url, { waitUntil: 'load' });
    try {
      await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME, {
        timeout: ANNOTATE_TIMEOUT_MS,
        polling: 100,
      });
    } catch {
      throw new DemoError(
        `${seed}: no highlights after ${ANNOTATE_TIMEOUT_MS / 1000} s (is the content script running? did Readability find the article?)`,
      );
    }
    result.highlights = await page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, HIGHLIGHT_NAME);

    const found = await askContent(ctx, { pageUrl: page.url(), name: 'page/summary', payload: {} });
    if (found.tabId === null) {
      throw new DemoError(
        `${seed}: no tab's content script answered page/summary for ${page.url()}:\n    ${found.errors.join('\n    ')}`,
      );
    }
    const summary = resultValue(found.reply, `${seed}: page/summary`);
    if (!summary) throw new DemoError(`${seed}: page/summary says there is no article on this page`);
    result.url = summary.url;
    result.title = summary.title;
    if (!summary.annotations.length) throw new DemoError(`${seed}: page/summary lists no annotations`);

    result.listed = summary.annotations.length;
    for (const [i, a] of summary.annotations.entries()) {
      if (interrupted) throw new DemoError('interrupted');
      result.annotations.push(await demoAnnotation(ctx, page, found.tabId, seed, i, a));
    }
    return result;
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { partial: result });
  } finally {
    await page.close().catch(() => {});
  }
}

/** Records page errors, console errors and Gloss's own error reports. */
function watchErrors(ctx, sw, origin) {
  const errors = [];
  const ignored = [];
  const watchPage = (page) => {
    page.on('pageerror', (e) => errors.push(`${page.url()}: uncaught ${e.name}: ${e.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const loc = msg.location()?.url ?? '';
      // A page's own missing resources are the page's business, not Gloss's.
      if (msg.text().startsWith('Failed to load resource') && loc.startsWith(origin)) {
        ignored.push(`${loc}: ${msg.text()}`);
        return;
      }
      errors.push(`${page.url()}: console.error: ${msg.text()}${loc ? ` (${loc})` : ''}`);
    });
  };
  ctx.pages().forEach(watchPage);
  ctx.on('page', watchPage);
  const watchWorker = (worker) =>
    worker.on('console', (msg) => {
      if (msg.type() === 'error' || /^\[gloss\]/.test(msg.text()))
        errors.push(`service worker: console.${msg.type()}: ${msg.text()}`);
    });
  watchWorker(sw);
  ctx.on('serviceworker', watchWorker);
  return { errors, ignored };
}

async function headlessRun(ctx, sw, origin) {
  await prepareOutput();
  const watched = watchErrors(ctx, sw, origin);
  const pages = [];
  const failures = [];
  for (const seed of SEEDS) {
    const started = Date.now();
    process.stdout.write(`Demoing ${seed}… `);
    try {
      const result = await demoPage(ctx, origin, seed);
      pages.push(result);
      console.log(`${result.annotations.length} cards in ${seconds(Date.now() - started)}.`);
    } catch (e) {
      if (interrupted) throw e;
      console.log('failed.');
      if (e?.partial) pages.push(e.partial);
      failures.push(e instanceof DemoError || e?.partial ? e.message : (e?.stack ?? String(e)));
    }
  }

  const version = await sw
    .evaluate(async () => {
      const { fullVersionList = [] } = await navigator.userAgentData.getHighEntropyValues([
        'fullVersionList',
      ]);
      return fullVersionList.find((b) => /Chrom/.test(b.brand))?.version ?? '';
    })
    .catch(() => '');
  const browser = `Chromium ${version}`.trim();
  const generated = new Date().toISOString();
  await writeFile(
    join(OUT_DIR, 'summary.json'),
    `${JSON.stringify(
      {
        generated,
        browser,
        ok: failures.length === 0 && watched.errors.length === 0,
        failures,
        errors: watched.errors,
        pages: pages.map((p) => ({
          ...p,
          annotations: p.annotations.map((a) => ({
            id: a.id,
            quote: a.quote,
            factId: a.factId,
            kind: a.kind,
            verdict: a.verdict,
            card: a.card,
            screenshot: a.screenshot,
            openMs: a.openMs,
          })),
        })),
      },
      null,
      2,
    )}\n`,
  );
  await writeFile(join(OUT_DIR, 'summary.md'), markdown(pages, { generated, browser }));

  for (const line of stdoutLines(pages)) console.log(line);
  console.log('');
  if (watched.ignored.length) {
    console.log(`Ignored ${watched.ignored.length} failed load(s) of the pages' own resources.`);
  }
  if (watched.errors.length) {
    console.log(`${watched.errors.length} unexpected page/console error(s):`);
    for (const e of watched.errors) console.log(`  ${e}`);
  } else {
    console.log('Page errors and console errors: none.');
  }
  const shots = pages.reduce((n, p) => n + p.annotations.filter((a) => a.screenshot).length, 0);
  console.log(`Screenshots (${shots}) and summary.json / summary.md are in ${rel(OUT_DIR)}/ (${OUT_DIR}).`);
  if (failures.length) {
    throw new DemoError(`The demo failed:\n  ${failures.join('\n  ')}`);
  }
  if (watched.errors.length) {
    throw new DemoError(
      `The demo ran, but the pages reported ${watched.errors.length} unexpected error(s) (above).`,
    );
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const timings = [];
  const step = async (label, fn) => {
    const t = Date.now();
    const value = await fn();
    timings.push(`${label} ${seconds(Date.now() - t)}`);
    return value;
  };

  const { chromium: chromiumPath } = await step('browsers', async () => {
    try {
      return await ensureBrowsers();
    } catch (e) {
      throw new DemoError(e instanceof Error ? e.message : String(e));
    }
  });
  await step('build', build);
  const seeds = await seedList();
  const server = await startServer(SEEDS_DIR, seeds);
  cleanups.push(() => server.close());
  console.log(`Serving the sample articles at ${server.origin}/`);

  console.log(
    `Starting ${headless ? 'headless ' : ''}Chromium (${chromiumPath}) with ${rel(EXTENSION_DIR)}…`,
  );
  const { ctx, sw, extensionId } = await step('launch', async () => {
    try {
      return await launch(chromiumPath);
    } catch (e) {
      if (headless) throw e;
      // A display variable that points nowhere (ssh without X forwarding, a stale DISPLAY…).
      const display = process.env.DISPLAY
        ? `DISPLAY=${process.env.DISPLAY}`
        : `WAYLAND_DISPLAY=${process.env.WAYLAND_DISPLAY}`;
      console.log(
        `${e instanceof Error ? e.message : e}\nNo usable display (${display}); running headless instead.`,
      );
      headless = true; // the failed attempt's profile is removed with the rest at exit
      return launch(chromiumPath);
    }
  });
  console.log(`Gloss is loaded (extension id ${extensionId}).`);

  if (!headless) {
    await interactive(ctx, server.origin);
    return;
  }
  await step('demo', () => headlessRun(ctx, sw, server.origin));
  console.log(`Done in ${seconds(Date.now() - started)} (${timings.join(', ')}).`);
}

try {
  await main();
} catch (e) {
  if (!interrupted) {
    console.error(`\n${e instanceof DemoError ? e.message : (e?.stack ?? String(e))}`);
    process.exitCode = 1;
  }
} finally {
  await cleanup();
}
