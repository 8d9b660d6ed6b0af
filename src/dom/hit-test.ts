/**
 * Which highlighted range is under the pointer?
 *
 * `CSS.highlights.highlightsFromPoint(x, y)` answers "is any highlight here" cheaply; where
 * it is missing, a caret position from the point finds the text position instead. Either
 * way the answer is confirmed against the ranges' own client rects, so whitespace beside a
 * word, or the far end of a line, never counts as a hit.
 */

interface PointApis {
  highlightsFromPoint?: (x: number, y: number) => readonly unknown[];
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as DOMRect;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The innermost of the ranges under the point, from the first one found at `i`: a name carded
 * inside an event's card ("Kazan" in "the BRICS summit in Kazan", ADR 0041) starts inside it, later
 * in document order. Only the ranges that start inside the one found are looked at.
 */
function innermost(ranges: readonly Range[], i: number, under: (r: Range) => boolean): number {
  if (i === -1) return -1;
  let best = i;
  const outer = ranges[i] as Range;
  for (let j = i + 1; j < ranges.length; j++) {
    const r = ranges[j] as Range;
    if (!outer.isPointInRange(r.startContainer, r.startOffset)) break;
    if (under(r)) best = j;
  }
  return best;
}

/**
 * Returns the index in `ranges` of the range under (x, y), or -1; of nested ranges, the innermost.
 * `ranges` must be in document order.
 */
export function hitTest(win: Window, ranges: readonly Range[], x: number, y: number): number {
  if (!ranges.length) return -1;
  const registry = (win as unknown as { CSS?: { highlights?: PointApis } }).CSS?.highlights;
  if (registry && typeof registry.highlightsFromPoint === 'function') {
    const hits = registry.highlightsFromPoint(x, y);
    const under = (r: Range) => rectsContain(r, x, y);
    if (hits.length) return innermost(ranges, ranges.findIndex(under), under);
    // An empty answer is not trusted: Chromium misses hits under emulated device scale
    // factors. The caret check below is cheap (one range's rects at most).
  }
  const caret = caretAt(win.document, x, y);
  if (!caret) return -1;
  // Range boundaries are inclusive, so a caret just after a word's last letter still hits it.
  const under = (r: Range) => r.isPointInRange(caret.node, caret.offset) && rectsContain(r, x, y);
  return innermost(ranges, ranges.findIndex(under), under);
}
