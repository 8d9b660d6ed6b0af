/**
 * The dev corpus of test/fixtures/eval/articles/: loading and checking the gold files
 * (format in test/fixtures/eval/README.md). A malformed file is an error naming the file
 * and the item, never a silently smaller corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Verdict } from '../../src/core/claims/verdict';

export type Style = 'indian-daily' | 'wire' | 'us-business' | 'chinese-state' | 'trap';
const STYLES: readonly Style[] = ['indian-daily', 'wire', 'us-business', 'chinese-state', 'trap'];
const VERDICTS: readonly Verdict[] = ['consistent', 'differs', 'outdated', 'context'];

export interface GoldItem {
  readonly quote: string;
  readonly nth?: number;
  readonly all?: boolean;
  readonly fact?: string;
  readonly facts?: readonly string[];
  readonly verdict?: Verdict;
  readonly class?: string;
}

export interface AlteredItem {
  readonly quote: string;
  readonly nth?: number;
  readonly replace: string;
  readonly fact: string;
  /** Further facts the wrong value may be flagged against (a fact added later that is as right). */
  readonly alsoFacts?: readonly string[];
  readonly class: string;
}

export interface EvalArticle {
  readonly id: string;
  readonly style: Style;
  readonly published: string | null;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly gold: readonly GoldItem[];
  readonly acceptable?: readonly GoldItem[];
  readonly altered?: readonly AlteredItem[];
}

/** A span of the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const articleText = (a: EvalArticle): string => a.paragraphs.join('\n\n');

/** Every occurrence of `quote` in `text`, as spans. */
function occurrences(text: string, quote: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1))
    out.push({ start: i, end: i + quote.length });
  return out;
}

/** The spans an item names (`nth`, default 1; or `all`). Throws when the quote is missing. */
export function spansOf(text: string, item: { quote: string; nth?: number; all?: boolean }): Span[] {
  const all = occurrences(text, item.quote);
  if (!all.length) throw new Error(`quote not in text: "${item.quote}"`);
  if (item.all) return all;
  const n = item.nth ?? 1;
  const span = all[n - 1];
  if (!span) throw new Error(`quote "${item.quote}" has ${all.length} occurrence(s), not ${n}`);
  return [span];
}

export const factsOf = (item: GoldItem): readonly string[] => item.facts ?? (item.fact ? [item.fact] : []);

function check(a: EvalArticle, file: string, known: ReadonlySet<string>): void {
  const fail = (msg: string) => {
    throw new Error(`${file}: ${msg}`);
  };
  if (a.id !== basename(file, '.json')) fail(`id "${a.id}" is not the file name`);
  if (!STYLES.includes(a.style)) fail(`unknown style "${a.style}"`);
  if (a.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a.published))
    fail('published must be YYYY-MM-DD or null');
  if (!Array.isArray(a.paragraphs) || !a.paragraphs.length) fail('no paragraphs');
  const text = articleText(a);
  const items: [string, GoldItem][] = [
    ...a.gold.map((g, i) => [`gold[${i}]`, g] as [string, GoldItem]),
    ...(a.acceptable ?? []).map((g, i) => [`acceptable[${i}]`, g] as [string, GoldItem]),
  ];
  for (const [at, g] of items) {
    try {
      spansOf(text, g);
    } catch (e) {
      fail(`${at}: ${(e as Error).message}`);
    }
    const facts = factsOf(g);
    if (!facts.length) fail(`${at}: no fact`);
    for (const f of facts) if (!known.has(f)) fail(`${at}: unknown fact id "${f}"`);
    if (g.verdict !== undefined && !VERDICTS.includes(g.verdict))
      fail(`${at}: unknown verdict "${g.verdict}"`);
  }
  (a.altered ?? []).forEach((x, i) => {
    try {
      spansOf(text, x);
    } catch (e) {
      fail(`altered[${i}]: ${(e as Error).message}`);
    }
    for (const f of [x.fact, ...(x.alsoFacts ?? [])])
      if (!known.has(f)) fail(`altered[${i}]: unknown fact id "${f}"`);
    if (x.replace === x.quote) fail(`altered[${i}]: replacement equals the quote`);
  });
}

/**
 * Loads and checks every article in `dir` (sorted by id). `lenient` skips a broken file
 * with a warning instead of throwing (for work in progress; tests are never lenient).
 */
export function loadCorpus(dir: string, knownFacts: ReadonlySet<string>, lenient = false): EvalArticle[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      if (!lenient) return [load(dir, name, knownFacts)];
      try {
        return [load(dir, name, knownFacts)];
      } catch (e) {
        console.warn(`skipped: ${(e as Error).message}`);
        return [];
      }
    });
}

function load(dir: string, name: string, knownFacts: ReadonlySet<string>): EvalArticle {
  const file = join(dir, name);
  let a: EvalArticle;
  try {
    a = JSON.parse(readFileSync(file, 'utf8')) as EvalArticle;
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  check(a, file, knownFacts);
  return a;
}

/** The text of an altered copy, and where the replacement sits in it. */
export function alteredText(a: EvalArticle, x: AlteredItem): { text: string; span: Span } {
  const text = articleText(a);
  const [span] = spansOf(text, x) as [Span];
  return {
    text: text.slice(0, span.start) + x.replace + text.slice(span.end),
    span: { start: span.start, end: span.start + x.replace.length },
  };
}
