#!/usr/bin/env node
/**
 * `npm run bench:compare-page`: the compare page's responsiveness in Chromium (issue #10).
 *
 * Opens the compare page of the Chrome build and gives it two plain-text files, as a reader
 * would (the file inputs): two ~2 000-word articles, then two ~50 000-word articles. The
 * articles are real prose (the paragraphs of the Readability test pages in
 * ../shared/corpus/readability-pages, one page after another); B is A with a tenth of its
 * paragraphs dropped, a tenth of its sentences reworded, paragraphs added from other pages and
 * a tenth moved. For each, the page records (its own clock) the first sentence painted, the
 * result shown and the last slice rendered, and a Chrome trace records every task of the page's
 * main thread from the files' change event until the columns are fully rendered: its wall time
 * and its thread (CPU) time. The machine the bench runs on is shared, so a task's wall time
 * includes waiting for a core; its thread time is the work the page itself does in one go,
 * which is what the 50 ms long-task limit is about. Written to docs/benchmarks.md,
 * "## Compare page". The engine runs in the page's Web Worker; the page only renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeSection } from './bench-doc.mjs';
import { ensureBuild, launch, ROOT } from './screenshots/chromium.mjs';

const CORPUS = join(ROOT, '../shared/corpus/readability-pages');
const TIMEOUT_MS = 180_000;
const words = (s) => s.split(/\s+/).filter(Boolean).length;

/** Paragraph texts of a page's HTML (a rough cut: <p> contents without tags, common entities decoded). */
function paragraphsOf(html) {
  const out = [];
  for (const m of html.matchAll(/<p[\s>][\s\S]*?<\/p>/gi)) {
    const text = m[0]
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&rsquo;|&lsquo;/g, "'")
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (words(text) >= 12) out.push(text);
  }
  return out;
}

function random(seed) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** A of about `target` words and B made from it (dropped, reworded, added, moved). */
function pairOf(all, target, seed) {
  const rnd = random(seed);
  const a = [];
  let n = 0;
  let k = 0;
  while (n < target && k < all.length) {
    a.push(all[k]);
    n += words(all[k]);
    k++;
  }
  const spare = all.slice(k);
  const b = [];
  for (const p of a) {
    const r = rnd();
    if (r < 0.1) continue;
    const sentences = p.split(/(?<=[.!?])\s+/);
    b.push(
      sentences
        .map((s) =>
          rnd() < 0.1
            ? s
                .split(' ')
                .map((w) => (rnd() < 0.2 ? (rnd() < 0.5 ? '' : 'reportedly') : w))
                .filter(Boolean)
                .join(' ')
            : s,
        )
        .join(' '),
    );
    if (r > 0.9 && spare.length) b.push(spare.shift());
  }
  for (let m = 0; m < b.length / 10; m++) {
    const [moved] = b.splice(Math.floor(rnd() * b.length), 1);
    b.splice(Math.floor(rnd() * b.length), 0, moved);
  }
  return { a: a.join('\n\n'), b: b.join('\n\n') };
}

