/**
 * `npm run pack -- check <file>` validates a user fact pack with the extension's own code
 * (src/core/facts/pack-file.ts: size, JSON, schema version, valibot schema, ids resolving
 * against the bundled base) and says what it would add, override or collide with.
 * `npm run pack -- build <file> [--out <index.json>]` also compiles its matcher index,
 * as the options page does at import, and writes it (default: <file>.index.json).
 * Exit codes: 0 ok, 1 invalid pack (one line per problem, naming file, entry and field), 2 usage.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { MAX_PACK_CHARS, readPackFile } from '../src/core/facts/pack-file';
import { previewPack } from '../src/core/facts/preview';
import { compileMatcher } from '../src/core/match/terms';
import { loadFactBase, loadPacks } from './vite/fact-base-plugin';

const USAGE = 'usage: npm run pack -- check <file.json> | build <file.json> [--out <index.json>]';
const DATA = new URL('../src/data/', import.meta.url).pathname;

/** Runs the command; returns the exit code and what to print. */
export function runPack(argv: readonly string[]): { code: number; out: string[]; err: string[] } {
  const [command, file, ...rest] = argv;
  if ((command !== 'check' && command !== 'build') || !file) return { code: 2, out: [], err: [USAGE] };
  const outAt = rest.indexOf('--out');
  const outFile = outAt >= 0 ? rest[outAt + 1] : `${file.replace(/\.json$/, '')}.index.json`;
  if (!outFile) return { code: 2, out: [], err: [USAGE] };
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    return { code: 1, out: [], err: [`${file}: cannot read: ${(e as Error).message}`] };
  }
  // Read only when small enough: readPackFile refuses by size before parsing.
  const text = size > MAX_PACK_CHARS ? '' : readFileSync(file, 'utf8');
  const bundled = loadPacks(DATA);
  const result = readPackFile(file, text, loadFactBase(DATA), size);
  if (!result.ok) return { code: 1, out: [], err: [...result.errors] };
  const p = previewPack(result.pack, bundled);
  const out = [
    `${file}: ok — ${p.id}@${p.version} "${p.title}"${p.author ? ` by ${p.author}` : ''}`,
    `  ${p.facts.length} facts, ${p.aliasCount} aliases, ${p.sources.length} sources`,
    ...p.overrides.map((o) => `  overrides ${o.id} (${o.replaced}: "${o.replacedTitle}")`),
    ...p.conflicts.map((c) => `  ignored ${c.id}: same id as ${c.kept} and not listed in "overrides"`),
  ];
  if (command === 'build') {
    const t0 = performance.now();
    const index = compileMatcher(result.pack.facts);
    const ms = performance.now() - t0;
    const json = JSON.stringify(index);
    writeFileSync(outFile, `${json}\n`);
    out.push(
      `  index: ${index.terms.length} terms, ${index.automaton.fail.length} states, ` +
        `${(json.length / 1024).toFixed(1)} KiB, compiled in ${ms.toFixed(1)} ms → ${outFile}`,
    );
  }
  return { code: 0, out, err: [] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { code, out, err } = runPack(process.argv.slice(2));
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  process.exitCode = code;
}
