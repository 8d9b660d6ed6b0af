/**
 * The reader view's highlights: the engine's records over a clip's stored article text, placed in
 * the article as the reader view renders it. The rendered text is not the stored text character
 * for character (images became placeholders with their alt text, the HTML was sanitised again), so
 * each record is anchored like a saved passage (core/clips/anchor.ts): its quote with the stored
 * context, near its stored offsets. A record that does not anchor is left out, never misplaced.
 */
import type { AnnotationRecord } from '../../core/annotate';
import { anchorPassage } from '../../core/clips/anchor';
import { describeRange } from '../../core/clips/selectors';
import { buildTextIndex, pointsFor } from '../../dom/text-index';

/** What a highlight needs of a record; stored annotations have no card or reasons. */
export type MarkRecord = Pick<AnnotationRecord, 'start' | 'end' | 'quote' | 'kind' | 'factIds' | 'verdict'> &
  Partial<Pick<AnnotationRecord, 'reasons' | 'resolved' | 'record'>>;

export interface Mark<R extends MarkRecord = MarkRecord> {
  readonly record: R;
  readonly range: Range;
}

/** The highlight name of a record, as on the page (src/core/highlight-styles.ts, library.css). */
export function markName(r: Pick<MarkRecord, 'kind' | 'verdict'>): string {
  return r.kind === 'term' ? 'gloss-term' : `gloss-claim-${r.verdict ?? 'context'}`;
}

/** Places `records` (offsets into `text`, the clip's stored article text) under `root`, in document order. */
export function placeRecords<R extends MarkRecord>(
  root: Element,
  text: string,
  records: readonly R[],
): Mark<R>[] {
  const index = buildTextIndex(root);
  const doc = root.ownerDocument;
  const marks: Mark<R>[] = [];
  for (const record of records) {
    if (!(record.start < record.end && record.end <= text.length)) continue;
    if (text.slice(record.start, record.end) !== record.quote) continue;
    const { quote, position } = describeRange(text, record.start, record.end);
    const anchor = anchorPassage(index.text, quote, position);
    const points = anchor && pointsFor(index, anchor.start, anchor.end);
    if (!points) continue;
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    marks.push({ record, range });
  }
  return marks.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}
