#!/usr/bin/env node
/**
 * `npm run bench:wake`: does a stopped service worker still answer the first page quickly
 * (issue #8, ADR 0021, 0024)? Headless Chromium driven over the bare DevTools protocol
 * (scripts/cdp-chromium.mjs: nothing attaches to the worker, which Playwright would pause on every
 * start), the bench build, in one run, alternating:
 *
 * - cold: the worker stopped (`ServiceWorker.stopAllWorkers`, then waiting until the browser reports
 *   it stopped), and a tab opened before the stop (so no tab event wakes it early) navigates to a page
 *   the first gate lets through: the navigation wakes the worker, which asks the gate, injects the
 *   probe and answers it;
 * - warm: the same, with the worker left running;
 * - floor: the same cold navigation in a second Chromium whose extension is the same build with an
 *   empty worker (a tabs.onUpdated listener that only notes when the page's load reached it): what
 *   waking any worker costs on this machine, which no code of Gloss's can remove;
 * - late page: a cold navigation to the same page with one image the server sends 400 ms late, so
 *   the page's load comes as late as on a page from the network (on 127.0.0.1 the seed pages load in
 *   ~30 ms, before any worker has started).
 *
 * Timed on the page's clock (bench build: the probe's `gloss:first-answer` measure ends when the
 * worker's answer is in): from the page's load event (the definition used before, ADR 0021), and from
 * the navigation's response (`responseStart`: the browser commits the navigation then, before the
 * page has parsed anything). For cold runs the worker's `gloss:worker-*` marks (background/timing.ts)
 * are read from the woken worker afterwards and put on the same clock (both `performance.timeOrigin`
 * based). Writes "## A stopped worker's first answer" in docs/benchmarks.md and the goal's row in
 * "## Real pages in Chromium".
 *
 * With `--baseline <build dir>` (e.g. main's bench build), the cold runs, fast and late page, are also
 * made with that build in a third Chromium, alternating with the others: before and after in one run.
 *
 * With `--close-reader`, each stop of this build's worker also closes its reader document (ADR 0039),
 * which Chrome otherwise keeps open beside a stopped worker.
 *
 * Usage: node --experimental-websocket scripts/bench-wake.mjs [runs per kind, default 12] [--no-write]
 *        [--baseline <dir>] [--close-reader]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceRow, writeSection } from './bench-doc.mjs';
import { listPages } from './bench-pages.mjs';
import { evaluateInWorker, openTab, startBareChromium } from './cdp-chromium.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { ensureBuild, ROOT } from './screenshots/chromium.mjs';
import { CPU_TRACE_CATEGORIES, moduleCompileCpu, threadCpuAtMarks } from './trace-cpu.mjs';

const BENCH_BUILD = join(ROOT, 'dist/bench-chrome');
const ANSWER_TIMEOUT_MS = 8_000;
/** After the answer, how long to wait for the highlights to be placed (ms). */
const PLACE_WAIT_MS = 2_000;
const STOP_TIMEOUT_MS = 5_000;
/** How late the late page's image comes (ms). */
const LATE_MS = 400;
/** The goal (issue #8): a stopped worker answers the first page within this of its load (ms). */
const WAKE_GOAL_MS = 150;
/** The goal's row in "Real pages in Chromium" (kept by this script, left alone by bench-browser). */
export const GOAL_ROW = '| a stopped worker answers the first page ≤ 150 ms |';
/** Worker marks, in the order a cold first page passes them (background/index.ts). */
const WORKER_STEPS = [
  ['gloss:worker-ready', 'worker script evaluated, listeners registered'],
  ['gloss:worker-loading', "the navigation's start reached the worker"],
  ['gloss:worker-navigation', "the page's load reached the worker"],
  ['gloss:worker-vocabulary', "the gate's vocabulary ready"],
  ['gloss:worker-inject', 'gate passed, probe injection asked'],
  [
    'gloss:worker-warmed',
    'engine warmed while the page loads (ADR 0024; no longer while injecting, ADR 0031)',
  ],
  ['gloss:worker-parser', 'page parser warmed while the page loads (ADR 0026)'],
  // The page's side of the injection (ADR 0048 round 22): the bench build's own measures in the probe.
  ['page:evaluate', "the probe's file began to run in the page (`gloss:evaluate`, the page's clock)"],
  [
    'page:asked',
    "the probe began to read the page and ask the worker (`gloss:probe`'s start, the page's clock)",
  ],
  ['gloss:worker-injected', 'probe injected (executeScript resolved)'],
  ['gloss:worker-probe', "the probe's message reached the worker"],
  ['gloss:worker-answer', 'the worker answered'],
  ['gloss:worker-early-reading', "a woken worker's reading made after its answer (ADR 0028)"],
];
/** The floor's worker: listeners only (what any extension woken by a navigation runs). */
const EMPTY_WORKER = `chrome.tabs.onUpdated.addListener((_id, change) => {
  if (change.status === 'complete' && !performance.getEntriesByName('gloss:worker-navigation').length)
    performance.mark('gloss:worker-navigation');
});
performance.mark('gloss:worker-ready');
`;

