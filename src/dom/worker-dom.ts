/**
 * An HTML parser for contexts without a DOM (the compare worker): linkedom builds an inert
 * document from a string — no browsing context, so nothing runs and nothing loads — that
 * Readability reads as it reads a browser's (ADR 0022). Loaded on first use only.
 */

/** What callers need of a parser: the platform's DOMParser has the same shape. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/** linkedom's DOMParser, loaded on the first call. */
export async function workerDomParser(): Promise<HtmlParser> {
  const { DOMParser } = await import('linkedom/worker');
  return new DOMParser() as unknown as HtmlParser;
}
