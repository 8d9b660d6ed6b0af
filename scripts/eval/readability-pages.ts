/**
 * The 130 pages of ../shared/corpus/readability-pages as Readability gives their articles (a DOM
 * node, not text: flattening it is part of what the cost scripts time). Shared by rule-cost.ts and
 * engine-pair.ts (ADR 0111).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ReadabilityPage {
  readonly page: string;
  readonly content: Node;
  readonly published: string | null;
}

/** Every page under `corpus` with a `source.html` Readability finds an article in, by name. */
export function readabilityPages(corpus: string): ReadabilityPage[] {
  const pages: ReadabilityPage[] = [];
  for (const page of readdirSync(corpus).sort()) {
    let html: string;
    try {
      html = readFileSync(join(corpus, page, 'source.html'), 'utf8');
    } catch {
      continue;
    }
    const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
    const parsed = new Readability<Node>(dom.window.document, { serializer: (n) => n }).parse();
    if (parsed?.content)
      pages.push({ page, content: parsed.content, published: parsed.publishedTime ?? null });
  }
  return pages;
}
