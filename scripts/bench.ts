/**
 * `npm run bench`: measures the engine and writes docs/benchmarks.md.
 *
 * 1. Scan throughput of the matcher (MB/s of article text).
 * 2. Scan time with 10 000 aliases versus 100 (the automaton's cost must not grow with
 *    the number of aliases; goal ≤ 1.3×).
 * 3. Index build time and size (the real fact base, and 10 000 synthetic aliases).
 * 4. Per page of ../shared/corpus/readability-pages: Readability's parse alone versus the
 *    engine after it (text flattening, terms, claims); goal: the engine adds ≤ 20 %.
 * Timings are medians of repeated runs; the machine is noted in the report.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { annotateText } from '../src/core/annotate';
import type { Fact } from '../src/core/facts/schema';
import { compileMatcher, Matcher } from '../src/core/match/terms';
import { buildTextIndex } from '../src/dom/text-index';
import { loadFactBase } from './vite/fact-base-plugin';

const ROOT = new URL('..', import.meta.url).pathname;
const CORPUS = join(ROOT, '../shared/corpus/readability-pages');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void, runs = 7): number {
  fn(); // warm up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

/** Deterministic pseudo-random words (no Math.random: runs are comparable). */
function syntheticFacts(n: number): Fact[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const word = () =>
    Array.from({ length: 4 + Math.floor(rnd() * 6) }, () =>
      String.fromCharCode(97 + Math.floor(rnd() * 26)),
    ).join('');
  return Array.from({ length: n }, (_, i) => ({
    id: `topic.synthetic-${i}`,
    kind: 'topic' as const,
    title: `Synthetic ${i}`,
    summary: 'x',
    aliases: [{ text: rnd() < 0.5 ? word() : `${word()} ${word()}` }],
    confidence: 'confirmed' as const,
    sources: [{ url: 'https://example.org/', publisher: 'x' }],
    asOf: '2026-11-22',
  }));
}

const base = loadFactBase(join(ROOT, 'src/data'));
const facts = [...base.facts.values()];
const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

say('# Benchmarks');
say();
say(
  `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}. Medians of repeated runs.`,
);
say();

// Article-like text: the seed articles and corpus pages' text, repeated to ~5 MB.
const seedText = ['coverage-a', 'coverage-b']
  .map((s) => readFileSync(join(ROOT, `test/fixtures/seeds/${s}.txt`), 'utf8'))
  .join('\n');
let big = '';
while (big.length < 5_000_000) big += `${seedText}\n`;
const mb = Buffer.byteLength(big) / 1e6;

// 1 + 3: the real index.
let realIndex = compileMatcher(facts);
const buildMs = time(() => {
  realIndex = compileMatcher(facts);
}, 5);
const real = new Matcher(realIndex);
const scanMs = time(() => real.analyze(big), 5);
say('## Matcher');
say();
say('| measure | value |');
say('|---|---|');
say(
  `| fact base | ${facts.length} facts, ${realIndex.terms.length} aliases, ${realIndex.automaton.fail.length} automaton states |`,
);
say(`| index build (compile) | ${buildMs.toFixed(1)} ms |`);
say(`| index size (JSON) | ${(JSON.stringify(realIndex).length / 1024).toFixed(1)} KiB |`);
say(
  `| scan throughput (terms + phrase positions, ${mb.toFixed(1)} MB of news text) | ${(mb / (scanMs / 1000)).toFixed(1)} MB/s |`,
);

// 2: 10 000 versus 100 aliases, same text, same real aliases mixed in.
const small = new Matcher(compileMatcher([...facts, ...syntheticFacts(100)]));
let bigIndex = compileMatcher([...facts, ...syntheticFacts(10_000)]);
const bigBuildMs = time(() => {
  bigIndex = compileMatcher([...facts, ...syntheticFacts(10_000)]);
}, 3);
const large = new Matcher(bigIndex);
const t100 = time(() => small.analyze(big), 5);
const t10k = time(() => large.analyze(big), 5);
say(`| scan with +100 aliases | ${t100.toFixed(0)} ms |`);
say(`| scan with +10 000 aliases | ${t10k.toFixed(0)} ms |`);
say(`| **ratio 10 000 / 100 aliases** (goal ≤ 1.3×) | **${(t10k / t100).toFixed(2)}×** |`);
say(
  `| index build, +10 000 aliases | ${bigBuildMs.toFixed(0)} ms, ${(JSON.stringify(bigIndex).length / 1024).toFixed(0)} KiB |`,
);
say();

