/**
 * The corpus run (`npm run corpus`, a slice in test/e2e/corpus.test.ts; docs/adr/0018): the built
 * extension over the real pages of ../shared/corpus/readability-pages in one browser, page after
 * page in one tab each. Per page: what Gloss annotated (the popup's `page/summary`), uncaught errors,
 * console errors and background reports from Gloss, long tasks, time, whether the document is
 * unchanged, and whether switching Gloss off for the site leaves nothing behind.
 *
 * Pages are served byte for byte on 127.0.0.1 with PAGE_CSP: the pages' own scripts do not run, so every DOM change, registered highlight and uncaught error is
 * Gloss's (and the run does not depend on what their scripts would fetch). The browser is offline:
 * every other request fails at once.
 */
import { existsSync, readdirSync, readFile } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserName, type GlossBrowser, launchBrowser } from './browsers';
import {
  type CorpusState,
  findTabByUrl,
  installCorpusProbe,
  readCorpusState,
  sendToTab,
  tabIdAt,
  writeSettings,
} from './corpus-probes';
import type { GlossPage } from './page';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS_DIR = join(REPO_ROOT, '../shared/corpus/readability-pages');
export const BASELINES_DIR = join(REPO_ROOT, 'test/fixtures/corpus-baselines');
/**
 * The page's own scripts never run, and it loads no frames (a blocked `javascript:` frame makes Firefox's
 * BiDi navigation fail); nothing else is restricted, so Gloss works as on any page.
 */
export const PAGE_CSP = "script-src 'none'; frame-src 'none'";
/** An extension page, opened once, from which the run talks to each tab as the popup does. */
const EXTENSION_PAGE = 'src/pages/options/index.html';
/** Gloss is taken as done when what it lists has not changed for this long (ms)… */
const QUIET_MS = 1_500;
/** …and gives up waiting after this long (ms). */
const MAX_WAIT_MS = 20_000;
const POLL_MS = 150;
const FIND_TAB_MS = 15_000;
/**
 * A page no content script answers for this long is one the worker's first gate skipped (ADR 0021):
 * nothing of Gloss runs there, so it lists nothing; its tab is found by URL and every other check runs.
 */
const SKIPPED_MS = 4_000;
/** How long switching Gloss off may take to clear a page (ms). */
const OFF_MS = 5_000;
const LONG_TASK_MS = 50;

/**
 * What the browser itself reports about a page whose scripts and frames are blocked and which is offline
 * (Firefox reports CSP violations, failed cross-origin font loads and refused `file:`/`blob:` URLs as page
 * errors), and about `file:`/`blob:` URLs in its markup: the page's, not Gloss's.
 */
const BROWSER_NOISE = [
  /^console\.error: Failed to load resource/,
  /^(pageerror|console\.error): .*\bviolates the following Content Security Policy directive\b/,
  /^(pageerror|console\.error): Content-Security-Policy: /,
  /^console\.error: Manifest fetch from \S+ failed/,
  /^console\.error: Not allowed to load local resource: (file|blob):/,
  /^pageerror: Security Error: Content at \S+ may not load (or link to|data from) (file|blob):/,
  /^pageerror: Cross-Origin Request Blocked: .*\(Reason: CORS request did not succeed\)/,
  /^pageerror: downloadable font: download failed /,
];

/** One line per annotation, as the baselines keep them: `kind factId verdict "quote"`. */
export type AnnotationLine = string;

export interface PageResult {
  readonly page: string;
  readonly annotations: readonly AnnotationLine[];
  /** Ranges registered with CSS.highlights once Gloss was done. */
  readonly highlightRanges: number;
  /** Uncaught errors in the page (its scripts are blocked, so Gloss's). */
  readonly exceptions: readonly string[];
  /** console.error in the page that is not the browser's own noise, and Gloss's background reports. */
  readonly glossErrors: readonly string[];
  /** Browser messages about blocked scripts and failed requests (the page's, not Gloss's). */
  readonly noise: number;
  readonly longTasks: readonly number[] | null;
  /**
   * ms: navigation until load, and load until what Gloss lists was first seen in its final form (an upper
   * bound: the tab is polled every 150 ms once found; 0 when it lists nothing).
   */
  readonly loadMs: number;
  readonly annotatedMs: number;
  /** The document after Gloss is done equals its DOMContentLoaded snapshot, with no mutation since. */
  readonly domUnchanged: boolean;
  /** After switching Gloss off: no highlight registered, no host, the document still unchanged. */
  readonly offClean: boolean;
  /** Why domUnchanged or offClean is false, or the page failed. */
  readonly problems: readonly string[];
}

export interface CorpusRun {
  readonly browser: BrowserName;
  readonly pages: readonly PageResult[];
  readonly seconds: number;
}

export const SEEDS_DIR = join(REPO_ROOT, 'test/fixtures/seeds');

