/**
 * What the two-engine probes share (engine-pair.ts, compare-pair.ts, compare-identity.ts; ADR 0111, 0141):
 * an engine of a checkout's `src/` bundled with esbuild and loaded into this process with its own fact base,
 * bench:compare's 2 000-word pair, and a median. A base checkout outside the repository (`git archive main src |
 * tar -x -C /tmp/base`) needs a `node_modules` link and `tsconfig.json` beside its `src/` to bundle.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { parseGoldPair } from '../../src/core/compare/gold';
import { loadPacks } from '../vite/fact-base-plugin';
import { ROOT } from './annotator';

/**
 * The module `exports` (lines such as `export { compareArticles } from './core/compare/index';`, resolved in
 * `src`) bundled into a temporary file named by `tag` and `name`, imported, and the file removed; with the
 * fact base its `buildFactBase` (which `exports` must include) makes of this tree's packs, matcher built.
 */
export async function loadEngine<E extends { buildFactBase: (packs: unknown) => { matcher: unknown } }>(
  src: string,
  tag: string,
  name: string,
  exports: readonly string[],
): Promise<{ e: E; base: unknown }> {
  const file = join(tmpdir(), `${tag}-${process.pid}-${name}.mjs`);
  buildSync({
    stdin: { contents: exports.join('\n'), resolveDir: src, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: file,
    logLevel: 'error',
  });
  const e = (await import(pathToFileURL(file).href)) as E;
  rmSync(file, { force: true });
  const base = e.buildFactBase(loadPacks(join(ROOT, 'src/data/')));
  void base.matcher;
  return { e, base };
}

/** Words of a text, as bench:compare counts them. */
export const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** bench:compare's 2 000-word pair: the dev pairs (test/fixtures/compare/pairs) joined until side A has 2 000 words. */
export function benchPair(): { a: string; b: string } {
  const pairsDir = join(ROOT, 'test/fixtures/compare/pairs');
  const pairs: ReturnType<typeof parseGoldPair>[] = [];
  for (const f of readdirSync(pairsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    if (pairs.reduce((n, q) => n + words(q.a.text), 0) >= 2_000) break;
    pairs.push(parseGoldPair(readFileSync(join(pairsDir, f), 'utf8')));
  }
  return { a: pairs.map((p) => p.a.text).join('\n'), b: pairs.map((p) => p.b.text).join('\n') };
}

/** The median (the upper one of an even count). */
export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