// 4: the corpus.
if (!existsSync(CORPUS)) {
  say(`## Corpus\n\nSkipped: ${CORPUS} is not present (it comes with ../shared).`);
} else {
  const rows: { page: string; parse: number; engine: number; annotations: number; chars: number }[] = [];
  for (const page of readdirSync(CORPUS).sort()) {
    const file = join(CORPUS, page, 'source.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const vc = new VirtualConsole();
    let parseMs = 0;
    let engineMs = 0;
    let count = 0;
    let chars = 0;
    const runs = 3;
    const parses: number[] = [];
    const engines: number[] = [];
    for (let r = 0; r < runs; r++) {
      const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: vc });
      const t0 = performance.now();
      const parsed = new Readability<Node>(dom.window.document, { serializer: (n) => n }).parse();
      const t1 = performance.now();
      if (parsed?.content) {
        const index = buildTextIndex(parsed.content);
        const anns = annotateText(index.text, {
          matcher: real,
          factById: base.factById,
          published: parsed.publishedTime ?? null,
        });
        count = anns.length;
        chars = index.text.length;
      }
      const t2 = performance.now();
      parses.push(t1 - t0);
      engines.push(t2 - t1);
      dom.window.close();
    }
    parseMs = median(parses);
    engineMs = median(engines);
    rows.push({ page, parse: parseMs, engine: engineMs, annotations: count, chars });
  }
  const sum = (k: 'parse' | 'engine') => rows.reduce((a, r) => a + r[k], 0);
  const ratios = rows.filter((r) => r.parse > 0).map((r) => r.engine / r.parse);
  say('## Annotating real pages');
  say();
  say(
    `${rows.length} pages from \`../shared/corpus/readability-pages\` (Mozilla Readability's test pages), in jsdom. "Parse" is \`Readability.parse()\` alone; "engine" is everything Gloss adds after it: flattening the article to text, matching terms, checking claims.`,
  );
  say();
  say('| measure | value |');
  say('|---|---|');
  say(`| Readability parse, total | ${sum('parse').toFixed(0)} ms |`);
  say(`| Gloss engine after it, total | ${sum('engine').toFixed(0)} ms |`);
  say(
    `| **engine / parse, all pages** (goal ≤ 20 %) | **${((100 * sum('engine')) / sum('parse')).toFixed(1)} %** |`,
  );
  say(`| engine / parse, median page | ${(100 * median(ratios)).toFixed(1)} % |`);
  say(`| engine / parse, worst page | ${(100 * Math.max(...ratios)).toFixed(1)} % |`);
  say(
    `| annotations found | ${rows.reduce((a, r) => a + r.annotations, 0)} on ${rows.filter((r) => r.annotations > 0).length} pages |`,
  );
  const slow = [...rows].sort((a, b) => b.engine / b.parse - a.engine / a.parse).slice(0, 5);
  say();
  say('Slowest pages relative to their parse:');
  say();
  say('| page | chars | parse ms | engine ms |');
  say('|---|---|---|---|');
  for (const r of slow) say(`| ${r.page} | ${r.chars} | ${r.parse.toFixed(1)} | ${r.engine.toFixed(1)} |`);
}
say();

const path = join(ROOT, 'docs/benchmarks.md');
const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
const keep = previous.split('\n<!-- other benchmarks below are kept by scripts/bench.ts -->\n')[1];
writeFileSync(
  path,
  `${lines.join('\n')}\n<!-- other benchmarks below are kept by scripts/bench.ts -->\n${keep ?? ''}`,
);
console.log(`\nwritten to ${path}`);
