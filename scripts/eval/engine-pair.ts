/**
 * `npx tsx scripts/eval/engine-pair.ts <base src/ dir> [rounds]`: the engine of another checkout (e.g.
 * `git archive <commit> src | tar -x -C /tmp/base`, then `/tmp/base/src`) against this tree's, both bundled
 * with esbuild and run in one process, in alternation (the order swapped each round), so both see the same
 * load on a shared machine (ADR 0111). Measures, as `npm run bench` and `npm run bench:compare` do:
 * - the 130 pages of ../shared/corpus/readability-pages: flattening Readability's article to text and the
 *   engine after it (Readability itself untimed), the total and wikipedia-2 alone (CPU time of the process);
 * - bench:compare's 2 000-word pair (the dev pairs joined until side A has 2 000 words), compared whole.
 * Prints each variant's median per round and the ratio this tree / base. Also checks that both give the same
 * annotations and comparison (JSON), and stops if not.
 */
import { join } from 'node:path';
import { ROOT } from './annotator';
import { benchPair, loadEngine, median } from './engine-bundle';
import { readabilityPages } from './readability-pages';

const [baseSrc, roundsArg] = process.argv.slice(2);
if (!baseSrc) throw new Error('usage: engine-pair.ts <base src/ dir> [rounds]');
const ROUNDS = Number(roundsArg ?? '7');

interface Engine {
  annotateWith: (base: unknown, text: string, published: string | null) => unknown[];
  buildFactBase: (packs: unknown) => { matcher: unknown };
  compareArticles: (a: { text: string }, b: { text: string }, o: { factBase: unknown }) => unknown;
  buildTextIndex: (root: Node) => { text: string };
}

const EXPORTS = [
  `export { annotateWith, buildFactBase } from './core/facts/factbase';`,
  `export { compareArticles } from './core/compare/index';`,
  `export { buildTextIndex } from './dom/text-index';`,
];
const load = (src: string, name: string) => loadEngine<Engine>(src, 'engine-pair', name, EXPORTS);

const variants = [
  { name: 'base', ...(await load(baseSrc, 'base')) },
  { name: 'this tree', ...(await load(join(ROOT, 'src'), 'this')) },
];

// The pages, as Readability gives them (kept: flattening is part of what is timed).
const corpus = join(ROOT, '../shared/corpus/readability-pages');
const pages = readabilityPages(corpus);

// The 2 000-word pair, as bench-compare.ts builds it from the dev pairs.
const { a: pairA, b: pairB } = benchPair();

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
type V = (typeof variants)[number];
function pagesRound(v: V): { total: number; wiki2: number; out: string } {
  let total = 0;
  let wiki2 = 0;
  const out: string[] = [];
  for (const p of pages) {
    const t0 = cpu();
    const anns = v.e.annotateWith(v.base, v.e.buildTextIndex(p.content).text, p.published);
    const t = cpu() - t0;
    total += t;
    if (p.page === 'wikipedia-2') wiki2 = t;
    out.push(JSON.stringify(anns));
  }
  return { total, wiki2, out: out.join('\n') };
}
function compareRound(v: V): { ms: number; out: string } {
  const t0 = cpu();
  const r = v.e.compareArticles({ text: pairA }, { text: pairB }, { factBase: v.base });
  return { ms: cpu() - t0, out: JSON.stringify(r) };
}

// Warm up, and the same outputs.
const outs = variants.map((v) => {
  const p = pagesRound(v);
  for (let k = 0; k < 4; k++) compareRound(v);
  return `${p.out}\n${compareRound(v).out}`;
});
if (outs[0] !== outs[1]) {
  if (!process.env.ALLOW_DIFFERENT)
    throw new Error('the two engines give different outputs (ALLOW_DIFFERENT=1 to time them anyway)');
  console.log('outputs differ (ALLOW_DIFFERENT): timing only');
}

const times = variants.map(() => ({ total: [] as number[], wiki2: [] as number[], compare: [] as number[] }));
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [1, 0] : [0, 1];
  for (const i of order) {
    const v = variants[i] as V;
    const t = times[i] as (typeof times)[number];
    const p = pagesRound(v);
    t.total.push(p.total);
    t.wiki2.push(p.wiki2);
    for (let k = 0; k < 3; k++) t.compare.push(compareRound(v).ms);
  }
}
console.log(
  `${ROUNDS} rounds, alternating; CPU ms, medians; same outputs: ${outs[0] === outs[1] ? 'yes' : 'no'}`,
);
console.log('| measure | base | this tree | ratio |');
console.log('|---|---|---|---|');
for (const k of ['total', 'wiki2', 'compare'] as const) {
  const [a, b] = times.map((t) => median(t[k])) as [number, number];
  const label = {
    total: 'corpus pages: flattening + engine, total',
    wiki2: 'wikipedia-2: flattening + engine',
    compare: '2 000-word pair, compared whole',
  }[k];
  console.log(`| ${label} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`);
}
