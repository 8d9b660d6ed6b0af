/**
 * The pages `npm run bench:browser` loads, served on 127.0.0.1: the 130 real pages of
 * ../shared/corpus/readability-pages, the seed articles, and one simple page per eval article
 * (its paragraphs as <p>, with a <time datetime> publication date), plus Readability's own
 * script for the cold-parse baseline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const esc = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** An eval article as a plain news page. */
export function evalPage(article) {
  const date = esc(article.published ?? '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(article.title)}</title>
<meta property="article:published_time" content="${date}"></head>
<body><header><nav><a href="/">Home</a> · <a href="/world">World</a></nav></header>
<main><article><h1>${esc(article.title)}</h1>
<p class="byline">By Staff Reporter · <time datetime="${date}">${date}</time></p>
${(article.paragraphs ?? []).map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer><p>© News</p></footer></body></html>`;
}

/**
 * Lists the pages: `{ group, name, path }`, where `path` is what the server serves.
 * @param {string} root the repository root
 */
export function listPages(root) {
  const corpus = join(root, '../shared/corpus/readability-pages');
  if (!existsSync(corpus)) throw new Error(`${corpus} is missing (it comes with ../shared)`);
  const pages = [];
  for (const name of readdirSync(corpus).sort())
    if (existsSync(join(corpus, name, 'source.html')))
      pages.push({
        group: 'corpus',
        name,
        path: `/corpus/${name}/source.html`,
        file: join(corpus, name, 'source.html'),
      });
  const seeds = join(root, 'test/fixtures/seeds');
  for (const name of readdirSync(seeds)
    .filter((n) => n.endsWith('.html'))
    .sort())
    pages.push({
      group: 'seed',
      name: name.replace(/\.html$/, ''),
      path: `/seeds/${name}`,
      file: join(seeds, name),
    });
  const articles = join(root, 'test/fixtures/eval/articles');
  for (const name of readdirSync(articles)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const article = JSON.parse(readFileSync(join(articles, name), 'utf8'));
    pages.push({
      group: 'eval',
      name: article.id ?? name,
      path: `/eval/${name.replace(/\.json$/, '.html')}`,
      html: evalPage(article),
    });
  }
  return pages;
}

/** Serves `pages` and `/readability.js`; resolves with `{ origin, close }`. */
export async function servePages(root, pages) {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const readability = readFileSync(join(root, 'node_modules/@mozilla/readability/Readability.js'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const page = byPath.get(path);
    if (path === '/readability.js') {
      res.setHeader('content-type', 'text/javascript');
      res.end(readability);
    } else if (page) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page.html ?? readFileSync(page.file));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Bytes of a page's HTML (the "pages up to 200 KB" of the long-task goal). */
export const pageBytes = (page) =>
  page.html ? Buffer.byteLength(page.html) : readFileSync(page.file).length;
