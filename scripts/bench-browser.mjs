#!/usr/bin/env node
/**
 * `npm run bench:browser`: the built extension on the 130 real pages of
 * ../shared/corpus/readability-pages, in headless Chromium. For each page: the content
 * script's own User Timing measures (gloss:annotate, with gloss:parse, gloss:match,
 * gloss:highlight inside it), how many highlights it registered, and any error thrown from
 * the extension's code into the page. External requests are blocked (the pages are served
 * on 127.0.0.1). Writes the "## Real pages in Chromium" section of docs/benchmarks.md.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { writeSection } from './bench-doc.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { ensureBuild, ROOT } from './screenshots/chromium.mjs';

const CORPUS = join(ROOT, '../shared/corpus/readability-pages');
const BUILD = join(ROOT, 'dist/chrome');
const SETTLE_MS = 400;

const quantile = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const ms = (v) => `${v.toFixed(1)} ms`;

async function main() {
  if (!existsSync(CORPUS)) throw new Error(`${CORPUS} is missing (it comes with ../shared)`);
  ensureBuild();
  const { chromium: executablePath } = ensureBrowsers();
  const server = createServer((req, res) => {
    try {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      if (path.includes('..')) throw new Error('no');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(readFileSync(join(CORPUS, path)));
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${BUILD}`,
      `--load-extension=${BUILD}`,
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  const rows = [];
  const errors = [];
  try {
    await ctx.route(
      (url) => !url.href.startsWith(origin),
      (route) => route.abort(),
    );
    const page = await ctx.newPage();
    let current = '';
    page.on('pageerror', (e) => {
      if (/chrome-extension:/.test(e.stack ?? '')) errors.push(`${current}: ${e.message}`);
    });
    for (const name of readdirSync(CORPUS).sort()) {
      if (!existsSync(join(CORPUS, name, 'source.html'))) continue;
      current = name;
      try {
        await page.goto(`${origin}/${name}/source.html`, { waitUntil: 'load', timeout: 20_000 });
      } catch (e) {
        rows.push({ name, failed: String(e).split('\n')[0] });
        continue;
      }
      await page.waitForTimeout(SETTLE_MS);
      rows.push({
        name,
        ...(await page.evaluate(() => {
          const last = (n) => performance.getEntriesByName(n).at(-1)?.duration ?? null;
          let highlights = 0;
          for (const key of CSS.highlights.keys())
            if (key.startsWith('gloss-')) highlights += CSS.highlights.get(key).size;
          return {
            annotate: last('gloss:annotate'),
            parse: last('gloss:parse'),
            match: last('gloss:match'),
            highlight: last('gloss:highlight'),
            highlights,
          };
        })),
      });
    }
  } finally {
    await ctx.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const measured = rows.filter((r) => typeof r.annotate === 'number');
  const col = (k) => measured.map((r) => r[k] ?? 0).sort((a, b) => a - b);
  const line = (label, k) => {
    const xs = col(k);
    return `| ${label} | ${ms(quantile(xs, 0.5))} | ${ms(quantile(xs, 0.95))} | ${ms(xs.at(-1) ?? 0)} |`;
  };
  const slow = [...measured].sort((a, b) => b.annotate - a.annotate).slice(0, 3);
  const section = `## Real pages in Chromium

Run with \`npm run bench:browser\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), headless Chromium, the built extension, ${rows.length} pages of \`../shared/corpus/readability-pages\` served on 127.0.0.1 (external requests blocked). Times are the content script's own User Timing measures. ${measured.length} pages were annotated; the others are not probably-readerable, so Gloss stops before parsing.

| measure (per page) | median | p95 | max |
|---|---|---|---|
${line('gloss:annotate (all of it)', 'annotate')}
${line('gloss:parse (clone + Readability)', 'parse')}
${line('gloss:match (engine: terms and claims)', 'match')}
${line('gloss:highlight (ranges registered)', 'highlight')}

Pages with highlights: ${rows.filter((r) => r.highlights > 0).length} (this corpus has no India–China coverage: these are mostly "Trump" in US news and "Kazan" the city). Errors thrown from Gloss's code into a page: **${errors.length}**${errors.length ? ` (${errors.slice(0, 5).join('; ')})` : ''}. Slowest: ${slow.map((r) => `${r.name} ${ms(r.annotate)}`).join(', ')}.${
    rows.some((r) => r.failed)
      ? ` Pages that failed to load: ${rows
          .filter((r) => r.failed)
          .map((r) => r.name)
          .join(', ')}.`
      : ''
  }`;
  writeSection('Real pages in Chromium', section);
  console.log(section);
  if (errors.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