const quantile = (xs, q) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : Number.NaN;
};
const median = (xs) => quantile(xs, 0.5);
const max = (xs) => (xs.some(Number.isFinite) ? Math.max(...xs.filter(Number.isFinite)) : Number.NaN);
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
const sleep = (t) => new Promise((ok) => setTimeout(ok, t));

/** In the page: its navigation timing and when the worker's first answer came in (page clock, ms). */
function pageTimes() {
  const nav = performance.getEntriesByType('navigation')[0];
  const answer = performance.getEntriesByName('gloss:first-answer')[0];
  // The records placed on the page (`gloss:place`, in every bench build since ADR 0023): the highlights.
  const place = performance.getEntriesByName('gloss:place')[0];
  // The probe's file evaluated, and its message sent (the start of its round trip), in the bench build.
  const evaluate = performance.getEntriesByName('gloss:evaluate')[0];
  const asked = performance.getEntriesByName('gloss:probe')[0];
  return {
    evaluate: evaluate ? evaluate.startTime : Number.NaN,
    asked: asked ? asked.startTime : Number.NaN,
    origin: performance.timeOrigin,
    response: nav?.responseStart ?? Number.NaN,
    load: nav?.loadEventEnd || Number.NaN,
    answer: answer ? answer.startTime + answer.duration : Number.NaN,
    placed: place ? place.startTime + place.duration : Number.NaN,
  };
}

/** In the worker: its time origin, its `gloss:worker-*` marks, and whether it evaluated Dexie (ADR 0031). */
function workerTimes() {
  return {
    origin: performance.timeOrigin,
    dexie: globalThis[Symbol.for('Dexie')] !== undefined,
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('gloss:worker-'))
        .map((m) => [m.name, m.startTime]),
    ),
  };
}

/** Serves the seed and eval pages; under /late/ the same page with an image sent LATE_MS late. */
async function serve(pages) {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (path === '/late.gif') {
      setTimeout(() => {
        res.setHeader('content-type', 'image/gif');
        res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
      }, LATE_MS);
      return;
    }
    const late = path.startsWith('/late/');
    const page = byPath.get(late ? path.slice('/late'.length) : path);
    if (!page) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const html = String(page.html ?? readFileSync(page.file));
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      late ? html.replace(/<\/body>/i, '<img src="/late.gif" alt="" width="1" height="1"></body>') : html,
    );
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Chrome's reader document (ADR 0039): an offscreen page that outlives the worker. */
const READER_PATH = '/src/pages/reader/';

/**
 * A Chromium with `build`, and a control tab watching the worker's running status. `closeReader`:
 * each stop also closes the extension's reader document (as after a browser restart), so a wake
 * finds no other context of the extension alive.
 */
