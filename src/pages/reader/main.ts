/**
 * Chrome's reader document (ADR 0039): an offscreen page (`chrome.offscreen`, reason DOM_PARSER)
 * the worker opens when it first needs a page read. A service worker has no DOM, and carrying an
 * HTML parser in its script (linkedom, ADR 0023) made every wake compile it; here the platform's
 * `DOMParser` builds the inert copy (no browsing context: nothing runs, nothing loads), Readability
 * finds the article, and the reply is plain data the worker places records with.
 *
 * While it is open it keeps the extension's process alive beside a stopped worker (a woken worker then
 * starts without a new process: ADR 0039 measured ~55 ms earlier, for ~26–36 MB of memory), so it
 * closes itself once the reader has read nothing for `READER_IDLE_MS`.
 */
import { readPageMap } from '../../dom/page-copy';
import { fromExtensionPage, handle } from '../../platform/messaging';

/**
 * How long the document stays open after its last read: a reading session's pages (a few minutes
 * apart, each after Chrome stopped the idle worker) find the process alive; an idle browser gets its
 * memory back. A test may shorten it (`?idle=<ms>`, at least 100 ms).
 */
export const READER_IDLE_MS = 5 * 60_000;

function idleMs(search: string): number {
  const asked = Number(new URLSearchParams(search).get('idle'));
  return Number.isFinite(asked) && asked >= 100 ? asked : READER_IDLE_MS;
}

const idle = idleMs(location.search);
let timer = setTimeout(() => window.close(), idle);

handle({
  // Only Gloss's own contexts (the worker) ask: a content script's message reaches this page too.
  'page/read': ({ html }, sender) => {
    if (!fromExtensionPage(sender)) throw new Error("page/read is only for Gloss's worker");
    clearTimeout(timer);
    timer = setTimeout(() => window.close(), idle);
    return readPageMap(html, new DOMParser());
  },
});
