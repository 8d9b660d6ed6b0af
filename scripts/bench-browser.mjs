#!/usr/bin/env node
/**
 * `npm run bench:browser`: what Gloss costs the reader's page, in headless Chromium, measured
 * as ratios in one run (issue #8, ADR 0011). Pages: the 130 real pages of
 * ../shared/corpus/readability-pages, the seed articles and one page per eval article
 * (scripts/bench-pages.mjs), served on 127.0.0.1 with external requests blocked.
 *
 * Each page is opened twice, each time in a fresh tab:
 * - with the bench build (dist/bench-chrome), where every task Gloss runs on the page is one
 *   `gloss:annotate` measure: their sum is Gloss's main-thread time, the longest is Gloss's
 *   longest task; then the JS heap after garbage collection (CDP HeapProfiler.collectGarbage,
 *   Runtime.getHeapUsage);
 * - in a second Chromium without the extension: the heap the same way, then Readability's
 *   cold parse of a clone of the same page (its first run in that page), the baseline.
 * Writes the "## Real pages in Chromium" section of docs/benchmarks.md. Its row for a stopped
 * worker's first answer is `npm run bench:wake`'s (scripts/bench-wake.mjs, which times it without a
 * driver attached to the worker): kept as that script last wrote it.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { baselineArg, paired, pairedReport } from './bench-browser-pair.mjs';
import { readRow, writeSection } from './bench-doc.mjs';
import { listPages, pageBytes, servePages } from './bench-pages.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { startChromium } from './launch-browser.mjs';
import { ensureBuild, ROOT } from './screenshots/chromium.mjs';
import { measuresCpu, startCpuTrace } from './trace-cpu.mjs';

const BENCH_BUILD = join(ROOT, 'dist/bench-chrome');
const RELEASE_BUILD = join(ROOT, 'dist/chrome');
/** Quiet time after which a page is taken as settled (no new Gloss task), and the longest wait. */
const QUIET_MS = 500;
/** With no Gloss task yet: how long to wait for the worker's gate and injection after the load (ADR 0021). */
const FIRST_TASK_MS = 1_500;
const MAX_WAIT_MS = 6_000;
const LONG_TASK_MS = 50;
/** `--verbose`: print each long Gloss task as it is found (wall, CPU, the spans inside it). */
const VERBOSE = process.argv.includes('--verbose');
const SMALL_PAGE_BYTES = 200 * 1024;
/** The goal row `npm run bench:wake` keeps (scripts/bench-wake.mjs GOAL_ROW). */
const WAKE_ROW = '| a stopped worker answers the first page ≤ 150 ms |';

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : Number.NaN;
};
const median = (xs) => quantile(xs, 0.5);
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
const mb = (v) => (Number.isFinite(v) ? `${(v / 1048576).toFixed(2)} MB` : '–');
const pct = (v) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');
const times = (v) => (Number.isFinite(v) ? `${v.toFixed(2)} ×` : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** In the page (bench build): Gloss's tasks and spans so far. */
function glossEntries() {
  const d = (n) => performance.getEntriesByName(n).map((e) => e.duration);
  let highlights = 0;
  for (const key of CSS.highlights.keys())
    if (key.startsWith('gloss-')) highlights += CSS.highlights.get(key)?.size ?? 0;
  return {
    tasks: d('gloss:annotate'),
    evaluate: d('gloss:evaluate'),
    serialize: d('gloss:serialize'),
    place: d('gloss:place'),
    probe: d('gloss:probe'),
    firstAnswer: d('gloss:first-answer'),
    analyze: d('gloss:analyze'),
    highlights,
    // Each task's place in time, and the named spans inside Gloss's tasks: which code a long task ran.
    taskTimes: performance.getEntriesByName('gloss:annotate').map((e) => [e.startTime, e.duration]),
    spans: ['gloss:serialize', 'gloss:place', 'gloss:probe', 'gloss:first-answer'].flatMap((n) =>
      performance.getEntriesByName(n).map((e) => [n.slice(6), e.startTime, e.duration]),
    ),
  };
}

/**
 * Gloss's tasks over LONG_TASK_MS, each with its thread CPU time (the trace's measures are in the
 * same order as the page's) and the spans that ended inside it: wall time over the limit with CPU
 * time under it is time the thread waited for a core on this shared machine, not Gloss's work.
 */
function longTasks(e, cpus) {
  return e.taskTimes
    .map(([start, wall], i) => ({
      wall,
      cpu: cpus.length === e.taskTimes.length ? cpus[i] : Number.NaN,
      first: i === 0,
      inside: e.spans
        .filter(([, s, d]) => s + d >= start && s + d <= start + wall + 0.01)
        .map(([n, , d]) => `${n} ${d.toFixed(1)}`),
    }))
    .filter((t) => t.wall > LONG_TASK_MS);
}

/** In the page without the extension: Readability's first parse of a clone of it (ms), also as a measure for the trace. */
function coldParse() {
  const clone = document.cloneNode(true);
  const t0 = performance.now();
  // `Readability` is the global the evaluated /readability.js defined just before.
  new Readability(clone).parse();
  const t1 = performance.now();
  performance.measure('bench:readability', { start: t0, end: t1 });
  return t1 - t0;
}

/** The CPU milliseconds of the trace's measures named `name`, summed, and how many there were. */
const cpuOf = (measures, name) => {
  const mine = measures.filter((m) => m.name === name);
  return { cpu: mine.reduce((a, m) => a + m.cpu, 0), n: mine.length };
};

/** JS heap of the page's renderer after garbage collection (bytes). */
async function heapAfterGc(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Waits until Gloss has run no new task for QUIET_MS (or MAX_WAIT_MS passed). */
async function settle(page) {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - start < MAX_WAIT_MS) {
    const n = await page.evaluate(() => performance.getEntriesByName('gloss:annotate').length);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= (n === 0 ? FIRST_TASK_MS : QUIET_MS)) return;
    await page.waitForTimeout(100);
  }
}

