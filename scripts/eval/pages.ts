/**
 * The engine on pages about something else: Readability (on jsdom) and the engine over each
 * page of a corpus folder (`<page>/source.html`), as the extension would see it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseArticle } from '../../src/dom/readability';
import type { OffTopic } from './report';
import type { Annotator } from './score';

/** Article text and publication date of one HTML page, or null when it has no article. */
export function pageArticle(html: string, url: string): { text: string; published: string | null } | null {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const article = parseArticle(dom.window.document, { force: true, clone: false });
    return article ? { text: article.index.text, published: article.publishedTime } : null;
  } finally {
    dom.window.close();
  }
}

/** Every page's annotations, summarised: claims, `differs`, and the pages that got cards. */
export function offTopicPages(dir: string, annotate: Annotator): OffTopic {
  let claims = 0;
  let differs = 0;
  let pages = 0;
  const pagesWithCards: { page: string; cards: string[] }[] = [];
  for (const page of readdirSync(dir).sort()) {
    let html: string;
    try {
      html = readFileSync(join(dir, page, 'source.html'), 'utf8');
    } catch {
      continue;
    }
    pages++;
    const article = pageArticle(html, `https://example.com/${page}/`);
    if (!article) continue;
    const found = annotate(article.text, article.published);
    claims += found.filter((a) => a.kind === 'claim').length;
    differs += found.filter((a) => a.verdict === 'differs').length;
    if (found.length)
      pagesWithCards.push({ page, cards: [...new Set(found.map((a) => `"${a.quote}" → ${a.factIds[0]}`))] });
  }
  return { pages, claims, differs, pagesWithCards };
}
