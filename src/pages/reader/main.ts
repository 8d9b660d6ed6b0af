/**
 * Chrome's reader document (ADR 0039): an offscreen page (`chrome.offscreen`, reason DOM_PARSER)
 * the worker creates when it first needs a page read. A service worker has no DOM, and carrying an
 * HTML parser in its script (linkedom, ADR 0023) made every wake compile it; here the platform's
 * `DOMParser` builds the inert copy (no browsing context: nothing runs, nothing loads), Readability
 * finds the article, and the reply is plain data the worker places records with.
 */
import { readPageMap } from '../../dom/page-copy';
import { fromExtensionPage, handle } from '../../platform/messaging';

handle({
  // Only Gloss's own contexts (the worker) ask: a content script's message reaches this page too.
  'page/read': ({ html }, sender) => {
    if (!fromExtensionPage(sender)) throw new Error("page/read is only for Gloss's worker");
    return readPageMap(html, new DOMParser());
  },
});
