/**
 * A page's article, read from its serialised copy, as plain data (ADR 0039): what a context with
 * a DOM (Chrome's offscreen reader document, Firefox's event page, a test) finds with the parse and
 * Readability, in a form that crosses a message. The worker runs the engine on `text` and gives
 * each record's span back as a place in the page's text (ADR 0023) with `placeIn`, without a DOM.
 */
import type { TextPlace } from './messages';

/**
 * One text node of the article (dom/text-index.ts's segment): [start, end) in the article's
 * text, and where its characters are in the page's text. `runs` is flat pairs `[k, at]`: the
 * segment's character `k` is at `at` in the page's text, and each following character one further,
 * until the next pair (where collapsed whitespace skipped some). Null: the node was not found in
 * the page's text (it does not map).
 */
export interface MapSegment {
  readonly start: number;
  readonly end: number;
  readonly runs: readonly number[] | null;
}

/** A page's article and the map from its text to the page's text. */
export interface PageMap {
  /** The article's flattened text (dom/text-index.ts), what the engine reads. */
  readonly text: string;
  readonly published: string | null;
  /** The page's text in the coordinates both sides count (dom/page-text.ts). */
  readonly page: string;
  /** The article's segments in order of `start`. */
  readonly segments: readonly MapSegment[];
  /** The article's first and last text nodes, as places (the page watches what lies between). */
  readonly bounds: { readonly first: TextPlace; readonly last: TextPlace } | null;
}

/** The article of a page copy, and where its spans are on the page. */
export interface PageCopy {
  readonly text: string;
  readonly published: string | null;
  /** Where [start, end) of `text` is in the page's text; null when it does not map. */
  place(start: number, end: number): TextPlace | null;
  readonly bounds: { readonly first: TextPlace; readonly last: TextPlace } | null;
}

/** Which occurrence of `raw` in `text` the one at `at` is (0: the first). */
export function occurrenceAt(text: string, raw: string, at: number): number {
  let k = 0;
  for (let i = text.indexOf(raw); i !== -1 && i < at; i = text.indexOf(raw, i + 1)) k++;
  return k;
}

/**
 * The runs of a segment whose character `k` is at node offset `offsets[k]` in a node that starts
 * at `origin` in the page's text (the DOM side's encoding of dom/text-index.ts's offsets).
 */
export function runsOf(origin: number, offsets: readonly number[]): number[] {
  const runs: number[] = [];
  offsets.forEach((offset, k) => {
    if (k === 0 || offset !== (offsets[k - 1] as number) + 1) runs.push(k, origin + offset);
  });
  return runs;
}

/** Where character `k` of a segment is in the page's text. */
function pageAt(runs: readonly number[], k: number): number {
  let i = 0;
  while (i + 2 < runs.length && (runs[i + 2] as number) <= k) i += 2;
  return (runs[i + 1] as number) + (k - (runs[i] as number));
}

/**
 * The segment holding offset `at` of the article's text (for an end offset, `end`: an end at a
 * segment's start belongs to the segment before); dom/text-index.ts's `locate` uses it too.
 */
export function segmentAt<S extends { readonly start: number; readonly end: number }>(
  segments: readonly S[],
  at: number,
  end: boolean,
): S | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid] as S;
    if (end ? at <= s.start : at < s.start) hi = mid - 1;
    else if (end ? at > s.end : at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Where [start, end) of the article's text is in the page's text: its offset, the exact text there
 * and which occurrence of that text it is; null when an end does not map, or the page's text there
 * does not read as the article's (a node found by equal text in the wrong place).
 */
export function placeIn(map: PageMap, start: number, end: number): TextPlace | null {
  if (!(start < end)) return null;
  const a = segmentAt(map.segments, start, false);
  const b = segmentAt(map.segments, end, true);
  if (!a?.runs || !b?.runs) return null;
  const at = pageAt(a.runs, start - a.start);
  const to = pageAt(b.runs, end - b.start - 1) + 1;
  const raw = map.page.slice(at, to);
  if (!raw || squash(raw) !== squash(map.text.slice(start, end))) return null;
  return { at, raw, k: occurrenceAt(map.page, raw, at) };
}

/** A page map as the engine's side uses it. */
export function pageCopyOf(map: PageMap): PageCopy {
  return {
    text: map.text,
    published: map.published,
    place: (start, end) => placeIn(map, start, end),
    bounds: map.bounds,
  };
}