async function withGloss(ctx, url, errors, name) {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => {
    if (/chrome-extension:/.test(e.stack ?? '')) errors.push(`${name}: ${e.message}`);
  });
  // Traced from before the navigation: the CPU time of Gloss's measures on the page's main thread (ADR 0031).
  const cdp = await ctx.newCDPSession(page);
  const trace = await startCpuTrace(cdp);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await settle(page);
    const e = await page.evaluate(glossEntries);
    const measures = measuresCpu(await trace.stop(), ['gloss:annotate', 'gloss:evaluate']);
    await cdp.detach().catch(() => undefined);
    const heap = await heapAfterGc(ctx, page);
    const sum = e.tasks.reduce((a, b) => a + b, 0);
    const tasksCpu = cpuOf(measures, 'gloss:annotate');
    const longOnes = longTasks(
      e,
      measures.filter((m) => m.name === 'gloss:annotate').map((m) => m.cpu),
    );
    if (VERBOSE)
      for (const t of longOnes)
        console.log(
          `\n${name}: task ${t.first ? '(first) ' : ''}${t.wall.toFixed(1)} ms wall, ${t.cpu.toFixed(1)} ms CPU; inside: ${t.inside.join(', ') || '–'}`,
        );
    return {
      longTasks: longOnes,
      // The trace must hold every task the page counted, else the page has no CPU figure.
      glossCpu: tasksCpu.n === e.tasks.length ? tasksCpu.cpu : Number.NaN,
      evaluateCpu: cpuOf(measures, 'gloss:evaluate').cpu,
      gloss: sum,
      evaluate: e.evaluate.reduce((a, b) => a + b, 0),
      glossMax: Math.max(0, ...e.tasks),
      tasks: e.tasks.length,
      long: e.tasks.filter((t) => t > LONG_TASK_MS).length,
      serialize: e.serialize.reduce((a, b) => a + b, 0),
      place: e.place.reduce((a, b) => a + b, 0),
      probe: e.probe[0] ?? Number.NaN,
      firstAnswer: e.firstAnswer[0] ?? Number.NaN,
      analyze: e.analyze[0] ?? Number.NaN,
      highlights: e.highlights,
      heapWith: heap,
    };
  } finally {
    await page.close();
  }
}

async function withoutGloss(ctx, url, readabilitySource) {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await page.waitForTimeout(100);
    const heapWithout = await heapAfterGc(ctx, page);
    await page.evaluate(readabilitySource);
    const cdp = await ctx.newCDPSession(page);
    const trace = await startCpuTrace(cdp);
    const readability = await page.evaluate(coldParse);
    const parsed = cpuOf(measuresCpu(await trace.stop(), ['bench:readability']), 'bench:readability');
    await cdp.detach().catch(() => undefined);
    return { heapWithout, readability, readabilityCpu: parsed.n === 1 ? parsed.cpu : Number.NaN };
  } finally {
    await page.close();
  }
}

