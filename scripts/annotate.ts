/**
 * `npm run annotate -- <file.html|file.txt|url> [--json] [--published YYYY-MM-DD]`
 *
 * The extension's engine in Node: Readability (on jsdom) extracts the article, the core
 * annotates it. Without --json, a readable report; with it, the stable document described
 * in docs/annotate-json.md (reasons as data); the report renders the reasons in English from
 * the extension's own message catalog. Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import en from '../public/_locales/en/messages.json';
import type { AnnotationRecord } from '../src/core/annotate';
import { parsePublished } from '../src/core/claims/dates';
import { renderReasons } from '../src/core/claims/explain';
import { annotateWith, buildFactBase, type FactBase } from '../src/core/facts/factbase';
import { readPackFile } from '../src/core/facts/pack-file';
import { parseArticle } from '../src/dom/readability';
import { createTranslate } from '../src/ui/i18n';
import { loadPacks } from './vite/fact-base-plugin';

const USAGE =
  'usage: npm run annotate -- <file.html|file.txt|url> [--json] [--published YYYY-MM-DD] [--pack <pack.json>]…';
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

interface Args {
  readonly input: string;
  readonly json: boolean;
  readonly published: string | null;
  /** User fact packs to merge after the bundled base, in order (docs/fact-packs.md). */
  readonly packs: readonly string[];
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  let input: string | null = null;
  let json = false;
  let published: string | null = null;
  const packs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--pack') {
      const file = argv[++i];
      if (!file) throw new UsageError(`--pack needs a file\n${USAGE}`);
      packs.push(file);
    } else if (a === '--published') {
      published = argv[++i] ?? null;
      if (!published || parsePublished(published) === null)
        throw new UsageError(`--published needs a valid date YYYY-MM-DD (got ${published ?? 'nothing'})`);
    } else if (a.startsWith('--published=')) {
      published = a.slice('--published='.length);
      if (parsePublished(published) === null)
        throw new UsageError(`--published needs a valid date YYYY-MM-DD (got ${published})`);
    } else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (input) throw new UsageError(`one input only\n${USAGE}`);
    else input = a;
  }
  if (!input) throw new UsageError(USAGE);
  return { input, json, published, packs };
}

interface Source {
  readonly kind: 'html' | 'text';
  readonly content: string;
  readonly url: string;
}

async function read(input: string): Promise<Source> {
  if (/^https?:\/\//i.test(input)) {
    const res = await fetch(input, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
    if (!res.ok) throw new Error(`${input}: HTTP ${res.status}`);
    const body = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { kind: /html/i.test(type) || /^\s*</.test(body) ? 'html' : 'text', content: body, url: res.url };
  }
  const path = resolve(input);
  const buf = readFileSync(path);
  if (buf.length > MAX_INPUT_BYTES)
    throw new Error(`${input}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  const content = buf.toString('utf8');
  const ext = extname(path).toLowerCase();
  const kind =
    ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*</.test(content)) ? 'html' : 'text';
  return { kind, content, url: `file://${path}` };
}

export interface AnnotateDocument {
  readonly article: {
    readonly title: string | null;
    readonly byline: string | null;
    readonly siteName: string | null;
    readonly published: string | null;
    readonly textLength: number;
  };
  readonly factBaseVersion: string;
  readonly annotations: readonly AnnotationRecord[];
}

/** Annotates one input; the document `--json` prints. */
export function annotateSource(
  source: Source,
  base: FactBase,
  publishedOverride: string | null,
): AnnotateDocument {
  let text: string;
  let meta: {
    title: string | null;
    byline: string | null;
    siteName: string | null;
    published: string | null;
  };
  if (source.kind === 'html') {
    const dom = new JSDOM(source.content, { url: source.url, virtualConsole: new VirtualConsole() });
    const article = parseArticle(dom.window.document, { force: true, clone: false });
    if (!article) throw new Error('no article found in the page');
    text = article.index.text;
    meta = {
      title: article.title || null,
      byline: article.byline,
      siteName: article.siteName,
      published: article.publishedTime,
    };
    dom.window.close();
  } else {
    text = source.content.replace(/\r\n?/g, '\n');
    meta = { title: null, byline: null, siteName: null, published: null };
  }
  const published = publishedOverride ?? meta.published;
  const annotations = annotateWith(base, text, published);
  return {
    article: { ...meta, published, textLength: text.length },
    factBaseVersion: base.version,
    annotations,
  };
}

/**
 * The bundled base plus `--pack` files, each checked as the options page checks an import
 * (readPackFile), against the base it joins. Throws the problems, one line each.
 */
function withPacks(files: readonly string[]): FactBase {
  const packs = [...loadPacks(new URL('../src/data/', import.meta.url).pathname)];
  // Ids resolve against the bundled base only, as in the extension (docs/fact-packs.md).
  const bundled = buildFactBase(packs);
  for (const file of files) {
    const result = readPackFile(file, readFileSync(file, 'utf8'), bundled);
    if (!result.ok) throw new Error(`invalid fact pack\n${result.errors.join('\n')}`);
    packs.push(result.pack);
  }
  return buildFactBase(packs);
}

/** The report is in English, whatever the reader's UI language. */
const english = createTranslate(en, en);

function report(doc: AnnotateDocument): string {
  const lines: string[] = [];
  const a = doc.article;
  lines.push(a.title ?? '(untitled text)');
  lines.push(
    `  ${[a.siteName, a.byline, a.published ? `published ${a.published}` : 'no publication date'].filter(Boolean).join(' · ')}`,
  );
  lines.push(`  ${a.textLength} characters · fact base ${doc.factBaseVersion}`);
  const terms = doc.annotations.filter((x) => x.kind === 'term');
  const claims = doc.annotations.filter((x) => x.kind === 'claim');
  lines.push('', `Terms (${terms.length}):`);
  for (const t of terms) lines.push(`  ${String(t.start).padStart(6)}  “${t.quote}” → ${t.card.title}`);
  lines.push('', `Claims (${claims.length}):`);
  for (const c of claims) {
    lines.push(
      `  ${String(c.start).padStart(6)}  [${c.verdict}] “${c.quote}” → ${c.resolved ?? 'unresolved'}  | record: ${c.record}`,
    );
    lines.push(`          ${renderReasons(c.reasons, english).join(' ')}`);
  }
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.verdict ?? '', (counts.get(c.verdict ?? '') ?? 0) + 1);
  lines.push('', `Verdicts: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  try {
    const doc = annotateSource(await read(args.input), withPacks(args.packs), args.published);
    process.stdout.write(args.json ? `${JSON.stringify(doc, null, 2)}\n` : `${report(doc)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`annotate: ${(e as Error).message}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code));
}
