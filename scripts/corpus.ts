/**
 * `npm run corpus [-- --update-baselines] [--browser chromium|firefox] [--pages a,b] [--no-build]`:
 * the production builds (dist/chrome, dist/firefox; rebuilt first unless --no-build) over the real
 * pages of ../shared/corpus/readability-pages in Chromium and Firefox (test/support/corpus.ts,
 * docs/adr/0018). Compares what Gloss annotated with test/fixtures/corpus-baselines/<browser>.json
 * (`--update-baselines` rewrites them: commit that on its own), writes the "## Real pages in both
 * browsers" section of docs/benchmarks.md on a full run, and exits non-zero on any exception, error
 * from Gloss, changed document, leftover after switching off or difference from the baseline. Every
 * page's record is kept in test-results/corpus/<browser>.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BrowserName } from '../test/support/browsers';
import {
  type Baseline,
  baselineFile,
  baselineOf,
  baselineText,
  type CorpusRun,
  compareWithBaseline,
  listCorpusPages,
  PAGE_CSP,
  runCorpus,
} from '../test/support/corpus';
import { writeSection } from './bench-doc.mjs';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SECTION = 'Real pages in both browsers';
/** Every page's record, per browser (gitignored). */
const REPORT_DIR = join(ROOT, 'test-results/corpus');