/** In-page: watches the columns, then picks the two files. */
function start([a, b]) {
  const w = window;
  w.__bench = { t0: performance.now(), first: null, shown: null, rendered: null };
  const watch = new MutationObserver(() => {
    if (w.__bench.first === null && document.querySelector('.sentence')) w.__bench.first = performance.now();
    if (w.__bench.shown === null && document.querySelector('[data-testid="summary"]'))
      w.__bench.shown = performance.now();
  });
  watch.observe(document.body, { childList: true, subtree: true });
  w.__benchWatch = watch;
  const pick = (side, text, name) => {
    const input = document.querySelector(`[data-testid="file-${side}"]`);
    const files = new DataTransfer();
    files.items.add(new File([text], name, { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  pick('a', a, 'a.txt');
  pick('b', b, 'b.txt');
}

/** In-page: true once the comparison is shown and every slice of both columns is rendered. */
function finished() {
  const w = window;
  const done =
    w.__bench.shown !== null && document.querySelectorAll('.column__body[aria-busy="true"]').length === 0;
  if (done && w.__bench.rendered === null) w.__bench.rendered = performance.now();
  return done;
}

/** In-page: the measurements, after a short quiet period for late tasks. */
async function collect() {
  const w = window;
  await new Promise((ok) => setTimeout(ok, 500));
  w.__benchWatch.disconnect();
  const b = w.__bench;
  return {
    firstMs: b.first - b.t0,
    shownMs: b.shown - b.t0,
    renderedMs: b.rendered - b.t0,
    sentences: document.querySelectorAll('.sentence').length,
    summary:
      document.querySelector('[data-testid="summary"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  };
}

/** The page's main-thread tasks in a trace: wall and thread (CPU) milliseconds, longest first. */
function mainThreadTasks(events) {
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const byPid = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    if (names.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
    byPid.set(e.pid, [...(byPid.get(e.pid) ?? []), { wall: e.dur / 1000, cpu: (e.tdur ?? 0) / 1000 }]);
  }
  // The compare page's renderer is the busiest one in the trace.
  const tasks = [...byPid.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return {
    count: tasks.length,
    cpu: tasks.map((t) => t.cpu).sort((a, b) => b - a),
    wall: tasks.map((t) => t.wall).sort((a, b) => b - a),
  };
}

async function measure(ctx, url, pair) {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await page.waitForSelector('[data-testid="file-a"]');
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const ended = new Promise((ok) => cdp.on('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  await page.evaluate(start, [pair.a, pair.b]);
  await page.waitForFunction(finished, null, { timeout: TIMEOUT_MS, polling: 100 });
  const result = await page.evaluate(collect);
  await cdp.send('Tracing.end');
  await ended;
  await page.close();
  return { ...result, tasks: mainThreadTasks(events) };
}

ensureBuild();
const all = readdirSync(CORPUS)
  .sort()
  .flatMap((dir) => {
    try {
      return paragraphsOf(readFileSync(join(CORPUS, dir, 'source.html'), 'utf8'));
    } catch {
      return [];
    }
  });
const small = pairOf(all, 2_000, 3);
const big = pairOf(all, 50_000, 7);
const browser = await launch();
try {
  const sw = browser.ctx.serviceWorkers()[0] ?? (await browser.ctx.waitForEvent('serviceworker'));
  const url = `chrome-extension://${new URL(sw.url()).host}/src/pages/compare/index.html`;
  const rows = [];
  for (const [label, pair] of [
    ['two ~2 000-word articles', small],
    ['two ~50 000-word articles', big],
  ]) {
    const r = await measure(browser.ctx, url, pair);
    const cpuLong = r.tasks.cpu.filter((x) => x > 50).length;
    const wallLong = r.tasks.wall.filter((x) => x > 50).length;
    const ms = (x) => `${Math.round(x ?? 0)} ms`;
    console.log(
      `${label} (${words(pair.a)} / ${words(pair.b)} words, ${r.sentences} sentences shown): first sentences ${ms(r.firstMs)}, result ${ms(r.shownMs)}, all rendered ${ms(r.renderedMs)}; ${r.tasks.count} main-thread tasks, longest ${ms(r.tasks.cpu[0])} CPU (${cpuLong} over 50 ms), longest ${ms(r.tasks.wall[0])} wall (${wallLong} over 50 ms)`,
    );
    rows.push(
      `| ${label} (${words(pair.a)} and ${words(pair.b)} words) | ${ms(r.firstMs)} | ${ms(r.shownMs)} | ${ms(r.renderedMs)} | **${ms(r.tasks.cpu[0])}** (${cpuLong} over 50 ms) | ${ms(r.tasks.wall[0])} (${wallLong} over 50 ms) |`,
    );
  }
  writeSection(
    'Compare page',
    [
      '## Compare page',
      '',
      '`npm run bench:compare-page`: the compare page of the Chrome build in headless Chromium, given two',
      'plain-text files through its file inputs (real prose from the Readability test pages; B is A with',
      'paragraphs dropped, reworded, added and moved). Times are from the files’ change event on the page’s',
      'clock. A Chrome trace of the page’s main thread (every task until both columns are fully rendered)',
      'gives each task’s thread (CPU) time, the work the page does in one go, and its wall time, which on this',
      'shared machine also counts waiting for a core. The engine runs in the page’s Web Worker; the page',
      'renders the columns one block of about 200 sentences per frame. Goal: no task over 50 ms of work.',
      '',
      '| input | first sentences shown | result shown | all rendered | longest task, CPU | longest task, wall |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} (load ${loadavg()[0].toFixed(1)}; the machine is shared).`,
    ].join('\n'),
  );
} finally {
  await browser.close();
}
