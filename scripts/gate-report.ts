/**
 * `npx tsx scripts/gate-report.ts [--write]`: what the worker's first gate (src/core/gate.ts,
 * ADR 0021) lets through and what it misses. A page "has terms" when the engine, run as the
 * extension runs it on the page's article (Readability on jsdom, then the bundled fact base),
 * finds at least one annotation; the gate sees only the page's title and URL.
 *
 * - The eval articles (dev and held-out): their titles, as the bench's pages built from them
 *   show them; judged on the title alone (the bench serves them under paths made of their ids,
 *   which name the story and would flatter the gate).
 * - The seed pages and the 130 pages of ../shared/corpus/readability-pages: their `<title>`, under
 *   a path without words (as the bench serves them).
 * With --write, the table goes to docs/benchmarks.md ("First gate: title and URL").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { annotateWith } from '../src/core/facts/factbase';
import { gateVocabulary, passesGate } from '../src/core/gate';
import { writeSection } from './bench-doc.mjs';
import { pageArticle } from './eval/pages';
import { loadFactBase } from './vite/fact-base-plugin';

const ROOT = new URL('..', import.meta.url).pathname;
const base = loadFactBase(join(ROOT, 'src/data'));
const vocabulary = gateVocabulary(base);

interface Row {
  readonly set: string;
  readonly name: string;
  readonly title: string;
  readonly terms: number;
  readonly passes: boolean;
}

function evalRows(set: string, dir: string): Row[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      const a = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        id?: string;
        title?: string;
        published?: string;
        paragraphs?: string[];
      };
      const title = a.title ?? '';
      const text = [title, ...(a.paragraphs ?? [])].join('\n\n');
      return {
        set,
        name: a.id ?? name,
        title,
        terms: annotateWith(base, text, a.published ?? null).length,
        passes: passesGate(vocabulary, title, 'https://news.example/article'),
      };
    });
}

function htmlRow(set: string, name: string, file: string, path: string): Row {
  const html = readFileSync(file, 'utf8');
  const url = `http://127.0.0.1${path}`;
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const title = dom.window.document.title;
  dom.window.close();
  const article = pageArticle(html, url);
  return {
    set,
    name,
    title,
    terms: article ? annotateWith(base, article.text, article.published).length : 0,
    passes: passesGate(vocabulary, title, url),
  };
}

const rows: Row[] = [
  ...evalRows('eval (dev)', join(ROOT, 'test/fixtures/eval/articles')),
  ...evalRows('eval (held-out)', join(ROOT, 'test/fixtures/eval/holdout')),
];
const seeds = join(ROOT, 'test/fixtures/seeds');
for (const n of readdirSync(seeds).filter((f) => f.endsWith('.html')))
  rows.push(htmlRow('seeds', n, join(seeds, n), `/seeds/${n}`));
const corpus = join(ROOT, '../shared/corpus/readability-pages');
if (existsSync(corpus))
  for (const n of readdirSync(corpus).sort())
    if (existsSync(join(corpus, n, 'source.html')))
      rows.push(htmlRow('corpus', n, join(corpus, n, 'source.html'), `/corpus/${n}/source.html`));

const sets = [...new Set(rows.map((r) => r.set))];
const line = (set: string) => {
  const list = rows.filter((r) => r.set === set);
  const term = list.filter((r) => r.terms > 0);
  const none = list.filter((r) => r.terms === 0);
  const missed = term.filter((r) => !r.passes);
  return `| ${set} | ${list.length} | ${term.length} | ${missed.length} | ${none.filter((r) => r.passes).length} of ${none.length} | ${list.filter((r) => r.passes).length} |`;
};
const missed = rows.filter((r) => r.terms > 0 && !r.passes);
const section = `## First gate: title and URL

Run with \`npx tsx scripts/gate-report.ts --write\` on ${new Date().toISOString().slice(0, 10)}. The worker's gate (\`src/core/gate.ts\`, ADR 0021) on each page's title and URL path, with the fact base's own compiled matcher (aliases as the engine matches them, multi-word keywords; ${vocabulary.story.size} story words — single keywords and claim cues' phrases — of which two of one fact are needed). "Terms": the engine finds at least one annotation in the page's article (Readability on jsdom for HTML pages, the article's text for the eval articles, judged on their title alone).

| pages | n | with terms | with terms, gate fails (missed) | without terms, gate passes | gate passes |
|---|---|---|---|---|---|
${sets.map(line).join('\n')}

Missed pages (the reader gets them with "Check this page" in the popup, or Options → "Check every page's text"):

${missed.length ? missed.map((r) => `- ${r.set} ${r.name}: "${r.title}" (${r.terms} annotations)`).join('\n') : '- none'}
`;
console.log(section);
const corpusPassing = rows.filter((r) => r.set === 'corpus' && r.passes);
console.log(`corpus pages passing: ${corpusPassing.map((r) => `${r.name} "${r.title}"`).join('; ')}`);
if (process.argv.includes('--write')) writeSection('First gate: title and URL', section);
