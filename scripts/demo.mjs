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
 *      pages logged unexpected errors. Then it opens both articles in the compare page (read
 *      from their tabs, not saved), screenshots it and adds what it found to the summaries.
 *      With a display, the compare page opens in a tab of its own too.
 *
 * Usage: npm run demo [-- --headless]
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANNOTATE_TIMEOUT_MS, demoPage } from './demo/cards.mjs';
import { demoClips } from './demo/clips.mjs';
import { compareLines, demoCompare, openCompare } from './demo/compare.mjs';
import { DemoError, HIGHLIGHT_NAME } from './demo/extension.mjs';
import { markdown, stdoutLines } from './demo/report.mjs';
import { startServer } from './demo/server.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { startChromium } from './launch-browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS_DIR = join(ROOT, 'test/fixtures/seeds');
const SEEDS = ['coverage-a.html', 'coverage-b.html'];
const EXTENSION_DIR = join(ROOT, 'dist/chrome');
const OUT_DIR = join(ROOT, 'demo-output');
const WINDOW = { width: 1280, height: 900 };

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
  const args = [];
  if (!headless && !process.env.DISPLAY && process.env.WAYLAND_DISPLAY) args.push('--ozone-platform=wayland');
  let browser;
  try {
    browser = await startChromium({
      extension: EXTENSION_DIR,
      executablePath,
      headless,
      args,
      // No viewport emulation: a real window (and, headless, a real 2× device scale for crisp
      // screenshots). Emulating deviceScaleFactor over CDP breaks CSS.highlights.highlightsFromPoint
      // in Chromium 156 (it then expects coordinates divided by the scale), so hovers would miss.
      viewport: null,
      ...(headless ? { window: WINDOW, scale: 2 } : {}),
      handleSignals: false,
    });
  } catch (e) {
    throw new DemoError(e instanceof Error ? e.message : String(e));
  }
  cleanups.push(() => browser.close());
  // Last resort if the process dies without running the cleanups (Playwright kills Chromium on exit).
  process.once('exit', () => rmSync(browser.profile, { recursive: true, force: true }));
  return { ctx: browser.context, sw: browser.serviceWorker, extensionId: browser.extensionId };
}

/** Interactive: open the pages and wait for the user to close the browser. */
async function interactive(ctx, origin, extensionId) {
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
    await openCompare(ctx, origin, extensionId, SEEDS);
    await first.bringToFront();
  } catch (e) {
    if (closed) return; // the user closed the browser while the tabs were opening
    throw e;
  }
  console.log(`
Chromium is open with Gloss loaded (${rel(EXTENSION_DIR)}) and these tabs:
  ${origin}/  (this list)
${counts.join('\n')}
  the two articles again, and Gloss's compare page on them (sentence by sentence, fact by fact)

Try it:
  • Highlighted words are what Gloss has context for. Rest the pointer on one for about half a
    second: a card opens with a short, sourced explanation. Escape closes it.
  • The Gloss toolbar button (pin it from the puzzle-piece menu) lists everything found on the page.
  • In the compare tab, hover a sentence to light up its partner; n and p step through the differences.

Close the browser window or press Ctrl-C here to stop.`);
  await whenClosed;
  if (!interrupted) console.log('The browser was closed. Bye.');
}

// ---------------------------------------------------------------------------------------------
// Headless run

/** The extension's current service worker (it can be restarted). */
/** Removes the screenshots and summaries of a previous run (and nothing else). */
async function prepareOutput() {
  await mkdir(OUT_DIR, { recursive: true });
  const names = await readdir(OUT_DIR);
  const ours = (n) =>
    n === 'summary.json' ||
    n === 'summary.md' ||
    n === 'library.png' ||
    n === 'compare-seeds.png' ||
    SEEDS.some((s) => n.startsWith(`${s.replace(/\.html$/, '')}-`));
  await Promise.all(
    names.filter((n) => ours(n) && /\.(png|json|md)$/.test(n)).map((n) => unlink(join(OUT_DIR, n))),
  );
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

async function headlessRun(ctx, sw, origin, extensionId) {
  await prepareOutput();
  const watched = watchErrors(ctx, sw, origin);
  const pages = [];
  const failures = [];
  for (const seed of SEEDS) {
    const started = Date.now();
    process.stdout.write(`Demoing ${seed}… `);
    try {
      const result = await demoPage(ctx, origin, seed, {
        outDir: OUT_DIR,
        rel,
        isInterrupted: () => interrupted,
      });
      pages.push(result);
      console.log(`${result.annotations.length} cards in ${seconds(Date.now() - started)}.`);
    } catch (e) {
      if (interrupted) throw e;
      console.log('failed.');
      if (e?.partial) pages.push(e.partial);
      failures.push(e instanceof DemoError || e?.partial ? e.message : (e?.stack ?? String(e)));
    }
  }

  process.stdout.write('Comparing the two articles… ');
  const compareStarted = Date.now();
  /** @type {{ lines: string[], screenshot: string | null, error?: string }} */
  let compare;
  try {
    const found = await demoCompare(ctx, origin, extensionId, SEEDS, { outDir: OUT_DIR, rel });
    compare = { ...found, lines: compareLines(found), screenshot: found.screenshot };
    console.log(`done in ${seconds(Date.now() - compareStarted)}.`);
  } catch (e) {
    if (interrupted) throw e;
    console.log('failed.');
    const message = e instanceof Error ? e.message : String(e);
    compare = { lines: [], screenshot: null, error: message };
    failures.push(message);
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
        compare,
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
  await writeFile(join(OUT_DIR, 'summary.md'), markdown(pages, { generated, browser }, compare));
  // Save a passage, show the library (issue #9): library.png and a line in summary.md.
  failures.push(
    ...(await demoClips(ctx, origin, { outDir: OUT_DIR, rel, extensionId: new URL(sw.url()).host })),
  );

  for (const line of stdoutLines(pages)) console.log(line);
  console.log('', 'Compare: the two articles side by side');
  for (const line of compare.lines) console.log(`  ${line}`);
  if (compare.screenshot) console.log(`  ${compare.screenshot}`);
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
  const shots =
    pages.reduce((n, p) => n + p.annotations.filter((a) => a.screenshot).length, 0) +
    (compare.screenshot ? 1 : 0);
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
    await interactive(ctx, server.origin, extensionId);
    return;
  }
  await step('demo', () => headlessRun(ctx, sw, server.origin, extensionId));
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
