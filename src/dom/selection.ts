/**
 * The reader's selection, for saving a passage: whether it can be saved (not inside a form
 * field, not across frames) and where it is in a flattened text (text-index.ts).
 */
import type { TextIndex, TextSegment } from './text-index';

/** Why a selection cannot be saved, or null. */
export type SelectionProblem = 'form-field' | 'frames' | null;

const TEXT_INPUTS = /^(text|search|url|tel|email|password|number)$/i;

function fieldSelection(el: Element | null): boolean {
  if (!el) return false;
  if (el.localName === 'textarea') {
    const t = el as HTMLTextAreaElement;
    return t.selectionStart !== t.selectionEnd;
  }
  if (el.localName === 'input' && TEXT_INPUTS.test((el as HTMLInputElement).type)) {
    const i = el as HTMLInputElement;
    return i.selectionStart !== null && i.selectionStart !== i.selectionEnd;
  }
  return false;
}

const editable = (node: Node | null): boolean => {
  const el = node && (node.nodeType === 1 ? (node as HTMLElement) : node.parentElement);
  return Boolean(el?.isContentEditable);
};

/**
 * A selection Gloss will not save: text in a form field or an editable region (what the reader
 * writes, not what they read), or a selection that reaches into an embedded frame (its text is
 * another document's; Gloss reads one frame at a time), or focus inside a frame with nothing
 * selected here (the selection is in that frame).
 */
export function selectionProblem(doc: Document, selection: Selection | null): SelectionProblem {
  const active = doc.activeElement;
  if (fieldSelection(active)) return 'form-field';
  const selected = selection && selection.rangeCount > 0 && !selection.isCollapsed;
  if (selected && (editable(selection.anchorNode) || editable(selection.focusNode))) return 'form-field';
  if (selected && [...doc.querySelectorAll('iframe, frame')].some((f) => selection.containsNode(f, true)))
    return 'frames';
  if (!selected && active && (active.localName === 'iframe' || active.localName === 'frame')) return 'frames';
  return null;
}

/** The first index of segment `s` whose node offset is at or after `offset`. */
function startIn(s: TextSegment, offset: number): number {
  const k = s.offsets.findIndex((o) => o >= offset);
  return s.start + (k === -1 ? s.end - s.start : k);
}

/** The number of characters of segment `s` before node offset `offset`. */
function endIn(s: TextSegment, offset: number): number {
  return s.start + s.offsets.filter((o) => o < offset).length;
}

/**
 * [start, end) of `range` in `index` (whose text nodes map to live ones through `toLive`), or
 * null when the range covers none of its text.
 */
export function rangeSpan(
  index: TextIndex,
  range: Range,
  toLive: (n: Text) => Text | undefined = (n) => n,
): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (const s of index.segments) {
    const live = toLive(s.node);
    if (!live || !range.intersectsNode(live)) continue;
    const from = live === range.startContainer ? startIn(s, range.startOffset) : s.start;
    const to = live === range.endContainer ? endIn(s, range.endOffset) : s.end;
    if (from >= to) continue;
    if (start === -1) start = from;
    end = to;
  }
  return start === -1 ? null : { start, end };
}
