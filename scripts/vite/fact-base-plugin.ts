/**
 * Build-time work on the fact base, as a Vite plugin used by the extension build and the
 * tests alike:
 * - every fact file in src/data/ is validated; an invalid one fails the build naming the
 *   file, entry and field;
 * - `virtual:gloss/matcher-index` is the compiled matcher index (Aho–Corasick automaton
 *   over all aliases), so content scripts load it instead of rebuilding it on every page;
 * - `virtual:gloss/gate-vocabulary` is the first gate's vocabulary of the bundled base (ADR 0033).
 * Both happen when Vite (or Vitest) loads its config, so an invalid pack stops everything.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildFactBase, type FactBase } from '../../src/core/facts/factbase';
import type { FactPack } from '../../src/core/facts/schema';
import { formatIssues, validatePack } from '../../src/core/facts/validate';
import { gateVocabulary, gateVocabularyData } from '../../src/core/gate';
import { packIndex } from '../../src/core/match/automaton-pack';
import { compileMatcher } from '../../src/core/match/terms';

const VIRTUAL_ID = 'virtual:gloss/matcher-index';
const PACKS_ID = 'virtual:gloss/bundled-packs';
const GATE_ID = 'virtual:gloss/gate-vocabulary';

/**
 * A module whose default export is `value` as JSON text, ASCII only (other characters as JSON's own
 * `\\u` escapes, which a minifier cannot turn back into raw characters): a worker's start scans one string
 * literal instead of evaluating an object literal, and its script stays one byte per character
 * (ADR 0024). Parsed by whoever needs the value, when it does.
 */
export function jsonStringModule(value: unknown): string {
  return `export default ${JSON.stringify(asciiJson(value))};\n`;
}

/** `value` as JSON text, ASCII only (other characters as JSON's own `\\u` escapes). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** How a minifier writes `text` as a template literal without substitutions. */
function asTemplate(text: string): string {
  return `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}

/**
 * `code` with each of `texts` written as a double-quoted string literal where the minifier wrote it
 * as a template literal (ADR 0028): the minifier picks backticks for JSON text (no quote to escape),
 * and V8 scans a long template literal markedly slower than a string literal (on the worker's
 * ~600 KB of JSON, ~6 ms of every start's compile in Node's V8). The value is the same. Throws when a
 * text is in neither form, so a change in the minifier's output is seen, not silently slower.
 */
export function plainJsonStrings(code: string, texts: readonly string[]): string {
  let out = code;
  for (const text of texts) {
    const quoted = JSON.stringify(text);
    const template = asTemplate(text);
    const at = out.indexOf(template);
    if (at !== -1) out = out.slice(0, at) + quoted + out.slice(at + template.length);
    else if (!out.includes(quoted))
      throw new Error(`the fact base's JSON text (${text.slice(0, 40)}…) is in no form the build knows`);
  }
  return out;
}

/** Reads and validates every pack in `dir`; throws an Error naming file, entry and field. */
export function loadPacks(dir: string): FactPack[] {
  const packs: FactPack[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
    }
    const result = validatePack(raw);
    if (!result.ok) throw new Error(`invalid fact base\n${formatIssues(file, result.issues)}`);
    packs.push(result.value);
  }
  return packs;
}

/**
 * The fact base as the extension builds it, for Node (CLI, bench, eval, tests): the
 * validated packs of `dir` (the bundled base), then `extra` packs (e.g. `--pack` files).
 */
export function loadFactBase(
  dir = new URL('../../src/data/', import.meta.url).pathname,
  extra: readonly FactPack[] = [],
): FactBase {
  return buildFactBase([...loadPacks(dir), ...extra]);
}

/**
 * Validates the packs and writes the compiled index to a cache file that
 * `virtual:gloss/matcher-index` aliases to. An alias (not a resolveId hook) because
 * CRXJS builds standalone content scripts in a secondary build without plugins, which
 * inherits only the resolved `resolve` options.
 */
export function factBasePlugin(
  dataDir: string,
  cacheDir = join(dataDir, '../../node_modules/.cache/gloss'),
): Plugin {
  let texts: string[] = [];
  return {
    name: 'gloss:fact-base',
    enforce: 'pre',
    config() {
      const packs = loadPacks(dataDir);
      const index = compileMatcher(packs.flatMap((p) => p.facts));
      mkdirSync(cacheDir, { recursive: true });
      // Strings, parsed on first use: pages without an article never pay for the index, and the
      // worker's start does not evaluate the facts (ADR 0024).
      // The first gate's vocabulary of the bundled base, as data (ADR 0033): a woken worker parses it
      // instead of deriving it key by key before its first page's gate.
      const gate = gateVocabularyData(gateVocabulary(buildFactBase(packs, { index })));
      // The automaton packed (ADR 0048, round 19): a wake decodes one base64 text instead of parsing
      // seven arrays of numbers; the worker unpacks it (core/match/automaton-pack.ts `unpackIndex`).
      const shipped = packIndex(index);
      texts = [asciiJson(shipped), asciiJson(packs), asciiJson(gate)];
      // Files named by their content's hash and written whole (a temporary file renamed): two
      // checkouts or two test runs sharing one cache folder, with different packs, never read
      // each other's index or a half-written one.
      const key = createHash('sha256').update(texts.join('\n')).digest('hex').slice(0, 16);
      const file = writeCached(cacheDir, `matcher-index-${key}.js`, jsonStringModule(shipped));
      const packsFile = writeCached(cacheDir, `bundled-packs-${key}.js`, jsonStringModule(packs));
      const gateFile = writeCached(cacheDir, `gate-vocabulary-${key}.js`, jsonStringModule(gate));
      return {
        resolve: { alias: { [VIRTUAL_ID]: file, [PACKS_ID]: packsFile, [GATE_ID]: gateFile } },
        json: { stringify: true },
      };
    },
    // After minifying: the JSON texts as string literals, not template literals (ADR 0028).
    generateBundle(_options, bundle) {
      const holds = (code: string, t: string) =>
        code.includes(asTemplate(t).slice(0, 40)) || code.includes(JSON.stringify(t).slice(0, 40));
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const held = texts.filter((t) => holds(chunk.code, t));
        if (held.length) chunk.code = plainJsonStrings(chunk.code, held);
      }
    },
  };
}

/** Writes `text` to `cacheDir/name` unless it is there already, through a renamed temporary file. */
function writeCached(cacheDir: string, name: string, text: string): string {
  const file = join(cacheDir, name);
  pruneStale(cacheDir, name);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return file;
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return file;
}

/** Removes the same kind's files of other contents unused for a day (packs edited since). */
function pruneStale(cacheDir: string, name: string): void {
  const kind = name.replace(/-[0-9a-f]{16}\.js$/, '-');
  const dayAgo = Date.now() - 86_400_000;
  for (const other of readdirSync(cacheDir)) {
    if (other === name || !other.startsWith(kind)) continue;
    const path = join(cacheDir, other);
    try {
      if (statSync(path).atimeMs < dayAgo && statSync(path).mtimeMs < dayAgo) unlinkSync(path);
    } catch {
      // Another run removed it first.
    }
  }
}