interface Options {
  update: boolean;
  browsers: BrowserName[];
  pages: string[] | null;
  build: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { update: false, browsers: ['chromium', 'firefox'], pages: null, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--update-baselines') options.update = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--browser') {
      const b = argv[++i];
      if (b !== 'chromium' && b !== 'firefox') throw new Error('--browser takes chromium or firefox');
      options.browsers = [b];
    } else if (arg === '--pages') options.pages = (argv[++i] ?? '').split(',').filter(Boolean);
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

function readBaseline(name: BrowserName): Baseline {
  try {
    return JSON.parse(readFileSync(baselineFile(name), 'utf8')) as Baseline;
  } catch {
    return {};
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};

function row(run: CorpusRun, differing: number): string {
  const p = run.pages;
  const annotated = p.filter((r) => r.annotations.length > 0);
  const withLong = p.filter((r) => (r.longTasks?.length ?? 0) > 0);
  const longest = Math.max(0, ...p.flatMap((r) => r.longTasks ?? []));
  const long = p.every((r) => r.longTasks === null)
    ? 'n/a (no Long Tasks API)'
    : `${withLong.length} pages${withLong.length ? `, longest ${longest} ms` : ''}`;
  return `| ${run.browser} | ${p.length} | ${annotated.length} (${p.reduce((n, r) => n + r.annotations.length, 0)} annotations) | ${p.reduce((n, r) => n + r.exceptions.length, 0)} | ${p.reduce((n, r) => n + r.glossErrors.length, 0)} | ${p.reduce((n, r) => n + r.noise, 0)} | ${p.filter((r) => r.domUnchanged).length} / ${p.length} | ${p.filter((r) => r.offClean).length} / ${p.length} | ${p.length - differing} / ${p.length} | ${long} | ${run.seconds.toFixed(0)} s (median ${median(p.map((r) => r.loadMs))} ms to load, ${annotated.length ? `${median(annotated.map((r) => r.annotatedMs))} ms` : '–'} more to annotate) |`;
}

function section(runs: { run: CorpusRun; differing: number }[]): string {
  const problems = runs.flatMap(({ run }) =>
    run.pages
      .filter((r) => r.problems.length || r.exceptions.length || r.glossErrors.length)
      .map(
        (r) => `- ${run.browser} ${r.page}: ${[...r.problems, ...r.exceptions, ...r.glossErrors].join('; ')}`,
      ),
  );
  const longTasks = runs.flatMap(({ run }) =>
    run.pages
      .filter((r) => r.longTasks?.length)
      .map((r) => `${r.page} (${r.longTasks?.map((d) => `${d} ms`).join(', ')})`),
  );
  const annotated = runs.flatMap(({ run }) =>
    run.pages
      .filter((r) => r.annotations.length)
      .map((r) => `${run.browser} ${r.page} (${r.annotations.length})`),
  );
  return `## ${SECTION}

Run with \`npm run corpus\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores). The production builds over the pages of \`../shared/corpus/readability-pages\` and the two seed articles (the corpus is about other things; the seeds are where Gloss annotates) in headless Chromium and Firefox (one browser each, one tab per page, in turn), served byte for byte on 127.0.0.1 with \`Content-Security-Policy: ${PAGE_CSP}\` (the pages' own scripts and frames do not run, so every change is Gloss's) and every other request failing at once (docs/adr/0018). Per page: what Gloss lists in \`page/summary\` once it has not changed for 1.5 s, compared with \`test/fixtures/corpus-baselines/\`; uncaught errors and \`console.error\` in the page, plus what Gloss's background reported, apart from the browser's own messages about the page (its blocked scripts and frames, failed loads, refused \`file:\` and \`blob:\` URLs), which have their own column; the document (\`documentElement.outerHTML\`, \`body.textContent\`) against its snapshot at DOMContentLoaded and a MutationObserver from then on, with nothing excluded; then Gloss switched off for the site: no highlight registered, no \`gloss-root\`, the document still unchanged. Long tasks: \`longtask\` entries after DOMContentLoaded (Chromium only). Time: the whole run, and per page the median from navigation to \`load\` and, where Gloss annotated, from \`load\` to its last change.

| browser | pages | annotated | exceptions | console errors from Gloss | the browser's messages about the page | DOM unchanged | off leaves nothing | equal to baseline | long tasks ≥ 50 ms | time |
|---|---|---|---|---|---|---|---|---|---|---|
${runs.map(({ run, differing }) => row(run, differing)).join('\n')}

Pages Gloss annotated: ${annotated.length ? annotated.join(', ') : 'none'}. Long tasks (Chromium): ${longTasks.length ? longTasks.join(', ') : 'none'}.${problems.length ? `\n\nProblems:\n\n${problems.slice(0, 40).join('\n')}` : ''}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) {
    console.log('Building the extension (npm run build)…');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})`);
  }
  const all = listCorpusPages();
  const pages = options.pages ? all.filter((p) => options.pages?.includes(p.name)) : all;
  const unknown = (options.pages ?? []).filter((name) => !all.some((p) => p.name === name));
  if (unknown.length) throw new Error(`not in the corpus: ${unknown.join(', ')}`);
  const runs: { run: CorpusRun; differing: number }[] = [];
  let failed = false;
  for (const name of options.browsers) {
    process.stdout.write(`${name}: `);
    const run = await runCorpus(name, DIST, pages, (r) =>
      process.stdout.write(r.problems.length || r.exceptions.length || r.glossErrors.length ? '!' : '.'),
    );
    process.stdout.write(` ${run.seconds.toFixed(0)} s\n`);
    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(join(REPORT_DIR, `${name}.json`), `${JSON.stringify(run, null, 2)}\n`);
    const baseline = readBaseline(name);
    const diff = compareWithBaseline(run, baseline);
    if (options.update) {
      writeFileSync(baselineFile(name), baselineText({ ...baseline, ...baselineOf(run) }));
      console.log(`${name}: baseline written (${diff.length} pages changed)`);
    } else {
      for (const d of diff)
        console.log(
          `${name} ${d.page} differs from the baseline:\n  + ${d.added.join('\n  + ')}\n  - ${d.missing.join('\n  - ')}`,
        );
    }
    runs.push({ run, differing: options.update ? 0 : diff.length });
    for (const r of run.pages) {
      for (const line of [...r.problems, ...r.exceptions, ...r.glossErrors])
        console.log(`${name} ${r.page}: ${line}`);
      if (r.problems.length || r.exceptions.length || r.glossErrors.length) failed = true;
    }
    if (!options.update && diff.length) failed = true;
  }
  const text = section(runs);
  if (!options.pages && options.browsers.length === 2) writeSection(SECTION, text);
  console.log(`\n${text}`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
