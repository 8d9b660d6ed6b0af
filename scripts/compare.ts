/**
 * `npm run compare -- <a> <b> [--json | --html out.html] [--markdown out.md]
 *                    [--published-a YYYY-MM-DD] [--published-b YYYY-MM-DD] [--segmenter rules|intl]`
 * `npm run compare -- --eval [--verbose] [--no-cross-story]`
 *
 * The compare engine (src/core/compare) in Node on two local files, HTML or text. HTML is
 * parsed by jsdom without running scripts or loading anything (its defaults) and reduced to
 * the article by Readability, as `npm run annotate` does. Without an output option, a
 * readable report; `--json` prints the document described in docs/compare-json.md;
 * `--html` and `--markdown` write the standalone reports. `--eval` scores the engine on the
 * dev pairs and the held-out pairs in test/fixtures/compare/; `--no-cross-story` skips its slow
 * cross-story count (every dev article against every other pair's other side).
 * Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parsePublished } from '../src/core/claims/dates';
import {
  type ArticleInput,
  type CompareResult,
  compareArticles,
  type SegmenterChoice,
  toHtmlReport,
  toMarkdown,
} from '../src/core/compare/index';
import { buildFactBase, type FactBase } from '../src/core/facts/factbase';
import { parseArticle } from '../src/dom/readability';
import { evalOutput } from './compare-eval';
import { loadPacks } from './vite/fact-base-plugin';

export {
  baselineKey,
  crossStory,
  devPairSource,
  goldSets,
  groupTotals,
  heldOutBatch,
  PROMOTED_BATCHES,
} from './compare-eval';

const USAGE = [
  'usage: npm run compare -- <a.html|a.txt> <b.html|b.txt> [--json | --html out.html] [--markdown out.md]',
  '                          [--published-a YYYY-MM-DD] [--published-b YYYY-MM-DD] [--segmenter rules|intl]',
  '       npm run compare -- --eval [--verbose] [--no-cross-story]',
].join('\n');
const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const ROOT = new URL('..', import.meta.url).pathname;

class UsageError extends Error {}

export interface Args {
  readonly inputs: readonly string[];
  readonly json: boolean;
  readonly html: string | null;
  readonly markdown: string | null;
  readonly publishedA: string | null;
  readonly publishedB: string | null;
  readonly segmenter: SegmenterChoice;
  readonly evaluate: boolean;
  readonly verbose: boolean;
  /** `--no-cross-story`: `--eval` skips the cross-story count (the slow part). */
  readonly crossStory: boolean;
}

function dateArg(name: string, value: string | undefined): string {
  if (!value || parsePublished(value) === null)
    throw new UsageError(`${name} needs a valid date YYYY-MM-DD (got ${value ?? 'nothing'})`);
  return value;
}

/** Parses the command line; throws UsageError with the reason. */
export function parseArgs(argv: readonly string[]): Args {
  const inputs: string[] = [];
  let json = false;
  let html: string | null = null;
  let markdown: string | null = null;
  let publishedA: string | null = null;
  let publishedB: string | null = null;
  let segmenter: SegmenterChoice = 'rules';
  let evaluateFlag = false;
  let verbose = false;
  let crossStory = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new UsageError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--html') html = value();
    else if (a === '--markdown') markdown = value();
    else if (a === '--published-a') publishedA = dateArg(a, argv[++i]);
    else if (a === '--published-b') publishedB = dateArg(a, argv[++i]);
    else if (a === '--segmenter') {
      const v = value();
      if (v !== 'rules' && v !== 'intl') throw new UsageError(`--segmenter is rules or intl (got ${v})`);
      segmenter = v;
    } else if (a === '--eval') evaluateFlag = true;
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--no-cross-story') crossStory = false;
    else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else inputs.push(a);
  }
  if (json && html)
    throw new UsageError(`--json prints to stdout and --html writes a file: choose one\n${USAGE}`);
  if (!evaluateFlag && inputs.length !== 2) throw new UsageError(`two inputs, A and B\n${USAGE}`);
  if (evaluateFlag && inputs.length) throw new UsageError(`--eval takes no inputs\n${USAGE}`);
  if (!crossStory && !evaluateFlag) throw new UsageError(`--no-cross-story goes with --eval\n${USAGE}`);
  return {
    inputs,
    json,
    html,
    markdown,
    publishedA,
    publishedB,
    segmenter,
    evaluate: evaluateFlag,
    verbose,
    crossStory,
  };
}

/** What a file holds, as the engine needs it. */
export interface LoadedArticle extends ArticleInput {
  readonly name: string;
  readonly kind: 'html' | 'text';
}

/** True when `buf` is not text: a NUL byte, invalid UTF-8, or many control characters. */
export function isBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 64 * 1024);
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastWholeChar(head)));
  } catch {
    return true;
  }
  let control = 0;
  for (const byte of head) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return head.length > 0 && control / head.length > 0.01;
}

/** Length of `buf` without a UTF-8 sequence cut at its end. */
function lastWholeChar(buf: Buffer): number {
  let end = buf.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const byte = buf[end - k] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (need > k) end -= k;
    break;
  }
  return end;
}

/** Article text from HTML: jsdom (no scripts run, nothing fetched) and Readability. */
export function articleFromHtml(
  html: string,
  url: string,
): { text: string; title: string | null; published: string | null } {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const article = parseArticle(dom.window.document, { force: true, clone: false });
    if (!article) return { text: '', title: null, published: null };
    return { text: article.index.text, title: article.title || null, published: article.publishedTime };
  } finally {
    dom.window.close();
  }
}

