/**
 * The background's HTML parser (ADR 0023): linkedom, built into the worker's bundle but evaluated
 * only when the first page of a wake is parsed (scripts/vite/lazy-linkedom-plugin.ts; a module
 * service worker cannot `import()`). The compare worker loads linkedom its own way (worker-dom.ts).
 */
import { linkedomParser } from 'virtual:gloss/linkedom';
import type { HtmlParser } from './worker-dom';

/** A parser of inert documents: nothing in them runs or loads. */
export function inertParser(): HtmlParser {
  const Parser = linkedomParser();
  return new Parser() as HtmlParser;
}
