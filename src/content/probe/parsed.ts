/**
 * The probe is injected as soon as the browser can (ADR 0048 round 22), no longer at the document's
 * idle point: into a page already loaded (the gate's pages) that is the same moment, sooner; into a
 * document still being parsed (the popup's "Check this page" while a page loads) it would read half a
 * page. It reads the page once the document is parsed, as the browser's idle injection waited to.
 */

/** Runs `run` now if `doc` is parsed, else once it is (`DOMContentLoaded`), unless `signal` aborts first. */
export function whenParsed(doc: Document, run: () => void, signal: AbortSignal): void {
  if (doc.readyState !== 'loading') {
    run();
    return;
  }
  doc.addEventListener('DOMContentLoaded', () => run(), { once: true, signal });
}
