/**
 * The reader for a background that has a DOM (Firefox's event page, ADR 0039): its own `DOMParser`
 * builds the inert copy (no browsing context: nothing runs, nothing loads). Only Firefox's build
 * bundles this file (`__GLOSS_BACKGROUND_DOM__`), and loads it on the first read (`lazyReader`), so
 * Chrome's worker carries neither Readability nor the page copy's code, and a woken event page loads
 * them only when a page is read.
 */
import { type HtmlParser, readPageMap } from '../../dom/page-copy';
import type { PageReader } from './page-reader';

/** Reads with `parser` (the background's own DOMParser by default) in this context. */
export function readerHere(parser: () => HtmlParser = () => new DOMParser()): PageReader {
  return {
    read: async (html) => readPageMap(html, parser()),
    warm: async () => undefined,
  };
}