/** Reads one input file; throws a one-line reason when it cannot be compared. */
export function loadArticle(input: string, published: string | null): LoadedArticle {
  const path = resolve(input);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      `${input}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`,
    );
  }
  if (buf.length > MAX_INPUT_BYTES)
    throw new Error(`${input}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  if (isBinary(buf))
    throw new Error(`${input}: not a text or HTML file (binary content); give an .html or .txt file`);
  const content = buf.toString('utf8').replace(/^\uFEFF/, '');
  const ext = extname(path).toLowerCase();
  const html = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*</.test(content));
  if (!html)
    return {
      name: basename(path),
      kind: 'text',
      text: content.replace(/\r\n?/g, '\n'),
      published,
      title: null,
    };
  const article = articleFromHtml(content, `file://${path}`);
  return {
    name: basename(path),
    kind: 'html',
    text: article.text,
    title: article.title,
    published: published ?? article.published,
  };
}

/** The bundled fact base, as the extension ships it. */
export function bundledBase(): FactBase {
  return buildFactBase(loadPacks(join(ROOT, 'src/data/')));
}

/** The plain-text report printed without an output option. */
export function textReport(result: CompareResult, a: LoadedArticle, b: LoadedArticle): string {
  const lines = [`A: ${a.title ?? a.name}`, `B: ${b.title ?? b.name}`, '', result.summary.text];
  for (const n of result.summary.notes) lines.push(`Note: ${n}`);
  const show = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);
  lines.push('', 'Pairs:');
  for (const p of result.pairs) {
    const flags = [
      p.identical ? 'same' : 'reworded',
      p.moved ? 'moved' : '',
      p.quote?.changed ? 'changed quote' : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  A${p.a + 1} ↔ B${p.b + 1}  ${p.score.toFixed(2)}  ${flags}`);
    if (!p.identical) {
      const d = p.diff.map((o) =>
        o.op === 'same' ? o.text : o.op === 'added' ? `{+${o.text}+}` : `[-${o.text}-]`,
      );
      lines.push(`      ${show(d.join(''))}`);
    }
  }
  lines.push('', 'Only in A:');
  for (const i of result.onlyA) lines.push(`  A${i + 1}  ${show(result.sentences.a[i] ?? '')}`);
  lines.push('', 'Only in B:');
  for (const j of result.onlyB) lines.push(`  B${j + 1}  ${show(result.sentences.b[j] ?? '')}`);
  const facts = (label: string, list: CompareResult['facts']['a']) =>
    lines.push(`${label} (${list.length}): ${list.map((f) => f.title).join('; ') || 'none'}`);
  lines.push('');
  facts('Facts both mention', result.facts.both);
  facts('Facts only A mentions', result.facts.a);
  facts('Facts only B mentions', result.facts.b);
  lines.push('', `Conflicts (${result.conflicts.length}):`);
  for (const c of result.conflicts)
    lines.push(
      `  ${c.title}: A “${c.a.quote}” (${c.a.value}) vs B “${c.b.quote}” (${c.b.value}); record ${c.record}; supports ${c.supports}`,
    );
  lines.push(`Outdated claims (${result.outdated.length}):`);
  for (const o of result.outdated)
    lines.push(`  ${o.side.toUpperCase()}${o.sentence + 1} “${o.quote}”: ${o.title}`);
  return lines.join('\n');
}

/** The `--json` document: the result, with what was compared (docs/compare-json.md). */
export function jsonDocument(result: CompareResult, a: LoadedArticle, b: LoadedArticle) {
  const meta = (x: LoadedArticle) => ({
    file: x.name,
    kind: x.kind,
    title: x.title ?? null,
    published: x.published ?? null,
    textLength: x.text.length,
  });
  return { articles: { a: meta(a), b: meta(b) }, ...result };
}

/** Output of one run: exit code, stdout and stderr text. */
export interface RunOutput {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line `argv` (without node and the script) and returns what it printed. */
export function run(argv: readonly string[], base: FactBase | null = null): RunOutput {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return { code: 2, out: '', err: `${(e as Error).message}\n` };
  }
  try {
    const factBase = base ?? bundledBase();
    if (args.evaluate)
      return {
        code: 0,
        out: evalOutput({ factBase, segmenter: args.segmenter }, args.verbose, args.crossStory),
        err: '',
      };
    const a = loadArticle(args.inputs[0] as string, args.publishedA);
    const b = loadArticle(args.inputs[1] as string, args.publishedB);
    const result = compareArticles(a, b, { factBase, segmenter: args.segmenter });
    const labels = { a: a.title ?? a.name, b: b.title ?? b.name };
    if (args.html) writeFileSync(args.html, toHtmlReport(result, labels));
    if (args.markdown) writeFileSync(args.markdown, toMarkdown(result, labels));
    const written = [args.html, args.markdown].filter(Boolean).map((f) => `wrote ${f}`);
    const out = args.json
      ? JSON.stringify(jsonDocument(result, a, b), null, 2)
      : written.length
        ? [result.summary.text, ...written].join('\n')
        : textReport(result, a, b);
    return { code: 0, out: `${out}\n`, err: '' };
  } catch (e) {
    return { code: 1, out: '', err: `compare: ${(e as Error).message}\n` };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { code, out, err } = run(process.argv.slice(2));
  process.stdout.write(out);
  process.stderr.write(err);
  process.exitCode = code;
}
