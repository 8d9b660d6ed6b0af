/**
 * The worker's side of annotating a page (ADR 0023): the page's HTML, serialised by the page, is
 * parsed into an inert document (linkedom: no browsing context, so no script runs and nothing
 * loads), Readability picks the article out of it as it did on the page, and every span of the
 * article's text can be given back as a place in the page's text (dom/page-text.ts), which the
 * page finds on its live DOM with one walk of its own.
 */

import { occurrenceAt, type PageTexts, type Place, parsedTexts } from './page-text';
import { parseArticle } from './readability';
import { pointsFor } from './text-index';
import type { HtmlParser } from './worker-dom';

export type { HtmlParser };

/** The article of a page copy, and where its spans are on the page. */
export interface PageCopy {
  /** The article's flattened text (dom/text-index.ts), what the engine reads. */
  readonly text: string;
  readonly published: string | null;
  /** Where [start, end) of `text` is in the page's text; null when it does not map. */
  place(start: number, end: number): Place | null;
  /** The article's first and last text nodes, as places (the page watches what lies between). */
  readonly bounds: { readonly first: Place; readonly last: Place } | null;
}

/** At most this much of a node's text identifies it (the bounds). */
const BOUND_CHARS = 200;

const squash = (s: string) => s.replace(/\s+/g, '');

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

/** Reads the article of `html` (the page's serialised document); null when it has none. */
export function readPageCopy(html: string, parser: HtmlParser): PageCopy | null {
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
  let whole: string | null = null;
  const text = () => {
    whole ??= data.join('');
    return whole;
  };
  const slice = (from: number, to: number) => text().slice(from, to);
  const place = (start: number, end: number): Place | null => {
    const points = pointsFor(index, start, end);
    if (!points) return null;
    const a = origins.get(points.start.node);
    const b = origins.get(points.end.node);
    if (a === undefined || b === undefined) return null;
    const at = a + points.start.offset;
    const raw = slice(at, b + points.end.offset);
    // A node found by equal text in the wrong place would give other words: not placed at all.
    if (!raw || squash(raw) !== squash(index.text.slice(start, end))) return null;
    return { at, raw, k: occurrenceAt(text(), raw, at) };
  };
  const mapped = index.segments.filter((s) => origins.has(s.node));
  const bound = (node: Text): Place => {
    const at = origins.get(node) as number;
    const raw = slice(at, at + Math.min(node.data.length, BOUND_CHARS));
    return { at, raw, k: occurrenceAt(text(), raw, at) };
  };
  const first = mapped[0];
  const last = mapped[mapped.length - 1];
  return {
    text: index.text,
    published: article.publishedTime,
    place,
    bounds: first && last ? { first: bound(first.node), last: bound(last.node) } : null,
  };
}
