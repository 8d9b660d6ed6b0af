/**
 * `npx tsx scripts/eval/rule-cost.ts [--top N] [--by function|file] [--only dev,pages,compare] [--rounds R] [--src DIR]`
 *
 * Where the claim engine's time goes: a per-rule cost trace (ADR 0111). The engine is bundled with esbuild
 * for this run only, with a plugin that wraps every function exported by a module of src/core (each claim
 * rule, the matcher, the sentence splitter, the expression parser, compare's steps) and every method of an
 * exported class in a timer; the shipped code is untouched, so tracing costs nothing when not tracing.
 * Each wrapped call's own time (exclusive: minus the wrapped calls it makes; a module's unexported
 * helpers count for the exported function that called them) is summed per function and per module.
 *
 * Workloads (dev material only): the dev eval articles (test/fixtures/eval/articles/), the 130 pages of
 * ../shared/corpus/readability-pages as `npm run bench` times them (Readability untimed, then flattening
 * the article to text, src/dom/text-index.ts, traced too, and the engine),
 * and bench:compare's 2 000-word pair (the dev pairs joined until side A has 2 000 words), compared whole.
 * Each workload runs once to warm up, then `--rounds` times (default 2) under the timer.
 * The timer's own cost (two clock reads a call) is spread over the calls; read shares, not absolute ms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { loadPacks } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { articleText, loadCorpus } from './corpus';
import { readabilityPages } from './readability-pages';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback;
};
const TOP = Number(opt('top', '25'));
const BY = opt('by', 'function');
const ONLY = new Set(opt('only', 'dev,pages,compare').split(','));
const ROUNDS = Number(opt('rounds', '2'));
/** The engine traced: this tree's src/, or another checkout's (`--src /path/to/src`, to trace a base commit). */
const SRC = opt('src', join(ROOT, 'src'));
const CORE = join(SRC, 'core');

// ---- The timer (installed before the traced bundle is loaded; the bundle reads it from globalThis).

interface Stat {
  readonly key: string;
  self: number;
  incl: number;
  calls: number;
  /** Calls of this function on the stack (a recursive call adds no inclusive time). */
  open: number;
  /** Folded into its callers: called so often, for so little each time, that the timer would be most of its cost. */
  folded?: boolean;
}
const stats = new Map<string, Stat>();
const root: Stat = { key: '(outside the engine)', self: 0, incl: 0, calls: 0, open: 0 };
let current = root;
let last = performance.now();
const stack: Stat[] = [];
let enabled = false;

function statOf(key: string): Stat {
  let s = stats.get(key);
  if (!s) {
    s = { key, self: 0, incl: 0, calls: 0, open: 0 };
    stats.set(key, s);
  }
  return s;
}

function wrap<F extends (...args: never[]) => unknown>(key: string, fn: F): F {
  const s = statOf(key);
  return function (this: unknown, ...args: never[]) {
    if (!enabled || s.folded) return fn.apply(this, args);
    const t0 = performance.now();
    current.self += t0 - last;
    last = t0;
    stack.push(current);
    current = s;
    s.calls++;
    s.open++;
    try {
      return fn.apply(this, args);
    } finally {
      const t1 = performance.now();
      s.self += t1 - last;
      last = t1;
      s.open--;
      if (s.open === 0) s.incl += t1 - t0;
      current = stack.pop() as Stat;
    }
  } as F;
}

const isGenerator = (f: unknown) =>
  typeof f === 'function' && /^(?:Async)?GeneratorFunction$/.test(f.constructor.name);

