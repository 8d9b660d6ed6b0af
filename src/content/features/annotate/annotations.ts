/**
 * From the page to annotations: parse a clone with Readability, run the core engine on
 * the article text (terms and claims), and turn each annotation into a Range on the live
 * page. Content added later is annotated on its own, without a new parse. User Timing
 * measures (gloss:parse, gloss:match) show the cost in DevTools.
 */
import matcherIndexJson from 'virtual:gloss/matcher-index';
import { type AnnotationRecord, annotateText } from '../../../core/annotate';
import { factById } from '../../../core/facts/base';
import type { Fact } from '../../../core/facts/schema';
import { Matcher, type MatcherIndex } from '../../../core/match/terms';
import { parseArticle } from '../../../dom/readability';
import { buildTextIndex, pointsFor, type TextIndex } from '../../../dom/text-index';

export interface Annotation {
  /** Stable for the page's lifetime (ids of removed annotations are not reused). */
  readonly id: number;
  readonly fact: Fact;
  readonly record: AnnotationRecord;
  readonly range: Range;
  /** From the record, for the visibility rule (core/settings.ts). */
  readonly kind: AnnotationRecord['kind'];
  readonly verdict: AnnotationRecord['verdict'];
  readonly factId: string;
}

export interface PageAnnotations {
  readonly annotations: Annotation[];
  /** The live element holding the article (content added inside it is annotated too). */
  readonly container: Node | null;
  readonly published: string | null;
}

// Compiled at build time (scripts/vite/fact-base-plugin.ts); parsed on first use, so pages
// without an article never pay for it.
let matcher: Matcher | null = null;
function getMatcher(): Matcher {
  matcher ??= new Matcher(JSON.parse(matcherIndexJson) as MatcherIndex);
  return matcher;
}

function toAnnotations(
  doc: Document,
  index: TextIndex,
  records: readonly AnnotationRecord[],
  toLive: (n: Text) => Text | undefined,
  nextId: () => number,
): Annotation[] {
  const out: Annotation[] = [];
  for (const record of records) {
    const fact = factById(record.factIds[0] ?? '');
    const points = pointsFor(index, record.start, record.end, toLive);
    if (!fact || !points) continue;
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    out.push({
      id: nextId(),
      fact,
      record,
      range,
      kind: record.kind,
      verdict: record.verdict,
      factId: fact.id,
    });
  }
  return out;
}

function containerOf(doc: Document, index: TextIndex, toLive: (n: Text) => Text | undefined): Node | null {
  const first = index.segments.find((s) => toLive(s.node));
  const last = [...index.segments].reverse().find((s) => toLive(s.node));
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStartBefore(toLive(first.node) as Text);
  range.setEndAfter(toLive(last.node) as Text);
  return range.commonAncestorContainer;
}

/** Annotates `doc`; null when the page has no article. */
export function annotateDocument(doc: Document, nextId: () => number): PageAnnotations | null {
  performance.mark('gloss:parse:start');
  const article = parseArticle(doc);
  performance.measure('gloss:parse', 'gloss:parse:start');
  if (!article) return null;
  performance.mark('gloss:match:start');
  const records = annotateText(article.index.text, {
    matcher: getMatcher(),
    factById,
    published: article.publishedTime,
  });
  const annotations = toAnnotations(doc, article.index, records, article.toLive, nextId);
  performance.measure('gloss:match', 'gloss:match:start');
  return {
    annotations,
    container: containerOf(doc, article.index, article.toLive),
    published: article.publishedTime,
  };
}

/** Annotates content added to the live page later (no Readability, no clone: it is the text). */
export function annotateAdded(root: Node, published: string | null, nextId: () => number): Annotation[] {
  const doc = root.ownerDocument;
  if (!doc) return [];
  const index = buildTextIndex(root);
  if (!index.text.trim()) return [];
  const records = annotateText(index.text, { matcher: getMatcher(), factById, published });
  return toAnnotations(doc, index, records, (n) => n, nextId);
}