export interface CorpusPage {
  /** The folder name in the corpus, or `seed-<name>` for a seed article. */
  readonly name: string;
  readonly file: string;
}

/**
 * The corpus pages (folders with a source.html), sorted, then the seed articles: the corpus is about
 * other things (Gloss finds nothing there), the seeds are where it annotates, so its highlights and
 * their removal when switched off are checked on real work too.
 */
export function listCorpusPages(dir = CORPUS_DIR): CorpusPage[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing (it comes with ../shared)`);
  const corpus = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({ name, file: join(dir, name, 'source.html') }));
  const seeds = readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ name: `seed-${name.replace(/\.html$/, '')}`, file: join(SEEDS_DIR, name) }));
  return [...corpus, ...seeds];
}

interface CorpusServer {
  readonly origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

/** Serves each page at `/<name>/` with PAGE_CSP; anything else is a 404. */
export async function startCorpusServer(pages: readonly CorpusPage[]): Promise<CorpusServer> {
  const files = new Map(pages.map((p) => [`/${p.name}/`, p.file]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files.get(path);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(file, (error, body) => {
      if (error) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      else
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': PAGE_CSP,
            'cache-control': 'no-store',
          })
          .end(body);
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

interface Summary {
  annotations: { kind: string; factId: string; verdict: string | null; quote: string }[];
}

function lines(summary: Summary | null): AnnotationLine[] {
  return (summary?.annotations ?? [])
    .map((a) => `${a.kind} ${a.factId} ${a.verdict ?? '-'} ${JSON.stringify(a.quote)}`)
    .sort();
}

/** One browser over `pages`; `onPage` is called after each (for progress). */
export async function runCorpus(
  name: BrowserName,
  distRoot: string,
  pages: readonly CorpusPage[],
  onPage: (result: PageResult) => void = () => undefined,
): Promise<CorpusRun> {
  const started = Date.now();
  const server = await startCorpusServer(pages);
  let browser: GlossBrowser | undefined;
  try {
    browser = await launchBrowser(name, distRoot, { offline: true });
    const ext = await browser.openExtensionPage(EXTENSION_PAGE);
    await ext.evaluate(writeSettings, null);
    const results: PageResult[] = [];
    for (const page of pages) {
      const result = await runPage(browser, ext, server.url(page.name), page.name).catch(
        (error: unknown): PageResult => failed(page.name, error),
      );
      results.push(result);
      onPage(result);
    }
    return { browser: name, pages: results, seconds: (Date.now() - started) / 1000 };
  } finally {
    await browser?.close();
    await server.close();
  }
}

function failed(page: string, error: unknown): PageResult {
  return {
    page,
    annotations: [],
    highlightRanges: 0,
    exceptions: [],
    glossErrors: [],
    noise: 0,
    longTasks: null,
    loadMs: 0,
    annotatedMs: 0,
    domUnchanged: false,
    offClean: false,
    problems: [`the run failed: ${String(error).split('\n')[0]}`],
  };
}

/** The page's tab, and whether a content script answers there (false: the gate skipped the page). */
async function findTab(ext: GlossPage, url: string): Promise<{ id: number; probed: boolean }> {
  const start = Date.now();
  for (;;) {
    const id = await ext.evaluate(findTabByUrl, url);
    if (id !== null) return { id, probed: true };
    if (Date.now() - start > SKIPPED_MS) {
      const skipped = await ext.evaluate(tabIdAt, url);
      if (skipped !== null) return { id: skipped, probed: false };
    }
    if (Date.now() - start > FIND_TAB_MS) throw new Error(`no tab shows ${url}`);
    await sleep(POLL_MS);
  }
}

async function summaryOf(ext: GlossPage, tabId: number): Promise<Summary | null> {
  const reply = (await ext.evaluate(sendToTab, [tabId, { gloss: 1, name: 'page/summary', payload: {} }] as [
    number,
    unknown,
  ])) as { ok?: boolean; value?: Summary | null } | undefined;
  if (!reply?.ok) throw new Error(`page/summary failed: ${JSON.stringify(reply)?.slice(0, 200)}`);
  return reply.value ?? null;
}

/**
 * Polls what Gloss lists until it has not changed for QUIET_MS; returns it and when (Date.now()) it was
 * first seen in its final form.
 */
async function settle(ext: GlossPage, tabId: number): Promise<{ lines: AnnotationLine[]; at: number }> {
  const start = Date.now();
  let last = lines(await summaryOf(ext, tabId));
  let changed = start;
  while (Date.now() - changed < QUIET_MS && Date.now() - start < MAX_WAIT_MS) {
    await sleep(POLL_MS);
    const now = lines(await summaryOf(ext, tabId));
    if (JSON.stringify(now) !== JSON.stringify(last)) {
      last = now;
      changed = Date.now();
    }
  }
  return { lines: last, at: changed };
}

function domProblems(state: CorpusState | null, when: string): string[] {
  if (!state) return [`${when}: the probe found no DOMContentLoaded snapshot`];
  const out: string[] = [];
  if (state.mutations > 0)
    out.push(`${when}: ${state.mutations} DOM mutations (${state.samples.join('; ')})`);
  if (!state.sameHtml) out.push(`${when}: document changed ${state.diff}`);
  if (!state.sameText) out.push(`${when}: text changed`);
  if (state.hosts > 0) out.push(`${when}: ${state.hosts} gloss-root in the document`);
  if (state.adoptedSheets > 0) out.push(`${when}: ${state.adoptedSheets} adopted style sheets`);
  return out;
}

async function runPage(
  browser: GlossBrowser,
  ext: GlossPage,
  url: string,
  name: string,
): Promise<PageResult> {
  const reportsBefore = browser.backgroundErrors.length;
  const t0 = Date.now();
  const page = await browser.newPage(url, { init: installCorpusProbe });
  const loaded = Date.now();
  try {
    await page.bringToFront();
    const { id: tabId, probed } = await findTab(ext, url);
    const summary = (id: number) => (probed ? summaryOf(ext, id) : Promise.resolve(null));
    const { lines: annotations, at } = probed ? await settle(ext, tabId) : { lines: [], at: Date.now() };
    const after = await page.evaluate(readCorpusState);
    const problems = domProblems(after, 'annotated');
    if (after && after.highlightRanges === 0 && annotations.length > 0)
      problems.push('annotations listed but no highlight registered');
    // Off for this site: everything Gloss put on the page must go, and the document stay as it was.
    await ext.evaluate(writeSettings, { disabledSites: ['127.0.0.1'] });
    let off = await page.evaluate(readCorpusState);
    const deadline = Date.now() + OFF_MS;
    while (off && (off.highlightNames.length > 0 || off.hosts > 0) && Date.now() < deadline) {
      await sleep(POLL_MS);
      off = await page.evaluate(readCorpusState);
    }
    const offProblems = domProblems(off, 'switched off');
    if (off && off.highlightNames.length > 0)
      offProblems.push(`switched off: highlights still registered (${off.highlightNames.join(', ')})`);
    const offSummary = lines(await summary(tabId));
    if (offSummary.length > 0)
      offProblems.push(`switched off: page/summary still lists ${offSummary.length}`);
    await ext.evaluate(writeSettings, null);
    const isNoise = (e: string) => BROWSER_NOISE.some((re) => re.test(e));
    const noise = page.consoleErrors.filter(isNoise);
    const exceptions = page.consoleErrors.filter((e) => e.startsWith('pageerror') && !isNoise(e));
    const logged = page.consoleErrors.filter((e) => !e.startsWith('pageerror') && !isNoise(e));
    return {
      page: name,
      annotations,
      highlightRanges: after?.highlightRanges ?? 0,
      exceptions,
      glossErrors: [...logged, ...browser.backgroundErrors.slice(reportsBefore)],
      noise: noise.length,
      longTasks: after?.longTasks?.filter((d) => d >= LONG_TASK_MS) ?? null,
      loadMs: loaded - t0,
      annotatedMs: annotations.length ? Math.max(0, at - loaded) : 0,
      domUnchanged: problems.length === 0,
      offClean: offProblems.length === 0,
      problems: [...problems, ...offProblems],
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The committed baseline of one browser: page → annotation lines (`{}` when there is none yet). */
export type Baseline = Record<string, AnnotationLine[]>;

export function baselineFile(name: BrowserName): string {
  return join(BASELINES_DIR, `${name}.json`);
}

/** Pages whose annotations differ from `baseline`, with what was added and what went missing. */
export function compareWithBaseline(
  run: CorpusRun,
  baseline: Baseline,
): { page: string; added: string[]; missing: string[] }[] {
  const out: { page: string; added: string[]; missing: string[] }[] = [];
  for (const r of run.pages) {
    const expected = baseline[r.page];
    if (!expected) {
      out.push({ page: r.page, added: [...r.annotations], missing: ['(no baseline for this page)'] });
      continue;
    }
    const added = r.annotations.filter((a) => !expected.includes(a));
    const missing = expected.filter((a) => !r.annotations.includes(a));
    if (added.length || missing.length || expected.length !== r.annotations.length)
      out.push({ page: r.page, added, missing });
  }
  return out;
}

/** What `run` annotated, as a baseline. */
export function baselineOf(run: CorpusRun): Baseline {
  return Object.fromEntries(run.pages.map((r) => [r.page, [...r.annotations]]));
}

/** A baseline file's content: pages sorted, one annotation line each. */
export function baselineText(baseline: Baseline): string {
  const entries = Object.entries(baseline).sort(([a], [b]) => a.localeCompare(b, 'en'));
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}
