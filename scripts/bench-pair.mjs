#!/usr/bin/env node
/**
 * `node scripts/bench-pair.mjs <build A> <build B> [every]`: two extension builds measured page by page in
 * alternation on the bench pages (scripts/bench-pages.mjs), each beside Readability's cold parse of the same
 * page in a Chromium without extensions, so both builds see the same load on a shared machine (ADR 0020).
 * A build is a bench build (`npm run build:bench`, e.g. of an earlier commit) or one of the floors in
 * scripts/bench-floor/ (an empty content script, a minimal probe). `every` keeps every n-th corpus page
 * (seeds and eval pages always). Prints medians: Gloss's main-thread time (sum of `gloss:annotate`), its ratio
 * to the parse, heap added after GC, and per page B − A; pages are grouped by whether A highlights anything.
 * Builds that time their injected file's evaluation (`gloss:evaluate`, ADR 0026) also get a figure with it.
 * Nothing is written to docs/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, servePages } from './bench-pages.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { startChromium } from './launch-browser.mjs';
import { ROOT } from './screenshots/chromium.mjs';

const QUIET_MS = 500;
/** With no Gloss task yet: how long to wait for a worker's gate and injection after the load (ADR 0021). */
const FIRST_TASK_MS = 1_500;
const MAX_WAIT_MS = 6_000;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.ceil(s.length / 2) - 1] : Number.NaN;
};

async function heapAfterGc(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

function inPage() {
  const sum = (name) => performance.getEntriesByName(name).reduce((a, e) => a + e.duration, 0);
  let highlights = 0;
  for (const key of CSS.highlights.keys())
    if (key.startsWith('gloss-')) highlights += CSS.highlights.get(key)?.size ?? 0;
  // `gloss:evaluate`: the injected file's evaluation outside any task, in builds that measure it (ADR 0026).
  return { total: sum('gloss:annotate'), evaluate: sum('gloss:evaluate'), highlights };
}

async function withBuild(ctx, url) {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    const start = Date.now();
    let last = -1;
    let since = Date.now();
    while (Date.now() - start < MAX_WAIT_MS) {
      const n = await page.evaluate(() => performance.getEntriesByName('gloss:annotate').length);
      if (n !== last) [last, since] = [n, Date.now()];
      else if (Date.now() - since >= (n === 0 ? FIRST_TASK_MS : QUIET_MS)) break;
      await page.waitForTimeout(100);
    }
    return { ...(await page.evaluate(inPage)), heap: await heapAfterGc(ctx, page) };
  } finally {
    await page.close();
  }
}

async function baseline(ctx, url, readability) {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await page.waitForTimeout(100);
    const heap = await heapAfterGc(ctx, page);
    await page.evaluate(readability);
    const parse = await page.evaluate(() => {
      const clone = document.cloneNode(true);
      const t0 = performance.now();
      new Readability(clone).parse();
      return performance.now() - t0;
    });
    return { heap, parse };
  } finally {
    await page.close();
  }
}

async function main() {
  const [a, b, every = '1'] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: node scripts/bench-pair.mjs <build A> <build B> [every]');
  ensureBrowsers();
  const pages = listPages(ROOT).filter((p, i) => p.group !== 'corpus' || i % Number(every) === 0);
  const server = await servePages(ROOT, pages);
  const readability = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  // The one launcher (scripts/launch-browser.mjs): each build in its own fresh profile, and a Chromium without Gloss.
  const launchedA = await startChromium({ extension: a });
  const launchedB = await startChromium({ extension: b });
  const launchedPlain = await startChromium({ extension: null });
  const ctxA = launchedA.context;
  const ctxB = launchedB.context;
  const plain = launchedPlain.context;
  const rows = [];
  try {
    for (const ctx of [ctxA, ctxB, plain])
      await ctx.route(
        (url) => !url.href.startsWith(server.origin),
        (route) => route.abort(),
      );
    for (const p of pages) {
      const url = `${server.origin}${p.path}`;
      rows.push({
        name: `${p.group}/${p.name}`,
        a: await withBuild(ctxA, url),
        b: await withBuild(ctxB, url),
        ...(await baseline(plain, url, readability)),
      });
      process.stdout.write('.');
    }
  } finally {
    await launchedA.close();
    await launchedB.close();
    await launchedPlain.close();
    server.close(); // else the open server keeps node running after the report
  }
  console.log('');
  const mb = (v) => `${(v / 1048576).toFixed(2)} MB`;
  for (const [label, list] of [
    ['no term (A)', rows.filter((r) => r.a.highlights === 0)],
    ['with terms (A)', rows.filter((r) => r.a.highlights > 0)],
  ]) {
    if (!list.length) continue;
    console.log(
      `${label}: ${list.length} pages, Readability cold parse median ${median(list.map((r) => r.parse)).toFixed(1)} ms`,
    );
    for (const k of ['a', 'b'])
      console.log(
        `  ${k.toUpperCase()}: Gloss ${median(list.map((r) => r[k].total)).toFixed(1)} ms, ratio ${(median(list.map((r) => r[k].total / r.parse)) * 100).toFixed(1)} %, heap added ${mb(median(list.map((r) => r[k].heap - r.heap)))}`,
      );
    for (const k of ['a', 'b']) {
      const evaluated = list.filter((r) => r[k].evaluate > 0);
      if (evaluated.length)
        console.log(
          `  ${k.toUpperCase()} with the probe file's evaluation (${evaluated.length} pages): Gloss ${median(evaluated.map((r) => r[k].total + r[k].evaluate)).toFixed(1)} ms, ratio ${(median(evaluated.map((r) => (r[k].total + r[k].evaluate) / r.parse)) * 100).toFixed(1)} %`,
        );
    }
    // The pages either build ran a task on (the gate let them through): what a probe costs where it runs.
    const probed = list.filter((r) => r.a.total > 0 || r.b.total > 0);
    if (probed.length && probed.length < list.length)
      console.log(
        `  of them probed (${probed.length}): A ${median(probed.map((r) => r.a.total)).toFixed(1)} ms, B ${median(probed.map((r) => r.b.total)).toFixed(1)} ms, B − A median ${median(probed.map((r) => r.b.total - r.a.total)).toFixed(2)} ms`,
      );
    const faster = list.filter((r) => r.b.total < r.a.total).length;
    for (const k of ['a', 'b']) {
      const idle = list.filter((r) => r[k].total === 0).length;
      if (idle)
        console.log(`  ${k.toUpperCase()} ran no task on ${idle} of ${list.length} (a gate skipped them)`);
    }
    console.log(
      `  B − A per page: median ${median(list.map((r) => r.b.total - r.a.total)).toFixed(2)} ms; B faster on ${faster} of ${list.length}`,
    );
  }
  const differ = rows.filter((r) => r.a.highlights !== r.b.highlights);
  console.log(
    `pages whose highlights differ: ${differ.length}${differ.length ? ` (${differ.map((r) => r.name).join(', ')})` : ''}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
