/**
 * The page's text as one coordinate system shared by the page and the worker (ADR 0023): the
 * data of the document's text nodes in tree order, concatenated, leaving out the text of
 * elements whose content is not the page's prose (scripts, styles, `<noscript>`, templates,
 * form fields, titles). The worker parses a serialised copy of the page and says where each
 * annotation is as an offset in this text plus the exact text found there; the page finds the
 * same offset with one walk of its own text nodes and checks the text before trusting it.
 *
 * Why offsets in the whole text, not per node: the worker's parser (linkedom) splits text at
 * character references ("a&amp;b" is three nodes) and a live page may hold adjacent text nodes a
 * parse would merge; the concatenated text is the same either way.
 */

/** Elements whose text is left out. In a live page their content is raw text (one child). */
const OPAQUE = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'TITLE',
  'IFRAME',
  'NOEMBED',
  'NOFRAMES',
  'XMP',
  'PLAINTEXT',
]);

const opaque = (el: Node | null): boolean => el !== null && OPAQUE.has(el.nodeName.toUpperCase());

/** The text nodes of a page in the shared coordinates, and where each one starts. */
export interface PageTexts {
  readonly nodes: readonly Text[];
  /** `starts[i]`: the offset of `nodes[i]`'s first character. */
  readonly starts: readonly number[];
  /** The length of the whole text. */
  readonly length: number;
}

function collect(nodes: Text[]): PageTexts {
  const starts: number[] = [];
  let at = 0;
  for (const n of nodes) {
    starts.push(at);
    at += n.data.length;
  }
  return { nodes, starts, length: at };
}

/** The same names as elements' `localName` (HTML's, and SVG's `<style>` and `<title>`). */
const OPAQUE_LOCAL = new Set([...OPAQUE].map((n) => n.toLowerCase()));

/**
 * The live page's text nodes (the page's side), in tree order: an opaque element is skipped with
 * everything under it, which leaves out every text node inside one, also where it holds elements
 * (`<noscript>` where the page's scripts are off, or built by a script), as the worker's side does.
 * One walk by `firstChild` / `nextSibling` (no TreeWalker, no selector query: on a page with a few
 * records, setting those up cost more than the walk), iterative, so a page nested beyond the
 * stack's depth cannot make it throw.
 */
export function liveTexts(doc: Document): PageTexts {
  const nodes: Text[] = [];
  const root = doc.documentElement;
  let node: Node | null = root?.firstChild ?? null;
  while (node) {
    const type = node.nodeType;
    if (type === 3) nodes.push(node as Text);
    else if (type === 1 && node.firstChild && !OPAQUE_LOCAL.has((node as Element).localName)) {
      node = node.firstChild;
      continue;
    }
    // Next in tree order, climbing out of finished elements (never above the root).
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === root) node = null;
    }
    node = node?.nextSibling ?? null;
  }
  return collect(nodes);
}

/**
 * A parsed copy's text nodes (the worker's side): opaque elements are skipped with everything
 * under them, since a parser without scripting (linkedom) builds elements inside `<noscript>`
 * and `<template>` where the live page has raw text or nothing.
 */
export function parsedTexts(doc: Document): PageTexts {
  const nodes: Text[] = [];
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) nodes.push(child as Text);
      else if (child.nodeType === 1 && !opaque(child)) walk(child);
    }
  };
  if (doc.documentElement) walk(doc.documentElement);
  return collect(nodes);
}

/**
 * Where an annotation is: its offset in the page's text, the exact text there, and which
 * occurrence of that text it is in the page's text (0: the first).
 */
export interface Place {
  readonly at: number;
  readonly raw: string;
  readonly k: number;
}

/** The `k`-th occurrence (0: the first) of `raw` in `text`, or -1. */
export function occurrence(text: string, raw: string, k: number): number {
  let at = text.indexOf(raw);
  for (let i = 0; i < k && at !== -1; i++) at = text.indexOf(raw, at + 1);
  return at;
}

/** Which occurrence of `raw` in `text` the one at `at` is (core/page-map.ts, where the worker places). */
export { occurrenceAt } from '../core/page-map';

/**
 * The index of the node holding offset `at`: the last node starting at or before it; for an end,
 * the last node starting before it (an end at a node's very start belongs to the node before).
 */
function nodeAt(texts: PageTexts, at: number, end: boolean): number {
  const { starts } = texts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) < at || (!end && starts[mid] === at)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text of [from, to) in `texts` (nodes' data, sliced). */
export function textBetween(texts: PageTexts, from: number, to: number): string {
  if (!(from < to) || to > texts.length) return '';
  let out = '';
  for (let i = nodeAt(texts, from, false); i < texts.nodes.length; i++) {
    const start = texts.starts[i] as number;
    if (start >= to) break;
    const data = (texts.nodes[i] as Text).data;
    out += data.slice(Math.max(0, from - start), Math.min(data.length, to - start));
  }
  return out;
}

/** The points of [from, to) in `texts`, or null outside it. */
export function pointsAt(
  texts: PageTexts,
  from: number,
  to: number,
): { start: { node: Text; offset: number }; end: { node: Text; offset: number } } | null {
  if (!(from < to) || from < 0 || to > texts.length || !texts.nodes.length) return null;
  const a = nodeAt(texts, from, false);
  const b = nodeAt(texts, to, true);
  return {
    start: { node: texts.nodes[a] as Text, offset: from - (texts.starts[a] as number) },
    end: { node: texts.nodes[b] as Text, offset: to - (texts.starts[b] as number) },
  };
}

/** The offset of a node's first character in `texts`, by identity. */
export function offsetsOf(texts: PageTexts): Map<Text, number> {
  const map = new Map<Text, number>();
  texts.nodes.forEach((n, i) => {
    map.set(n, texts.starts[i] as number);
  });
  return map;
}

/** A function placing a `Place` on the live page. */
export type LivePlacer = (place: Place) => ReturnType<typeof pointsAt>;

/**
 * Finds places on the live page (the page's side): the page's text nodes are walked on the first
 * call; a place whose text is not where the worker's copy had it (the page changed since it was
 * serialised, or the parsers disagreed about some text) is looked up as the same occurrence of its
 * text in the page's text, and the shift found is tried first for the places after it.
 */
export function livePlacer(doc: Document): LivePlacer {
  let texts: PageTexts | null = null;
  let whole: string | null = null;
  let shift = 0;
  return (place) => {
    texts ??= liveTexts(doc);
    const to = (at: number) => at + place.raw.length;
    const guess = place.at + shift;
    if (textBetween(texts, guess, to(guess)) === place.raw) return pointsAt(texts, guess, to(guess));
    if (!place.raw) return null;
    whole ??= texts.nodes.map((n) => n.data).join('');
    const found = occurrence(whole, place.raw, place.k);
    if (found === -1) return null;
    shift = found - place.at;
    return pointsAt(texts, found, to(found));
  };
}
