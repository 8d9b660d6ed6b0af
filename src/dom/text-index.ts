/**
 * Text ↔ DOM: flattens an element's text into one string (the "article text" the core
 * matches on) and maps offsets in that string back to text nodes.
 *
 * The flattening is close to what a reader sees: whitespace runs collapse to one space,
 * and block boundaries become "\n", so words in adjacent paragraphs never run together.
 * Each segment of the string records its text node and, where whitespace collapsed, the
 * node offset of every character.
 */

import { segmentAt } from '../core/page-map';

export interface TextSegment {
  /** [start, end) in the flattened text. */
  readonly start: number;
  readonly end: number;
  readonly node: Text;
  /** Node offset for each character of the segment (absent: offset = position in node). */
  readonly offsets: readonly number[];
}

export interface TextIndex {
  readonly text: string;
  readonly segments: readonly TextSegment[];
}

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'svg',
  'SVG',
  'IFRAME',
  'OBJECT',
]);
/** The whitespace that collapses: space, tab, newline, carriage return, form feed. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * The text is kept as its parts and its last character, never read back while it grows: reading a
 * character of (or `endsWith` on) a string built by `+=` flattens it, and doing so once per text node
 * made flattening a long page quadratic (ADR 0111: 2 s for wikipedia-2 under load).
 */
class Builder {
  private readonly parts: string[] = [];
  /** Length of the text so far. */
  private length = 0;
  /** Its last character, '' while it is empty. */
  private last = '';
  readonly segments: { start: number; end: number; node: Text; offsets: number[] }[] = [];

  get text(): string {
    return this.parts.join('');
  }

  blockBreak(): void {
    if (this.last === ' ') this.dropLastChar();
    if (this.length > 0 && this.last !== '\n') this.append('\n');
  }

  /** The text ends with no block break or space. */
  finish(): void {
    if (this.last === ' ' || this.last === '\n') this.blockBreak();
    if (this.last === '\n') this.dropLastChar();
  }

  addText(node: Text): void {
    const data = node.data;
    const offsets: number[] = [];
    const start = this.length;
    let out = '';
    /** The last character written, in `out` or before it. */
    let prev = this.last;
    /** Start of the run of kept characters not yet in `out`. */
    let run = 0;
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        if (run < i) {
          out += data.slice(run, i);
          prev = data[i - 1] as string;
        }
        run = i + 1;
        if (prev === '' || prev === ' ' || prev === '\n') continue;
        out += ' ';
        prev = ' ';
      }
      offsets.push(i);
    }
    if (run < data.length) out += data.slice(run);
    if (!out) return;
    this.append(out);
    this.segments.push({ start, end: this.length, node, offsets });
  }

  private append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.last = s[s.length - 1] as string;
  }

  private dropLastChar(): void {
    const part = this.parts.pop() as string;
    if (part.length > 1) this.parts.push(part.slice(0, -1));
    this.length -= 1;
    const before = this.parts[this.parts.length - 1];
    this.last = before === undefined ? '' : (before[before.length - 1] as string);
    const last = this.segments[this.segments.length - 1];
    if (last && last.end > this.length) {
      last.end -= 1;
      last.offsets.pop();
      if (last.end === last.start) this.segments.pop();
    }
  }
}

function walk(node: Node, b: Builder): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      b.addText(child as Text);
    } else if (child.nodeType === 1) {
      const name = (child as Element).nodeName.toUpperCase();
      if (SKIP.has(name) || SKIP.has((child as Element).nodeName)) continue;
      const block = BLOCKS.has(name);
      if (block) b.blockBreak();
      walk(child, b);
      if (block) b.blockBreak();
    }
  }
}

/** Flattens the text under `root`. */
export function buildTextIndex(root: Node): TextIndex {
  const b = new Builder();
  walk(root, b);
  b.finish();
  return { text: b.text, segments: b.segments };
}

/** Finds the segment holding text offset `at` (for an end offset, pass `preferEnd`). */
function locate(index: TextIndex, at: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const s = segmentAt(index.segments, at, preferEnd);
  if (!s) return null;
  const k = at - s.start;
  if (preferEnd) return { node: s.node, offset: (s.offsets[k - 1] as number) + 1 };
  return { node: s.node, offset: s.offsets[k] as number };
}

/** A DOM position: a text node and an offset in it. */
export interface TextPoint {
  readonly node: Text;
  readonly offset: number;
}

/**
 * Maps [start, end) of the flattened text to DOM points, through `mapNode` (e.g. from a
 * cloned document's text node to the live one). Null when either end does not map.
 */
export function pointsFor(
  index: TextIndex,
  start: number,
  end: number,
  mapNode: (node: Text) => Text | undefined = (n) => n,
): { start: TextPoint; end: TextPoint } | null {
  if (!(start < end)) return null;
  const a = locate(index, start, false);
  const b = locate(index, end, true);
  if (!a || !b) return null;
  const startNode = mapNode(a.node);
  const endNode = mapNode(b.node);
  if (!startNode || !endNode) return null;
  return { start: { node: startNode, offset: a.offset }, end: { node: endNode, offset: b.offset } };
}
