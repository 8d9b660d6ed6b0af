/**
 * `npx tsx scripts/eval/compare-pair.ts <base src/ dir> [rounds]`: the compare engine of another checkout
 * (e.g. `git archive main src | tar -x -C /tmp/base`, then `/tmp/base/src`) against this tree's on
 * bench:compare's 2 000-word pair (the dev pairs joined until side A has 2 000 words), both bundled with
 * esbuild and loaded in one process, one comparison of each in alternation (the order swapped each round),
 * so both see the same load on a shared machine (ADR 0141). Checks first that both give the same JSON.
 * A control, the base engine bundled and loaded a second time, runs in the same rotation: its ratio to the
 * base is what the harness reads with no change at all (load, code placement, order), the floor below
 * which this tree's ratio says nothing.
 * Prints, per engine, the median CPU time of a comparison (this thread's, /proc/thread-self/schedstat, and
 * the process's), and the median of the per-round ratios to the base.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './annotator';
import { benchPair, loadEngine, median, words } from './engine-bundle';

const [baseSrc, roundsArg] = process.argv.slice(2);
if (!baseSrc) throw new Error('usage: compare-pair.ts <base src/ dir> [rounds]');
const ROUNDS = Number(roundsArg ?? '60');
const WARMUP = 10;

interface Engine {
  buildFactBase: (packs: unknown) => { matcher: unknown };
  compareArticles: (a: { text: string }, b: { text: string }, o: { factBase: unknown }) => unknown;
}

const EXPORTS = [
  `export { buildFactBase } from './core/facts/factbase';`,
  `export { compareArticles } from './core/compare/index';`,
];
const load = (src: string, name: string) => loadEngine<Engine>(src, 'compare-pair', name, EXPORTS);

const variants = [
  await load(baseSrc, 'base'),
  await load(baseSrc, 'control'),
  await load(join(ROOT, 'src'), 'this'),
];

const { a: A, b: B } = benchPair();

const thread = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const proc = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
type V = (typeof variants)[number];
function once(v: V): { thread: number; proc: number; wall: number; out: unknown } {
  const t0 = thread();
  const p0 = proc();
  const w0 = performance.now();
  const out = v.e.compareArticles({ text: A }, { text: B }, { factBase: v.base });
  return { thread: thread() - t0, proc: proc() - p0, wall: performance.now() - w0, out };
}

const outs = variants.map((v) => {
  for (let k = 0; k < WARMUP; k++) once(v);
  return JSON.stringify(once(v).out);
});
if (outs.some((o) => o !== outs[0])) throw new Error('the engines give different results on the pair');

const times = variants.map(() => ({ thread: [] as number[], proc: [] as number[], wall: [] as number[] }));
/** Every order of the three, in turn. */
const ORDERS = [
  [0, 1, 2],
  [2, 1, 0],
  [1, 2, 0],
  [0, 2, 1],
  [2, 0, 1],
  [1, 0, 2],
];
for (let r = 0; r < ROUNDS; r++)
  for (const i of ORDERS[r % ORDERS.length] as number[]) {
    const t = once(variants[i] as V);
    const m = times[i] as (typeof times)[number];
    m.thread.push(t.thread);
    m.proc.push(t.proc);
    m.wall.push(t.wall);
  }
const [b, c, t] = times as [(typeof times)[0], (typeof times)[0], (typeof times)[0]];
console.log(
  `${words(A)} + ${words(B)} words; ${ROUNDS} rounds after ${WARMUP} warm-up runs, alternating; same result: yes`,
);
console.log(
  '| measure | base | control (base again) | this tree | control / base | this tree / base | (medians of per-round ratios) |',
);
console.log('|---|---|---|---|---|---|---|');
for (const k of ['thread', 'proc', 'wall'] as const) {
  const ratio = (x: number[]) => median(x.map((v, r) => v / (b[k][r] as number))).toFixed(3);
  const label = { thread: 'thread CPU', proc: 'process CPU', wall: 'wall' }[k];
  console.log(
    `| ${label} ms | ${median(b[k]).toFixed(1)} | ${median(c[k]).toFixed(1)} | ${median(t[k]).toFixed(1)} | ${ratio(c[k])} | ${ratio(t[k])} | |`,
  );
}