function sizes() {
  const gz = (file) => gzipSync(readFileSync(join(RELEASE_BUILD, file)), { level: 9 }).length;
  const raw = (file) => readFileSync(join(RELEASE_BUILD, file)).length;
  // Nothing is declared on every page: the probe is what the worker injects first (ADR 0021), and it
  // carries the annotate feature (ADR 0026); the card UI comes on a page's first dwell.
  const probe = 'src/content/probe.js';
  const cards = 'src/content/cards.js';
  return { probe: { raw: raw(probe), gz: gz(probe) }, cards: { raw: raw(cards), gz: gz(cards) } };
}

async function main() {
  ensureBuild();
  ensureBuild({ bench: true });
  ensureBrowsers();
  // `--only <text>[,<text>…]`: the pages whose name or group holds one of them (a quick look; never written), `--no-write`: print only.
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const write = only === null && !args.includes('--no-write');
  // `--only a,b`: any of them.
  const pages = listPages(ROOT).filter(
    (p) => only === null || only.split(',').some((o) => `${p.group}/${p.name}`.includes(o)),
  );
  const server = await servePages(ROOT, pages);
  const readabilitySource = readFileSync(
    join(ROOT, 'node_modules/@mozilla/readability/Readability.js'),
    'utf8',
  );
  // Playwright's default viewport, as before the launcher was shared.
  const viewport = { width: 1280, height: 720 };
  const withExtension = await startChromium({ extension: BENCH_BUILD, viewport });
  const without = await startChromium({ extension: null, viewport });
  // `--baseline <dir>`: another bench build beside this one, page by page (scripts/bench-browser-pair.mjs).
  const baselineDir = baselineArg(args);
  const withBaseline = baselineDir ? await startChromium({ extension: baselineDir, viewport }) : null;
  const gloss = withExtension.context;
  const plain = without.context;
  const rows = [];
  const errors = [];
  try {
    for (const ctx of [gloss, plain, ...(withBaseline ? [withBaseline.context] : [])])
      await ctx.route(
        (url) => !url.href.startsWith(server.origin),
        (route) => route.abort(),
      );
    for (const p of pages) {
      const url = `${server.origin}${p.path}`;
      try {
        const measure = (ctx) => withGloss(ctx, url, ctx === gloss ? errors : [], p.name);
        const { a, base } = withBaseline
          ? await paired(rows.length, gloss, withBaseline.context, measure)
          : { a: await measure(gloss), base: undefined };
        const b = await withoutGloss(plain, url, readabilitySource);
        rows.push({ ...p, bytes: pageBytes(p), ...a, ...b, base });
      } catch (e) {
        rows.push({ ...p, failed: String(e).split('\n')[0] });
      }
      process.stdout.write('.');
    }
    process.stdout.write('\n');
  } finally {
    await withExtension.close();
    await without.close();
    await withBaseline?.close();
    server.close();
  }
  const ok = rows.filter((r) => !r.failed);
  const pairing = baselineDir ? `\n\n${pairedReport(ok, `the bench build in \`${baselineDir}\``)}` : '';
  const section =
    report(
      ok,
      rows.filter((r) => r.failed),
      errors,
      sizes(),
    ) + pairing;
  if (write) writeSection('Real pages in Chromium', section);
  console.log(section);
  if (errors.length) process.exitCode = 1;
}

function report(rows, failed, errors, size) {
  const ratio = (r) => r.gloss / r.readability;
  const noTerm = rows.filter((r) => r.highlights === 0);
  const term = rows.filter((r) => r.highlights > 0);
  const added = (r) => r.heapWith - r.heapWithout;
  const group = (label, list) =>
    `| ${label} | ${list.length} | ${ms(median(list.map((r) => r.gloss)))} | ${ms(median(list.map((r) => r.readability)))} | ${pct(median(list.map(ratio)))} | ${ms(
      quantile(
        list.map((r) => r.glossMax),
        0.95,
      ),
    )} | ${mb(median(list.map(added)))} |`;
  const small = rows.filter((r) => r.bytes <= SMALL_PAGE_BYTES);
  const longSmall = small.filter((r) => r.long > 0);
  const longLarge = rows.filter((r) => r.bytes > SMALL_PAGE_BYTES && r.long > 0);
  // A task over the limit in its thread's CPU time too: Gloss's own work, not a wait for a core.
  const cpuLong = (r) => r.longTasks.some((t) => t.cpu > LONG_TASK_MS || !Number.isFinite(t.cpu));
  const cpuLongSmall = longSmall.filter(cpuLong);
  const longLabel = (r) =>
    `${r.group}/${r.name} ${r.longTasks.map((t) => `${ms(t.wall)}, CPU ${ms(t.cpu)}${t.inside.length ? `: ${t.inside.join(', ')} ms` : ''}`).join(' and ')}`;
  const seeds = rows.filter((r) => r.group === 'seed');
  const worst = [...term].sort((a, b) => ratio(b) - ratio(a)).slice(0, 5);
  const noTermRatio = median(noTerm.map(ratio));
  const termRatio = median(term.map(ratio));
  // With the probe file's evaluation, which no task holds (ADR 0026): Gloss's time on the thread, compile aside.
  const withEvaluation = (r) => (r.gloss + r.evaluate) / r.readability;
  const termRatioEvaluated = median(term.map(withEvaluation));
  // The same from the trace: the main thread's own CPU time in Gloss's measures and in the parse (ADR 0031).
  const cpuRatio = (r) => r.glossCpu / r.readabilityCpu;
  const cpuRatioEvaluated = (r) => (r.glossCpu + r.evaluateCpu) / r.readabilityCpu;
  const finite = (xs) => xs.filter(Number.isFinite);
  const cpuGroup = (label, list) =>
    `| ${label} | ${finite(list.map(cpuRatio)).length} | ${ms(median(finite(list.map((r) => r.glossCpu))))} | ${ms(median(finite(list.map((r) => r.readabilityCpu))))} | ${pct(median(finite(list.map(cpuRatio))))} | ${pct(median(finite(list.map(cpuRatioEvaluated))))} | ${ms(median(finite(list.map((r) => r.gloss))))} → ${ms(median(finite(list.map((r) => r.glossCpu))))} |`;
  const termCpu = median(finite(term.map(cpuRatio)));
  const termCpuEvaluated = median(finite(term.map(cpuRatioEvaluated)));
  const noTermCpu = median(finite(noTerm.map(cpuRatio)));
  const verdict = (wall, cpu) =>
    wall && cpu
      ? 'met'
      : cpu
        ? 'met in CPU time; **not met** in wall time'
        : wall
          ? 'met in wall time; **not met** in CPU time'
          : '**not met**';
  const goal = (ok) => (ok ? 'met' : '**not met**');
  const skipped = (list) => list.filter((r) => r.tasks === 0).length;
  const line = (r) =>
    `| ${r.group}/${r.name} | ${kb(r.bytes)} | ${r.highlights} | ${ms(r.gloss)} (${r.tasks}) | ${ms(r.serialize)} / ${ms(r.place)} | ${ms(r.readability)} | ${times(ratio(r))} | ${ms(r.glossCpu)} / ${ms(r.readabilityCpu)} = ${times(cpuRatio(r))} | ${ms(r.glossMax)} | ${mb(added(r))} |`;
  return `## Real pages in Chromium