const tracer = {
  /** An exported value: a function is wrapped (not a generator: its body runs in whoever pulls it). */
  fn: (file: string, name: string, value: unknown) =>
    typeof value === 'function' && !isGenerator(value) && !/^[A-Z]/.test(name)
      ? wrap(`${file}:${name}`, value as (...args: never[]) => unknown)
      : value,
  /** An exported class: its methods and getters are wrapped in place. */
  cls: (file: string, name: string, value: unknown) => {
    if (typeof value !== 'function') return;
    const proto = (value as { prototype: object }).prototype;
    for (const m of Object.getOwnPropertyNames(proto)) {
      if (m === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(proto, m) as PropertyDescriptor;
      const key = `${file}:${name}.${m}`;
      if (typeof d.value === 'function' && !isGenerator(d.value)) d.value = wrap(key, d.value);
      else if (d.get) d.get = wrap(key, d.get);
      else continue;
      Object.defineProperty(proto, m, d);
    }
  },
};
(globalThis as { __glossCost?: typeof tracer }).__glossCost = tracer;

// ---- The traced bundle.

/** Rewrites a module of src/core so that what it exports goes through the timer. */
function instrument(source: string, file: string): string {
  const fns = new Set<string>();
  const classes = new Set<string>();
  const out = source
    .replace(/^export (async )?function (\w+)/gm, (_m, a: string | undefined, name: string) => {
      fns.add(name);
      return `${a ?? ''}function ${name}`;
    })
    .replace(/^export const (\w+)/gm, (_m, name: string) => {
      fns.add(name);
      return `const ${name}`;
    })
    .replace(/^export (abstract )?class (\w+)/gm, (m, _a, name: string) => {
      classes.add(name);
      return m;
    });
  const tail = [...fns].map(
    (n) =>
      `const ${n}$cost = (globalThis as any).__glossCost.fn(${JSON.stringify(file)}, ${JSON.stringify(n)}, ${n});\nexport { ${n}$cost as ${n} };`,
  );
  for (const c of classes)
    tail.push(`(globalThis as any).__glossCost.cls(${JSON.stringify(file)}, ${JSON.stringify(c)}, ${c});`);
  return `${out}\n${tail.join('\n')}\n`;
}

const costPlugin: Plugin = {
  name: 'rule-cost',
  setup(b) {
    b.onLoad({ filter: /\/src\/(?:core\/.*|dom\/text-index)\.ts$/ }, (args) => ({
      contents: instrument(
        readFileSync(args.path, 'utf8'),
        relative(CORE, args.path)
          .replace(/^\.\.\//, '')
          .replace(/\.ts$/, ''),
      ),
      loader: 'ts',
    }));
  },
};

const dir = mkdtempSync(join(tmpdir(), 'rule-cost-'));
const bundleFile = join(dir, 'engine.mjs');
await build({
  stdin: {
    contents: [
      `export { annotateWith, buildFactBase } from './src/core/facts/factbase';`,
      `export { compareArticles } from './src/core/compare/index';`,
      `export { buildTextIndex } from './src/dom/text-index';`,
    ].join('\n'),
    resolveDir: join(SRC, '..'),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundleFile,
  logLevel: 'error',
  plugins: [costPlugin],
});
const engine = (await import(pathToFileURL(bundleFile).href)) as {
  annotateWith: (base: unknown, text: string, published: string | null) => unknown[];
  buildFactBase: (packs: unknown) => { matcher: unknown; facts: Map<string, unknown> };
  compareArticles: (a: { text: string }, b: { text: string }, o: { factBase: unknown }) => unknown;
  buildTextIndex: (root: Node) => { text: string };
};
rmSync(dir, { recursive: true, force: true });
const base = engine.buildFactBase(loadPacks(join(SRC, 'data/')));
void base.matcher;

// ---- Workloads.

type Work = { name: string; run: () => void };
const works: Work[] = [];
if (ONLY.has('dev')) {
  const articles = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys())).map((a) => ({
    text: articleText(a),
    published: a.published,
  }));
  works.push({
    name: `dev eval articles (${articles.length})`,
    run: () => {
      for (const a of articles) engine.annotateWith(base, a.text, a.published);
    },
  });
}
if (ONLY.has('pages')) {
  const corpus = join(ROOT, '../shared/corpus/readability-pages');
  /** Each page's article, kept as Readability gives it: flattening it is part of the engine's cost. */
  const pages = readabilityPages(corpus);
  works.push({
    name: `corpus pages (${pages.length})`,
    run: () => {
      for (const p of pages) engine.annotateWith(base, engine.buildTextIndex(p.content).text, p.published);
    },
  });
}
if (ONLY.has('compare')) {
  // As bench-compare.ts: the dev pairs, joined until A has 2 000 words.
  const { smallComparePair, words } = await import('../bench-small-pair');
  const { a, b } = smallComparePair(ROOT);
  works.push({
    name: `compare 2 000-word pair (${words(a)} + ${words(b)} words)`,
    run: () => {
      for (let k = 0; k < 5; k++) engine.compareArticles({ text: a }, { text: b }, { factBase: base });
    },
  });
}

// ---- Run and report.

const fmt = (ms: number) => ms.toFixed(1).padStart(9);
/** Mean own time (ms) below which a function called this often is folded into its callers. */
const FOLD_CALLS = 10_000;
const FOLD_MEAN = 0.001;
for (const w of works) {
  // Warm up, timed to find the functions to fold, then untimed.
  const warm = new Map([...stats.values()].map((s) => [s.key, { ...s }]));
  enabled = true;
  last = performance.now();
  w.run();
  current.self += performance.now() - last;
  enabled = false;
  const folded: string[] = [];
  for (const s of stats.values()) {
    const calls = s.calls - (warm.get(s.key)?.calls ?? 0);
    const self = s.self - (warm.get(s.key)?.self ?? 0);
    if (!s.folded && calls >= FOLD_CALLS && self / calls < FOLD_MEAN) {
      s.folded = true;
      folded.push(s.key);
    }
  }
  w.run();
  const before = new Map([...stats.values()].map((s) => [s.key, { ...s }]));
  const rootBefore = root.self;
  enabled = true;
  last = performance.now();
  const t0 = last;
  for (let r = 0; r < ROUNDS; r++) w.run();
  const total = performance.now() - t0;
  current.self += performance.now() - last;
  enabled = false;
  const rows = [...stats.values()].map((s) => {
    const b = before.get(s.key);
    return {
      key: s.key,
      self: s.self - (b?.self ?? 0),
      incl: s.incl - (b?.incl ?? 0),
      calls: s.calls - (b?.calls ?? 0),
    };
  });
  const outside = root.self - rootBefore;
  const grouped =
    BY === 'file'
      ? [
          ...rows
            .reduce((m, r) => {
              const k = r.key.split(':')[0] as string;
              const g = m.get(k) ?? { key: k, self: 0, incl: Number.NaN, calls: 0 };
              g.self += r.self;
              g.calls += r.calls;
              m.set(k, g);
              return m;
            }, new Map<string, { key: string; self: number; incl: number; calls: number }>())
            .values(),
        ]
      : rows;
  grouped.sort((x, y) => y.self - x.self);
  console.log(
    `\n## ${w.name}: ${ROUNDS} rounds, ${total.toFixed(0)} ms traced (${outside.toFixed(0)} ms outside src/core)`,
  );
  if (folded.length) console.log(`(folded into their callers: ${folded.join(', ')})`);
  console.log(
    `${'self ms'.padStart(9)} ${'share'.padStart(6)} ${'incl ms'.padStart(9)} ${'calls'.padStart(9)}  ${BY}`,
  );
  for (const r of grouped.slice(0, TOP))
    console.log(
      `${fmt(r.self)} ${`${((100 * r.self) / total).toFixed(1)}%`.padStart(6)} ${Number.isNaN(r.incl) ? '        -' : fmt(r.incl)} ${String(r.calls).padStart(9)}  ${r.key}`,
    );
}
