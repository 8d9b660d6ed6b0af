/**
 * Readability on a clone, never on the live page.
 *
 * The page is cloned, Readability picks the article out of the clone, and every text
 * node of the article is mapped back to the live text node it was copied from, so
 * matches found in the article text become ranges on the live page without the live DOM
 * ever being touched.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { buildTextIndex, type TextIndex } from './text-index';

export interface ParsedArticle {
  readonly title: string;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly lang: string | null;
  /** The article's text, flattened (see text-index.ts); offsets index this. */
  readonly index: TextIndex;
  /** Maps an article text node (in the clone) to the live text node it came from. */
  readonly toLive: (node: Text) => Text | undefined;
  /** Readability's article element (detached; the index's text nodes live in it), for its HTML. */
  readonly root: Node;
}

export interface ParseOptions {
  /** Skip the `isProbablyReaderable` pre-check (the CLI parses any page it is given). */
  readonly force?: boolean;
  /** Clone and map back to the live document (content script). Off: parse `doc` itself. */
  readonly clone?: boolean;
}

const SHOW_TEXT = 4;

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/**
 * Builds the clone → live map. Readability usually moves the clone's own text nodes into
 * the article, so identity maps them; when it re-creates nodes (its retry path re-parses
 * HTML), the remaining ones are found by equal text, scanning forward in document order.
 */
function mapToLive(
  articleTexts: readonly Text[],
  cloneToLive: Map<Text, Text>,
  live: readonly Text[],
): Map<Text, Text> {
  const result = new Map<Text, Text>();
  const position = new Map<Text, number>();
  live.forEach((n, i) => {
    position.set(n, i);
  });
  let cursor = 0;
  for (const node of articleTexts) {
    const direct = cloneToLive.get(node);
    if (direct && direct.data === node.data) {
      result.set(node, direct);
      cursor = (position.get(direct) ?? cursor) + 1;
      continue;
    }
    if (!node.data.trim()) continue;
    for (let i = cursor; i < live.length; i++) {
      if ((live[i] as Text).data === node.data) {
        result.set(node, live[i] as Text);
        cursor = i + 1;
        break;
      }
    }
  }
  return result;
}

/** Parses the article of `doc`, or returns null when the page has none. Never throws on bad pages. */
export function parseArticle(doc: Document, options: ParseOptions = {}): ParsedArticle | null {
  if (!doc.documentElement || !doc.body) return null;
  if (!options.force && !isProbablyReaderable(doc)) return null;
  const useClone = options.clone !== false;
  const liveTexts = useClone ? textNodes(doc) : [];
  const work = useClone ? (doc.cloneNode(true) as Document) : doc;
  const cloneToLive = new Map<Text, Text>();
  if (useClone) {
    const cloneTexts = textNodes(work);
    if (cloneTexts.length !== liveTexts.length) return null; // the page changed mid-clone
    cloneTexts.forEach((n, i) => {
      cloneToLive.set(n, liveTexts[i] as Text);
    });
  }
  const parsed = new Readability<Node>(work, { serializer: (node) => node }).parse();
  const root = parsed?.content;
  if (!parsed || !root) return null;
  const index = buildTextIndex(root);
  if (!index.text.trim()) return null;
  const map = useClone
    ? mapToLive(
        index.segments.map((s) => s.node),
        cloneToLive,
        liveTexts,
      )
    : null;
  return {
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    index,
    toLive: map ? (n) => map.get(n) : (n) => n,
    root,
  };
}
