/**
 * From the page to annotations (ADR 0023): the page sends its serialised document; the worker
 * parses a copy, picks the article out with Readability, runs the engine on its text (terms and
 * claims, with the annotated facts' card views) and says where each record is in the page's
 * text; each becomes a Range on the live page. Content added later is sent as text on its own.
 */
import type { CardView } from '../../../core/facts/card';
import { MAX_PAGE_HTML } from '../../../core/limits';
import type { PageReading, PageRecord } from '../../../core/messages';
import type { LivePlacer } from '../../../dom/page-text';
import { buildTextIndex, pointsFor, type TextIndex } from '../../../dom/text-index';
import { send } from '../../../platform/content-messaging';
import { now, span } from '../../timing';

export interface Annotation {
  /** Stable for the page's lifetime (ids of removed annotations are not reused). */
  readonly id: number;
  readonly record: PageRecord;
  readonly range: Range;
  /** From the record, for the visibility rule (core/settings.ts). */
  readonly kind: PageRecord['kind'];
  readonly verdict: PageRecord['verdict'];
  readonly factId: string;
}

/** What the worker found in a text: records and the card views they need. */
export interface Analysis {
  readonly records: readonly PageRecord[];
  readonly views: readonly CardView[];
}

/**
 * The page's serialised document (one native call), as the worker reads it (ADR 0023); null when
 * there is none or it is longer than MAX_PAGE_HTML: a page far beyond any article (a 5 MB dump) is
 * not sent at all, Gloss stands aside (ADR 0017).
 */
export function pageHtml(doc: Document): string | null {
  const start = now();
  const html = doc.documentElement?.outerHTML ?? '';
  span('gloss:serialize', start);
  return !html || html.length > MAX_PAGE_HTML ? null : html;
}

/**
 * Sends the page's serialised document to the worker, which reads it (ADR 0023); null when the
 * page is too large to send, has no article, or the worker could not read it. The serialising and
 * the send are this task's work; Readability and the engine run in the worker. (The probe's
 * message carries the first reading of a page; this is for a feature that starts again.)
 */
export function readPage(doc: Document): Promise<PageReading | null> | null {
  const html = pageHtml(doc);
  if (html === null) return null;
  return send('page/parse', { html }).then((r) => (r.ok ? r.value : null));
}

/**
 * The worker's records placed on the live page, a slice at a time (ADR 0039, round 3): one walk
 * of the page's text nodes (on the first record), then each record's place checked against the
 * text there (records whose place is gone are skipped). `run` places records until all are placed
 * or its `enough` says the slice has run long enough, so a page with many records is placed in
 * several tasks with the page's own work between them.
 */
export class Placing {
  readonly placed: Annotation[] = [];
  private next = 0;

  constructor(
    private readonly doc: Document,
    private readonly reading: PageReading,
    private readonly find: LivePlacer,
    private readonly nextId: () => number,
  ) {}

  /** True when every record has been tried. */
  get done(): boolean {
    return this.next >= this.reading.records.length;
  }

  /** Places records until all are tried or `enough()` (asked after each record) is true; returns `done`. */
  run(enough: () => boolean): boolean {
    const { records, places } = this.reading;
    while (this.next < records.length) {
      const i = this.next++;
      const record = records[i] as PageRecord;
      const factId = record.factIds[0];
      const place = places[i];
      const points = place ? this.find(place) : null;
      if (factId && points) {
        const range = this.doc.createRange();
        range.setStart(points.start.node, points.start.offset);
        range.setEnd(points.end.node, points.end.offset);
        const { kind, verdict } = record;
        this.placed.push({ id: this.nextId(), record, range, kind, verdict, factId });
      }
      if (enough()) break;
    }
    return this.done;
  }
}

/** The live element holding the article (content added inside it is annotated too), or null. */
export function articleContainer(doc: Document, reading: PageReading, find: LivePlacer): Node | null {
  if (!reading.bounds) return null;
  const first = find(reading.bounds.first);
  const last = find(reading.bounds.last);
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStartBefore(first.start.node);
  range.setEndAfter(last.end.node);
  return range.commonAncestorContainer;
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
  records: readonly PageRecord[],
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

/** The text of content added to the live page later (no Readability, no clone: it is the text). */
export function addedText(root: Node): TextIndex | null {
  const index = buildTextIndex(root);
  return index.text.trim() ? index : null;
}
