/**
 * From the page to annotations (ADR 0011): Readability picks the article out of a clone of
 * the page (here: it needs the DOM), the worker runs the engine on its text (terms and
 * claims, with the card views they need), and each record becomes a Range on the live
 * page. Content added later is sent on its own, without a new parse.
 */
import type { AnnotationRecord } from '../../../core/annotate';
import type { CardView } from '../../../core/facts/card';
import { type ParsedArticle, parseArticle } from '../../../dom/readability';
import { buildTextIndex, pointsFor, type TextIndex } from '../../../dom/text-index';
import { send } from '../../../platform/messaging';
import { now, span } from '../../timing';

export interface Annotation {
  /** Stable for the page's lifetime (ids of removed annotations are not reused). */
  readonly id: number;
  readonly record: AnnotationRecord;
  readonly range: Range;
  /** From the record, for the visibility rule (core/settings.ts). */
  readonly kind: AnnotationRecord['kind'];
  readonly verdict: AnnotationRecord['verdict'];
  readonly factId: string;
}

/** What the worker found in a text: records and the card views they need. */
export interface Analysis {
  readonly records: readonly AnnotationRecord[];
  readonly views: readonly CardView[];
}

/** The article of the page, parsed, before the worker has seen its text. */
export interface ParsedPage {
  readonly index: TextIndex;
  readonly toLive: (n: Text) => Text | undefined;
  /** The live element holding the article (content added inside it is annotated too). */
  readonly container: Node | null;
  readonly published: string | null;
  /** Readability's result, shared with the clip feature (content/page-context.ts). */
  readonly article: ParsedArticle;
}

/** Asks the worker to analyse `text`; null if it could not (worker gone, extension reloaded). */
export async function analyze(text: string, published: string | null): Promise<Analysis | null> {
  const result = await send('page/analyze', { text, published });
  return result.ok ? result.value : null;
}

/** Turns records over `index` into live annotations (records whose text is gone are skipped). */
export function toAnnotations(
  doc: Document,
  index: TextIndex,
  records: readonly AnnotationRecord[],
  toLive: (n: Text) => Text | undefined,
  nextId: () => number,
): Annotation[] {
  const out: Annotation[] = [];
  for (const record of records) {
    const factId = record.factIds[0];
    const points = pointsFor(index, record.start, record.end, toLive);
    if (!factId || !points) continue;
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    out.push({ id: nextId(), record, range, kind: record.kind, verdict: record.verdict, factId });
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

/** Parses the article of `doc` (a clone of it); null when the page has none. */
export function parsePage(doc: Document): ParsedPage | null {
  const start = now();
  const article = parseArticle(doc);
  span('gloss:parse', start);
  if (!article) return null;
  return {
    index: article.index,
    toLive: article.toLive,
    container: containerOf(doc, article.index, article.toLive),
    published: article.publishedTime,
    article,
  };
}

/** The text of content added to the live page later (no Readability, no clone: it is the text). */
export function addedText(root: Node): TextIndex | null {
  const index = buildTextIndex(root);
  return index.text.trim() ? index : null;
}
