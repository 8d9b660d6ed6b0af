/**
 * Reading a page's serialised copy (ADR 0023, 0039): the page's HTML, serialised by the page, is
 * parsed into an inert document (a `DOMParser`'s: no browsing context, so no script runs and nothing
 * loads), Readability picks the article out of it as it did on the page, and every text node of the
 * article is given its place in the page's text (dom/page-text.ts), as plain data (`PageMap`): the
 * worker, which has no DOM, runs the engine on the article and places each span with
 * core/page-map.ts's `placeIn`; the page finds a place on its live DOM with one walk of its own.
 * Runs where a DOM is: Chrome's offscreen reader document, Firefox's event page, tests.
 */

import type { TextPlace } from '../core/messages';
import { type MapSegment, type PageCopy, type PageMap, pageCopyOf, runsOf } from '../core/page-map';
import { occurrenceAt, type PageTexts, parsedTexts } from './page-text';
import { parseArticle } from './readability';
import type { HtmlParser } from './worker-dom';

export type { HtmlParser, PageCopy, PageMap };

/** At most this much of a node's text identifies it (the bounds). */
const BOUND_CHARS = 200;

/**
 * Each article text node's offset in the page's text. Readability moves the copy's nodes into
 * the article, so identity finds them; when it re-creates nodes (its retry path re-parses HTML),
 * the rest are found by equal text, scanning forward in document order.
 */
function originsOf(nodes: readonly Text[], texts: PageTexts, data: readonly string[]): Map<Text, number> {
  const index = new Map<Text, number>();
  texts.nodes.forEach((n, i) => {
    index.set(n, i);
  });
  const out = new Map<Text, number>();
  let cursor = 0;
  for (const node of nodes) {
    const i = index.get(node);
    if (i !== undefined && data[i] === node.data) {
      out.set(node, texts.starts[i] as number);
      cursor = i + 1;
      continue;
    }
    if (!node.data.trim()) continue;
    for (let k = cursor; k < data.length; k++) {
      if (data[k] === node.data) {
        out.set(node, texts.starts[k] as number);
        cursor = k + 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Makes the copy look like the page did to Readability: the serialiser writes a `<template>`'s content
 * and a `<noscript>`'s raw text as markup, which a parser without scripting builds into elements. In the
 * page a template's content is outside the tree (a single-page app keeps its next story there) and a
 * `<noscript>` holds one text node.
 */
function asThePageHadIt(doc: Document): void {
  for (const el of doc.querySelectorAll('template')) el.replaceChildren();
  for (const el of doc.querySelectorAll('noscript')) if (el.firstElementChild) el.textContent = el.innerHTML;
}

/** Reads the article of `html` (the page's serialised document) as data; null when it has none. */
export function readPageMap(html: string, parser: HtmlParser): PageMap | null {
  const doc = parser.parseFromString(html, 'text/html');
  asThePageHadIt(doc);
  const texts = parsedTexts(doc);
  // Readability may change the copy: its text as parsed is the page's.
  const data = texts.nodes.map((n) => n.data);
  const article = parseArticle(doc, { clone: false });
  if (!article) return null;
  const { index } = article;
  const origins = originsOf(
    index.segments.map((s) => s.node),
    texts,
    data,
  );
  const page = data.join('');
  const segments: MapSegment[] = index.segments.map((s) => {
    const origin = origins.get(s.node);
    return { start: s.start, end: s.end, runs: origin === undefined ? null : runsOf(origin, s.offsets) };
  });
  const mapped = index.segments.filter((s) => origins.has(s.node));
  const bound = (node: Text): TextPlace => {
    const at = origins.get(node) as number;
    const raw = page.slice(at, at + Math.min(node.data.length, BOUND_CHARS));
    return { at, raw, k: occurrenceAt(page, raw, at) };
  };
  const first = mapped[0];
  const last = mapped[mapped.length - 1];
  return {
    text: index.text,
    published: article.publishedTime,
    page,
    segments,
    bounds: first && last ? { first: bound(first.node), last: bound(last.node) } : null,
  };
}

/** Reads the article of `html` and where its spans are on the page; null when it has none. */
export function readPageCopy(html: string, parser: HtmlParser): PageCopy | null {
  const map = readPageMap(html, parser);
  return map && pageCopyOf(map);
}
