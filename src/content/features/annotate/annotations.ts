/**
 * From the page to annotations: parse a clone with Readability, match the article text
 * against the fact base, and turn each match into a Range on the live page.
 */
import matcherIndex from 'virtual:gloss/matcher-index';
import { factById } from '../../../core/facts/base';
import type { Fact } from '../../../core/facts/schema';
import { Matcher } from '../../../core/match/terms';
import { parseArticle } from '../../../dom/readability';
import { pointsFor } from '../../../dom/text-index';

export interface Annotation {
  readonly id: number;
  readonly fact: Fact;
  readonly quote: string;
  readonly range: Range;
}

// Compiled at build time (scripts/vite/fact-base-plugin.ts); loading it is one JSON.parse.
const MATCHER = new Matcher(matcherIndex);

/** Annotates `doc`; an empty list when the page has no article. */
export function annotateDocument(doc: Document): Annotation[] {
  performance.mark('gloss:parse:start');
  const article = parseArticle(doc);
  performance.measure('gloss:parse', 'gloss:parse:start');
  if (!article) return [];
  performance.mark('gloss:match:start');
  const matches = MATCHER.find(article.index.text);
  const out: Annotation[] = [];
  for (const m of matches) {
    const fact = factById(m.factId);
    const points = pointsFor(article.index, m.start, m.end, article.toLive);
    if (!fact || !points) continue;
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    out.push({ id: out.length, fact, quote: article.index.text.slice(m.start, m.end), range });
  }
  performance.measure('gloss:match', 'gloss:match:start');
  return out;
}
