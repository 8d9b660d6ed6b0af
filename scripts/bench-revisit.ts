/**
 * `npx tsx scripts/bench-revisit.ts`: how long placing saved passages takes (revisit, ADR 0019), in
 * Node, on a long article (every eval article's paragraphs, ~100 000 characters): 50 passages of
 * one sentence each, anchored (core/clips/anchor.ts) in the text unchanged (exact), with one word of
 * each edited (fuzzy) and with each passage removed (orphans: the approximate search over the whole
 * text runs and finds nothing, the worst case). Written to its section of docs/benchmarks.md.
 * The issue sets no goal; one page's passages should fit in a task well under 50 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { anchorPassage } from '../src/core/clips/anchor';
import { describeRange } from '../src/core/clips/selectors';
import { writeSection } from './bench-doc.mjs';

const DIR = join(import.meta.dirname, '../test/fixtures/eval/articles');
const text = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { paragraphs: string[] }).paragraphs)
  .join('\n');

// 50 sentences spread through the text, each a saved passage.
const sentences = [...text.matchAll(/[A-Z][^.\n]{40,200}\./g)];
const step = Math.max(1, Math.floor(sentences.length / 50));
const picked = sentences.filter((_, i) => i % step === 0).slice(0, 50);
const passages = picked.map((m) => describeRange(text, m.index, m.index + m[0].length));

const editWord = (s: string) => s.replace(/\b([a-z]{4,})\b/, (w) => `${w}x`);
const edited = picked.reduce((t, m) => t.replace(m[0], editWord(m[0])), text);
const removed = picked.reduce((t, m) => t.replace(m[0], ''), text);

const RUNS = 25;
function time(label: string, against: string, expect: (placed: number) => boolean) {
  const runs: number[] = [];
  let placed = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    placed = passages.filter((p) => anchorPassage(against, p.quote, p.position) !== null).length;
    runs.push(performance.now() - t0);
  }
  if (!expect(placed)) throw new Error(`${label}: ${placed} of ${passages.length} placed`);
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(RUNS / 2)] as number;
  const fastest = runs[0] as number;
  const row = `| ${label} | ${placed} / ${passages.length} | ${fastest.toFixed(1)} ms | ${median.toFixed(1)} ms | ${(median / passages.length).toFixed(2)} ms | ${(runs[RUNS - 1] as number).toFixed(1)} ms |`;
  console.log(row);
  return row;
}

const rows = [
  time('unchanged (exact)', text, (n) => n === passages.length),
  time('one word of each edited (fuzzy)', edited, (n) => n >= passages.length * 0.9),
  time('each passage removed (orphans)', removed, (n) => n === 0),
];

const cpu = cpus()[0]?.model ?? 'unknown CPU';
writeSection(
  'Revisit',
  `## Revisit

Run with \`npx tsx scripts/bench-revisit.ts\` on ${new Date().toISOString().slice(0, 10)}: ${cpu} (${cpus().length} cores), Node ${process.version}.
${passages.length} saved passages (one sentence each) anchored in a ${text.length.toLocaleString('en')}-character text (every eval article), ${RUNS} runs,
all passages per run. The orphan row is the worst case: each passage is searched approximately over the whole text and
found nowhere. The issue sets no goal; the revisit feature yields to the page every ~12 ms while placing, so many
passages never make one long task. Load average during the run: ${loadavg()[0]?.toFixed(1)} (the fastest run is the
least disturbed by other processes on a shared machine).

| text | placed | all passages, fastest | median | per passage (median) | slowest run |
|---|---|---|---|---|---|
${rows.join('\n')}`,
);
console.log('written to docs/benchmarks.md');