Run with \`npm run bench:browser\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), headless Chromium, ${rows.length} pages (${rows.filter((r) => r.group === 'corpus').length} of \`../shared/corpus/readability-pages\`, ${seeds.length} seeds, ${rows.filter((r) => r.group === 'eval').length} pages built from the eval articles) served on 127.0.0.1, external requests blocked. Each page in a fresh tab of the bench build (\`dist/bench-chrome\`: every task Gloss runs on the page is a \`gloss:annotate\` measure; "Gloss" is their sum, all of its main-thread time; since ADR 0028 the bench's own spans inside a task are recorded after it, so they are not counted) and then in a second Chromium without the extension, where Readability's cold parse of a clone of the same page is the baseline and the heap is measured the same way (CDP \`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\`). Ratios are per page, then the median.

| pages | n | Gloss, median | Readability cold parse, median | Gloss / parse, median | longest Gloss task, p95 | heap added, median |
|---|---|---|---|---|---|---|
${group('no fact-base term (goal ≤ 5 % of the parse, heap ≤ 0.3 MB)', noTerm)}
${group('with terms (goal ≤ 1.2 ×, heap ≤ 1 MB on a seed)', term)}
${group('… of them the seeds', seeds)}
${group(
  '… of them built from eval articles',
  term.filter((r) => r.group === 'eval'),
)}
${group(
  '… of them in the corpus',
  term.filter((r) => r.group === 'corpus'),
)}

The same pages' main-thread **CPU time** from a Chrome trace of each page (ADR 0031: \`scripts/trace-cpu.mjs\`; each page traced from before its navigation, Readability's parse traced alike; a measure's CPU time is the thread's CPU clock between its start and end, so time the thread spent waiting for a core on this shared machine is not counted against either side). Both figures come from the same run; the wall-time table above is measured as before (under the trace, which adds the same small overhead to both sides).

| pages | n | Gloss CPU, median | Readability cold parse CPU, median | Gloss / parse (CPU), median | with the file's evaluation (CPU) | Gloss wall → CPU, median |
|---|---|---|---|---|---|---|
${cpuGroup('no fact-base term', noTerm)}
${cpuGroup('with terms', term)}
${cpuGroup('… of them the seeds', seeds)}
${cpuGroup(
  '… of them built from eval articles',
  term.filter((r) => r.group === 'eval'),
)}

| goal | measured | |
|---|---|---|
| script run first on a page ≤ 30 KB gzip | none is declared; the probe with the annotate feature (ADR 0026), injected only where the worker's gate on title and URL passes: ${kb(size.probe.gz)} gzip (${kb(size.probe.raw)}); the card UI, injected on a page's first dwell: ${kb(size.cards.gz)} gzip (${kb(size.cards.raw)}) | ${goal(size.probe.gz <= 30 * 1024)} |
| pages the gate skipped (no Gloss task at all) | ${skipped(noTerm)} of ${noTerm.length} no-term pages, ${skipped(term)} of ${term.length} pages with terms | |
| no-term pages: Gloss ≤ 5 % of Readability's cold parse (median) | wall time ${pct(noTermRatio)}; CPU time ${pct(noTermCpu)} | ${verdict(noTermRatio <= 0.05, noTermCpu <= 0.05)} |
| pages with terms: Gloss ≤ 1.2 × Readability's cold parse (median) | wall time (as in every earlier run): ${times(termRatio)}, with the probe file's evaluation (\`gloss:evaluate\`, outside any task, median ${ms(median(term.map((r) => r.evaluate)))}): ${times(termRatioEvaluated)}; thread CPU time (trace, ADR 0031): ${times(termCpu)}, with the evaluation: ${times(termCpuEvaluated)} | ${verdict(termRatio <= 1.2, termCpu <= 1.2)}${termCpu <= 1.2 && termCpuEvaluated > 1.2 ? ' (tasks only)' : ''} |
| no Gloss task over ${LONG_TASK_MS} ms on pages up to 200 KB | wall time: ${longSmall.length} of ${small.length} pages${longSmall.length ? ` (${longSmall.map(longLabel).join('; ')})` : ''}; thread CPU time: ${cpuLongSmall.length} of ${small.length} | ${verdict(longSmall.length === 0, cpuLongSmall.length === 0)} |
| pages over 200 KB with a Gloss task over ${LONG_TASK_MS} ms | ${longLarge.length} of ${rows.length - small.length}${longLarge.length ? `: ${longLarge.map((r) => `${r.name} ${ms(r.glossMax)}`).join(', ')}` : ''} | (Readability is one call) |
| heap added, no-term page (median) ≤ 0.3 MB | ${mb(median(noTerm.map(added)))} | ${goal(median(noTerm.map(added)) <= 0.3 * 1048576)} |
| heap added, seed pages (max) ≤ 1 MB | ${seeds.map((r) => `${r.name} ${mb(added(r))}`).join(', ')} | ${goal(Math.max(...seeds.map(added)) <= 1048576)} |
${readRow('Real pages in Chromium', WAKE_ROW) ?? `${WAKE_ROW} run \`npm run bench:wake\` | |`}