async function browserWith(build, { closeReader = false } = {}) {
  const browser = await startBareChromium(build);
  const { cdp, extensionId } = browser;
  const control = await openTab(cdp);
  let status = 'unknown';
  cdp.on(({ method, params }) => {
    if (method === 'ServiceWorker.workerVersionUpdated')
      for (const v of params.versions)
        if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable', {}, control.sessionId);
  const readers = async () =>
    (await cdp.send('Target.getTargets', {})).targetInfos.filter(
      (t) => t.url.startsWith(`chrome-extension://${extensionId}/`) && t.url.includes(READER_PATH),
    );
  let readerOpen = 0;
  let stops = 0;
  const stop = async () => {
    stops++;
    const open = await readers();
    if (open.length) readerOpen++;
    if (closeReader) for (const t of open) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    await cdp.send('ServiceWorker.stopAllWorkers', {}, control.sessionId);
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (status !== 'stopped') {
      if (Date.now() > deadline) throw new Error(`the worker did not stop (status: ${status})`);
      await sleep(20);
    }
  };
  return { ...browser, stop, status: () => status, readerCount: () => ({ open: readerOpen, stops }) };
}

/**
 * One navigation in a tab opened beforehand; `cold`: the worker is stopped first. `answer`: wait for
 * the probe's answer (Gloss), else for the worker's note of the load (the empty worker).
 */
async function run(b, url, { cold, answer = true }) {
  const tab = await openTab(b.cdp);
  try {
    await sleep(300); // the new tab's own events are over before the worker is stopped
    if (cold) await b.stop();
    const stopped = b.status() === 'stopped';
    await tab.navigate(url);
    const deadline = Date.now() + ANSWER_TIMEOUT_MS;
    let p = await tab.evaluate(pageTimes);
    let w = null;
    let answered = Number.POSITIVE_INFINITY;
    for (;;) {
      if (answer && Number.isFinite(p.answer) && Number.isFinite(p.load)) {
        // Then the highlights (a page may have none: give up on them after PLACE_WAIT_MS).
        answered = Math.min(answered, Date.now());
        if (Number.isFinite(p.placed) || Date.now() - answered > PLACE_WAIT_MS) break;
      }
      if (!answer) {
        w = await evaluateInWorker(b.cdp, b.extensionId, workerTimes);
        if (w?.marks['gloss:worker-navigation'] !== undefined && Number.isFinite(p.load)) break;
      }
      if (Date.now() > deadline) throw new Error(`no answer on ${url}`);
      await sleep(25);
      p = await tab.evaluate(pageTimes);
    }
    if (answer && cold) w = await evaluateInWorker(b.cdp, b.extensionId, workerTimes);
    // The worker's marks on the page's clock, from the navigation's response.
    const at = (t) => w.origin + t - (p.origin + p.response);
    const steps = w
      ? {
          origin: at(0),
          ...Object.fromEntries(Object.entries(w.marks).map(([k, t]) => [k, at(t)])),
          // The protocol returns a NaN as null: a measure the page did not make.
          'page:evaluate': typeof p.evaluate === 'number' ? p.evaluate - p.response : Number.NaN,
          'page:asked': typeof p.asked === 'number' ? p.asked - p.response : Number.NaN,
        }
      : null;
    // The empty worker's "answer": the page's load reached it (on the page's clock).
    const done = answer ? p.answer : steps['gloss:worker-navigation'] + p.response;
    return {
      stopped,
      fromLoad: done - p.load,
      // The protocol returns a NaN as null: no highlights placed (a page the engine found nothing on).
      placedFromLoad: answer && typeof p.placed === 'number' ? p.placed - p.load : Number.NaN,
      fromResponse: done - p.response,
      load: p.load - p.response,
      steps,
      dexie: w?.dexie ?? null,
    };
  } finally {
    await tab.close();
  }
}

/**
 * A cold wake under a Chrome trace (ADR 0031): the woken worker's own CPU time from its start to
 * its listeners and to its answer (the empty worker: to the load reaching it). Apart from the timed
 * runs, since tracing slows everything it records.
 */
async function tracedWake(b, url, { answer = true } = {}) {
  const tab = await openTab(b.cdp);
  const events = [];
  const off = b.cdp.on(({ method, params }) => {
    if (method === 'Tracing.dataCollected') events.push(...params.value);
  });
  try {
    await sleep(300);
    await b.stop();
    await b.cdp.send('Tracing.start', { categories: CPU_TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    await tab.navigate(url);
    const deadline = Date.now() + ANSWER_TIMEOUT_MS;
    for (;;) {
      const done = answer
        ? Number.isFinite((await tab.evaluate(pageTimes)).answer)
        : (await evaluateInWorker(b.cdp, b.extensionId, workerTimes))?.marks['gloss:worker-navigation'] !==
          undefined;
      if (done || Date.now() > deadline) break;
      await sleep(25);
    }
    const complete = new Promise((ok) => {
      const stop = b.cdp.on(({ method }) => {
        if (method === 'Tracing.tracingComplete') {
          stop();
          ok();
        }
      });
    });
    await b.cdp.send('Tracing.end');
    await complete;
    const end = answer ? 'gloss:worker-answer' : 'gloss:worker-navigation';
    const cpu = threadCpuAtMarks(events, ['gloss:worker-ready', 'gloss:worker-probe', end]);
    return {
      url,
      ready: cpu['gloss:worker-ready'],
      probe: cpu['gloss:worker-probe'],
      done: cpu[end],
      compile: moduleCompileCpu(events, 'gloss:worker-ready'),
    };
  } finally {
    off();
    await tab.close();
  }
}

/** Runs every kind `runs` times, alternating, over `urls` (pages the first gate lets through). */
async function wakeRuns(gloss, floor, baseline, origin, urls, runs) {
  const kinds = {
    cold: (u) => run(gloss, origin + u, { cold: true }),
    warm: (u) => run(gloss, origin + u, { cold: false }),
    floor: (u) => run(floor, origin + u, { cold: true, answer: false }),
    late: (u) => run(gloss, `${origin}/late${u}`, { cold: true }),
    ...(baseline
      ? {
          baselineCold: (u) => run(baseline, origin + u, { cold: true }),
          baselineLate: (u) => run(baseline, `${origin}/late${u}`, { cold: true }),
        }
      : {}),
  };
  // Untimed: each build's first start (install, the sweep of open tabs) is not a wake.
  await kinds.warm(urls[0]);
  if (baseline) await run(baseline, origin + urls[0], { cold: false });
  const out = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [kind, go] of Object.entries(kinds)) out[kind].push(await go(urls[i % urls.length]));
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  // The workers' CPU time, traced, alternating too (fewer rounds: each trace takes a few seconds).
  out.traced = { gloss: [], floor: [], baseline: [] };
  const rounds = Number(process.env.GLOSS_WAKE_TRACED_ROUNDS) || Math.max(4, Math.ceil(runs / 2));
  for (let i = 0; i < rounds; i++) {
    const u = origin + urls[i % urls.length];
    out.traced.gloss.push(await tracedWake(gloss, u));
    out.traced.floor.push(await tracedWake(floor, u, { answer: false }));
    if (baseline) out.traced.baseline.push(await tracedWake(baseline, u));
    process.stdout.write('t');
  }
  process.stdout.write('\n');
  // Each traced wake (its page, the CPU at its marks), for a page-by-page pairing (ADR 0048, round 20).
  if (process.env.GLOSS_WAKE_TRACED_JSON)
    writeFileSync(process.env.GLOSS_WAKE_TRACED_JSON, JSON.stringify(out.traced, null, 1));
  return out;
}

/**
 * This build against the baseline, round by round (the kinds alternate, so round i of each ran
 * back to back on the same page): the median of the differences and how often this build was earlier.
 */
function paired(after, before, key, label) {
  const d = after.map((x, i) => x[key] - (before[i]?.[key] ?? Number.NaN)).filter(Number.isFinite);
  const earlier = d.filter((x) => x < 0).length;
  return `Paired, this build − before, ${label}: median ${d.length ? `${median(d) >= 0 ? '+' : ''}${median(d).toFixed(1)} ms` : '–'}, earlier in ${earlier} of ${d.length} rounds.`;
}

/** A row of the traced workers' CPU times. */
function cpuRow(label, list) {
  const ready = list.map((x) => x.ready).filter(Number.isFinite);
  const done = list.map((x) => x.done).filter(Number.isFinite);
  return `| ${label} | ${done.length} | ${ms(median(ready))} | ${ms(median(done))} | ${ms(max(done))} |`;
}

/**
 * The traced wakes' CPU for compiling the worker's modules (ADR 0033), as medians per file (the
 * chunk's hash left out, so two builds compare) and of the total.
 */
function compileLine(list) {
  const files = new Map();
  for (const x of list)
    for (const [f, v] of Object.entries(x.compile ?? {})) {
      const name = f.replace(/-[\w-]{8}\.js$/, '.js');
      files.set(name, [...(files.get(name) ?? []), v]);
    }
  const total = list.map((x) => Object.values(x.compile ?? {}).reduce((a, v) => a + v, 0));
  const parts = [...files]
    .map(([f, xs]) => [f, median(xs)])
    .sort((a, b) => b[1] - a[1])
    .filter(([, v]) => v >= 0.5)
    .map(([f, v]) => `${f} ${ms(v)}`);
  return `${ms(median(total))} (${parts.join(', ')}${parts.length ? ', ' : ''}others under 0.5 ms each)`;
}

/** This build's worker CPU against the baseline's, round by round. */
function pairedCpu(after, before) {
  const d = (key) => after.map((x, i) => x[key] - (before[i]?.[key] ?? Number.NaN)).filter(Number.isFinite);
  const line = (key, label) => {
    const xs = d(key);
    return `${label}: median ${xs.length ? `${median(xs) >= 0 ? '+' : ''}${median(xs).toFixed(1)} ms` : '–'}, less in ${xs.filter((x) => x < 0).length} of ${xs.length}`;
  };
  return `Paired CPU, this build − before: ${line('ready', 'to listeners registered')}; ${line('done', 'to the answer')}.`;
}

/**
 * From the worker's injection to the page's answer, run by run (ADR 0048 round 22): the browser's part
 * (asked → the probe's file runs), the page's (reading it and sending), the message's way to the worker,
 * the worker's answer and its way back; medians of each run's own differences.
 */
function spans(cold) {
  const part = (from, to) =>
    ms(median(cold.map((x) => (to === 'answer' ? x.fromResponse : x.steps[to]) - x.steps[from])));
  return `The gate's injection to the page's answer, step by step (median of each cold run's own difference): the worker asked → the probe's file began to run in the page ${part('gloss:worker-inject', 'page:evaluate')}; → it began to read the page and ask ${part('page:evaluate', 'page:asked')}; → its message reached the worker ${part('page:asked', 'gloss:worker-probe')}; → the worker answered ${part('gloss:worker-probe', 'gloss:worker-answer')}; → the page had the answer ${part('gloss:worker-answer', 'answer')}.`;
}

/** The doc's section and the goal's row for `r` (rows by kind). */
function report(r, pages, baselineName) {
  // Runs without the value (no highlights on a page the gate let through but the engine found nothing on) are left out.
  const row = (label, list, key) => {
    const xs = list.map((x) => x[key]).filter(Number.isFinite);
    return `| ${label} | ${xs.length} | ${ms(median(xs))} | ${ms(max(xs))} |`;
  };
  const steps = r.cold.filter((x) => x.steps);
  const stepRow = ([name, label]) => {
    const at = steps.map((x) => x.steps[name]);
    return `| ${label} | ${ms(median(at))} | ${ms(max(at))} |`;
  };
  const stopped = [...r.cold, ...r.floor, ...r.late].filter((x) => x.stopped).length;
  const colds = r.cold.length + r.floor.length + r.late.length;
  const coldLoad = r.cold.map((x) => x.fromLoad);
  const lateLoad = r.late.map((x) => x.fromLoad);
  const floorLoad = r.floor.map((x) => x.fromLoad);
  const ratio = median(coldLoad) / median(r.warm.map((x) => x.fromLoad));
  const met = (xs) => (max(xs) <= WAKE_GOAL_MS ? 'met' : '**not met**');
  const section = `## A stopped worker's first answer

Run with \`npm run bench:wake\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end; the machine is shared), headless Chromium driven over the bare DevTools protocol (nothing attaches to the worker: Playwright pauses every new worker until it has set it up), the bench build. Pages the first gate lets through (${pages}), served on 127.0.0.1, opened in a tab made before the worker is stopped, so only the navigation wakes it; the kinds alternate, ${r.cold.length} runs each. Cold: the worker stopped (\`ServiceWorker.stopAllWorkers\`, then waiting until the browser reports it stopped: ${stopped} of ${colds} cold runs were). Warm: left running. Floor: the same cold navigation in a second Chromium whose worker is empty (one \`tabs.onUpdated\` listener): its "answer" is when the page's load reached it, what waking any worker costs here. Late page: the same page with one image the server sends ${LATE_MS} ms late, so its load comes as late as a page's from the network does. "Answer" is when the probe has the worker's reply, on the page's clock; the response is when the browser commits the navigation. Since ADR 0026 the answer to a page with terms carries the worker's reading of the page (its parse, Readability and the engine); since ADR 0028 a woken worker whose page parser is not evaluated yet answers from the page's text alone and reads the document right after, for the feature's \`page/parse\`: "the highlights placed" (the end of \`gloss:place\`) is the time the reader sees, measured the same way in both builds. Since ADR 0031 a woken worker warms the engine only while its page still loads, never while the probe is injected. Since ADR 0033 the answer asks only whether the engine would find any record (the claims engine runs only when the page's terms alone do not decide it; the reading, after the answer, runs it all), the bundled base's gate vocabulary comes with the build, and the message schemas are built on first use. Since ADR 0039 Chrome's worker carries no HTML parser (linkedom, ~350 KB of its script, is gone): it reads pages through its offscreen reader document, and the page parser "warmed" while a page loads means that document opened.

| run | n | median | max |
|---|---|---|---|
${row("cold: the page's load event → answer (goal ≤ 150 ms)", r.cold, 'fromLoad')}
${row("cold: the navigation's response → answer", r.cold, 'fromResponse')}
${row("cold: the page's load event → the highlights placed", r.cold, 'placedFromLoad')}
${row("warm: the page's load event → answer", r.warm, 'fromLoad')}
${row("warm: the page's load event → the highlights placed", r.warm, 'placedFromLoad')}
${row("warm: the navigation's response → answer", r.warm, 'fromResponse')}
${row("floor, an empty worker: the page's load event → the worker has the load", r.floor, 'fromLoad')}
${row("floor: the navigation's response → the worker has the load", r.floor, 'fromResponse')}
${row(`late page (load ~${LATE_MS} ms later), cold: the page's load event → answer`, r.late, 'fromLoad')}
${row("late page, cold: the navigation's response → answer", r.late, 'fromResponse')}
${row("the page's own time: the navigation's response → its load event (cold runs)", r.cold, 'load')}
${
  r.baselineCold
    ? `${row(`before (${baselineName}), cold: the page's load event → answer`, r.baselineCold, 'fromLoad')}
${row(`before, cold: the navigation's response → answer`, r.baselineCold, 'fromResponse')}
${row(`before, cold: the page's load event → the highlights placed`, r.baselineCold, 'placedFromLoad')}
${row(`before, late page, cold: the page's load event → answer`, r.baselineLate, 'fromLoad')}
`
    : ''
}
${r.baselineCold ? `${paired(r.cold, r.baselineCold, 'fromLoad', "cold: the page's load event → answer")}\n${paired(r.cold, r.baselineCold, 'placedFromLoad', "cold: the page's load event → the highlights placed")}\n${paired(r.late, r.baselineLate, 'fromLoad', "late page, cold: the page's load event → answer")}\n\n` : ''}${r.reader ? `Chrome's reader document (ADR 0039, an offscreen page that outlives the worker) was open before ${r.reader.open} of ${r.reader.stops} stops of this build's worker${r.reader.closed ? ', and closed at each (`--close-reader`: every wake of this build, timed or traced, found no other context of the extension alive)' : " and left open (it closes itself after 5 minutes without a read; a wake within a reading session finds it, and the extension's process, alive)"}.\n\n` : ''}Dexie evaluated by the woken worker (the reader has no pack): ${r.cold.filter((x) => x.dexie === true).length} of ${r.cold.filter((x) => x.dexie !== null).length} cold wakes${r.baselineCold ? ` (before: ${r.baselineCold.filter((x) => x.dexie === true).length} of ${r.baselineCold.filter((x) => x.dexie !== null).length})` : ''}.

The woken worker's own **CPU time** (a Chrome trace of ${r.traced.gloss.length} more cold wakes of each, alternating; the worker thread's CPU clock from its first event, so time it waited for a core is not counted; tracing slows every side alike):

| worker | n | its start → listeners registered, median | its start → the answer (empty worker: → the load reached it), median | max |
|---|---|---|---|---|
${cpuRow('Gloss (this build)', r.traced.gloss)}
${r.baselineCold ? `${cpuRow(`before (${baselineName})`, r.traced.baseline)}\n` : ''}${cpuRow('floor: the empty worker', r.traced.floor)}

Of that, compiling the worker's scripts before its first line runs (\`v8.compileModule\`, or \`v8.compile\` of a classic worker's script, CPU, median of the traced wakes; Chrome keeps no code cache for an extension's module worker, ADR 0033, and uses one for a classic worker's script, ADR 0048 round 19): this build ${compileLine(r.traced.gloss)}${r.baselineCold ? `; before ${compileLine(r.traced.baseline)}` : ''}.

${r.baselineCold ? `${pairedCpu(r.traced.gloss, r.traced.baseline)}\n\n` : ''}Cold / warm (medians, from the load event): ${ratio.toFixed(2)} ×. Cold minus the floor (medians, from the load event): ${ms(median(coldLoad) - median(floorLoad))}, Gloss's own part of a cold first answer.

Where a cold first answer's time goes: the woken worker's own marks (bench build), on the page's clock from the navigation's response (median and max over ${steps.length} cold runs; marks are made once per worker, so a step the run did not pass is absent).

| step | at, median | at, max |
|---|---|---|
| the worker's time origin (its start) | ${ms(median(steps.map((x) => x.steps.origin)))} | ${ms(max(steps.map((x) => x.steps.origin)))} |
${WORKER_STEPS.map(stepRow).join('\n')}
| the page's load event | ${ms(median(r.cold.map((x) => x.load)))} | ${ms(max(r.cold.map((x) => x.load)))} |
| the probe has the answer | ${ms(median(r.cold.map((x) => x.fromResponse)))} | ${ms(max(r.cold.map((x) => x.fromResponse)))} |

${spans(steps)}`;
  const goal = `${GOAL_ROW} \`npm run bench:wake\` (${r.cold.length} runs each; "A stopped worker's first answer"): the page's load event → the probe has the answer, after \`ServiceWorker.stopAllWorkers\`: median ${ms(median(coldLoad))}, max ${ms(max(coldLoad))} on a page that loads in ~${ms(median(r.cold.map((x) => x.load)))}, where an empty worker alone needs median ${ms(median(floorLoad))}, max ${ms(max(floorLoad))} to hear of the load; a page whose load comes ${LATE_MS} ms later: median ${ms(median(lateLoad))}, max ${ms(max(lateLoad))} (warm: median ${ms(median(r.warm.map((x) => x.fromLoad)))}) | fast page ${met(coldLoad)}; late page ${met(lateLoad)} |`;
  return { section, goal };
}

/** A copy of the bench build with an empty worker (removed by the caller). */
function floorBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-floor-'));
  cpSync(BENCH_BUILD, dir, { recursive: true });
  // The manifest's worker file: Gloss's classic script (ADR 0048 round 19), or a module loader before it.
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, manifest.background.service_worker), EMPTY_WORKER);
  return dir;
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--baseline');
  const baselineDir = at >= 0 ? args[at + 1] : null;
  if (at >= 0) args.splice(at, 2);
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 12);
  ensureBuild({ bench: true });
  ensureBrowsers();
  const pages = listPages(ROOT).filter((p) => p.group === 'seed' || p.group === 'eval');
  const chosen = pages.filter((p) => p.group === 'seed' || p.name.startsWith('b-')).slice(0, 6);
  const server = await serve(pages);
  const floorDir = floorBuild();
  const closeReader = args.includes('--close-reader');
  const a = await browserWith(BENCH_BUILD, { closeReader });
  const b = await browserWith(floorDir);
  const c = baselineDir ? await browserWith(baselineDir) : null;
  let rows;
  try {
    rows = await wakeRuns(
      a,
      b,
      c,
      server.origin,
      chosen.map((p) => p.path),
      runs,
    );
    rows.reader = { ...a.readerCount(), closed: closeReader };
  } finally {
    await a.close();
    await b.close();
    await c?.close();
    server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
  const { section, goal } = report(
    rows,
    `${chosen.length}: ${chosen.map((p) => p.name).join(', ')}`,
    process.env.GLOSS_BASELINE_NAME ?? baselineDir,
  );
  if (!args.includes('--no-write')) {
    writeSection("A stopped worker's first answer", section);
    replaceRow('Real pages in Chromium', GOAL_ROW, goal);
  }
  console.log(section);
  console.log(goal);
  if (args.includes('--raw')) console.log(JSON.stringify(rows, null, 1));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
