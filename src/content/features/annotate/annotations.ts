/**
 * From the page to annotations: parse a clone with Readability, run the core engine on
 * the article text (terms and claims), and turn each annotation into a Range on the live
 * page. User Timing measures (gloss:parse, gloss:match) show the cost in DevTools.
 */
import matcherIndex from 'virtual:gloss/matcher-index';
import { type AnnotationRecord, annotateText } from '../../../core/annotate';
import { factById } from '../../../core/facts/base';
import type { Fact } from '../../../core/facts/schema';
import { Matcher } from '../../../core/match/terms';
import { parseArticle } from '../../../dom/readability';
import { pointsFor } from '../../../dom/text-index';

export interface Annotation {
  readonly id: number;
  readonly fact: Fact;
  readonly record: AnnotationRecord;
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
  const records = annotateText(article.index.text, {
    matcher: MATCHER,
    factById,
    published: article.publishedTime,
  });
  const out: Annotation[] = [];
  for (const record of records) {
    const fact = factById(record.factIds[0] ?? '');
    const points = pointsFor(article.index, record.start, record.end, article.toLive);
    if (!fact || !points) continue;
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    out.push({ id: out.length, fact, record, range });
  }
  performance.measure('gloss:match', 'gloss:match:start');
  return out;
}