Readability and the engine run in the worker (ADR 0023): the page serialises its document (\`gloss:serialize\`, median ${ms(median(term.map((r) => r.serialize)))} on pages with terms) and sends it; the worker parses a copy, finds the article and runs the engine. Since ADR 0026 the document travels with the probe's text and the reading comes back with its answer: the probe's round trip (the engine on the text, then the parse, off the page's main thread) took a median ${ms(median(term.map((r) => r.probe).filter(Number.isFinite)))}; the page then places the records on its live text (\`gloss:place\`, one walk of its text nodes, median ${ms(median(term.map((r) => r.place)))}). Errors thrown from Gloss's code into a page: **${errors.length}**${errors.length ? ` (${errors.slice(0, 5).join('; ')})` : ''}.${failed.length ? ` Pages that failed to load: ${failed.map((r) => r.name).join(', ')}.` : ''}

Pages with terms, highest ratio first (Gloss: its time and number of tasks; serialise / place: the page's serialising of its document and its placing of the worker's records):

| page | HTML | highlights | Gloss (tasks) | serialise / place | Readability cold | ratio | CPU: Gloss / parse | longest task | heap added |
|---|---|---|---|---|---|---|---|---|---|
${worst.map(line).join('\n')}
${seeds.map(line).join('\n')}`;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
