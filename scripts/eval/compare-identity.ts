/**
 * `npx tsx scripts/eval/compare-identity.ts <base src/ dir>`: does this tree's compare engine give the same
 * result as another checkout's (e.g. `git archive main src | tar -x -C /tmp/base`, then `/tmp/base/src`),
 * byte for byte (ADR 0141)? Both engines are bundled with esbuild and loaded in one process; every pair under
 * test/fixtures/compare/ (pairs/ and every held-out batch) is compared in both directions, with the rules
 * splitter and with Intl's, with and without the fact base, each engine in turn, and the results' JSON
 * compared. Also: the bench:compare 2 000-word pair whole and step by step with small chunks, and each dev
 * pair's A side against the next pair's B side (different stories).
 *
 * Blindness: held-out pairs are run but never shown: only their count and how many differ are printed
 * (names and results are printed for dev pairs only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoldPair } from '../../src/core/compare/gold';
import { heldOutBatch, PROMOTED_BATCHES } from '../compare-eval';
import { ROOT } from './annotator';
import { benchPair, loadEngine } from './engine-bundle';

const [baseSrc] = process.argv.slice(2);
if (!baseSrc) throw new Error('usage: compare-identity.ts <base src/ dir>');

interface Input {
  text: string;
  published?: string | null;
}
interface Engine {
  buildFactBase: (packs: unknown) => { matcher: unknown };
  compareArticles: (a: Input, b: Input, o: Record<string, unknown>) => unknown;
  startComparison: (a: Input, b: Input, o: Record<string, unknown>) => { step(): boolean; result(): unknown };
}

const EXPORTS = [
  `export { buildFactBase } from './core/facts/factbase';`,
  `export { compareArticles, startComparison } from './core/compare/index';`,
];
const load = (src: string, name: string) => loadEngine<Engine>(src, 'compare-identity', name, EXPORTS);

const engines = [await load(baseSrc, 'base'), await load(join(ROOT, 'src'), 'this')];

/**
 * Dev: pairs/ and the promoted batches (compare-eval.ts `PROMOTED_BATCHES`, the one list of them); blind: every
 * other held-out batch (only counted).
 */
const dir = join(ROOT, 'test/fixtures/compare');
type Gold = ReturnType<typeof parseGoldPair> & { file: string; blind: boolean };
const golds: Gold[] = [];
for (const d of ['pairs', 'held-out'])
  for (const f of readdirSync(join(dir, d))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    golds.push({
      ...parseGoldPair(readFileSync(join(dir, d, f), 'utf8')),
      file: `${d}/${f}`,
      blind: d === 'held-out' && !PROMOTED_BATCHES.includes(heldOutBatch(f)),
    });
  }

interface Case {
  name: string;
  blind: boolean;
  run: (v: (typeof engines)[number]) => unknown;
}
const cases: Case[] = [];
const side = (s: { text: string; published: string | null }): Input => ({
  text: s.text,
  published: s.published,
});
for (const g of golds)
  for (const [dirName, x, y] of [
    ['a→b', g.a, g.b],
    ['b→a', g.b, g.a],
  ] as const) {
    cases.push({
      name: `${g.file} ${dirName}`,
      blind: g.blind,
      run: (v) => v.e.compareArticles(side(x), side(y), { factBase: v.base }),
    });
    cases.push({
      name: `${g.file} ${dirName} intl`,
      blind: g.blind,
      run: (v) => v.e.compareArticles(side(x), side(y), { factBase: v.base, segmenter: 'intl' }),
    });
    cases.push({
      name: `${g.file} ${dirName} no facts`,
      blind: g.blind,
      run: (v) => v.e.compareArticles(side(x), side(y), {}),
    });
  }
const dev = golds.filter((g) => !g.blind);
for (const [k, g] of dev.entries()) {
  const h = dev[(k + 1) % dev.length] as Gold;
  cases.push({
    name: `${g.file} A × ${h.file} B`,
    blind: false,
    run: (v) => v.e.compareArticles(side(g.a), side(h.b), { factBase: v.base }),
  });
}
// The bench pair (the dev pairs joined, as bench-compare.ts joins them), whole and stepwise with small chunks.
const { a: benchA, b: benchB } = benchPair();
cases.push({
  name: 'bench pair',
  blind: false,
  run: (v) => v.e.compareArticles({ text: benchA }, { text: benchB }, { factBase: v.base }),
});
cases.push({
  name: 'bench pair, stepwise, small chunks',
  blind: false,
  run: (v) => {
    const run = v.e.startComparison(
      { text: benchA },
      { text: benchB },
      {
        factBase: v.base,
        chunk: { sentences: 7, pairs: 5, chars: 900 },
      },
    );
    while (!run.step()) {}
    return run.result();
  },
});

let same = 0;
let blindCount = 0;
let blindDiffer = 0;
const differ: string[] = [];
for (const c of cases) {
  const [x, y] = engines.map((v) => JSON.stringify(c.run(v)));
  if (c.blind) blindCount++;
  if (x === y) same++;
  else if (c.blind) blindDiffer++;
  else differ.push(c.name);
}
console.log(
  `${cases.length} comparisons (${blindCount} of them on blind held-out pairs): ${same} identical; ` +
    `dev differing ${differ.length}; blind differing ${blindDiffer}`,
);
for (const d of differ.slice(0, 30)) console.log(`  differs: ${d}`);
if (differ.length || blindDiffer) process.exit(1);
