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
const SPACE = /[ \t\n\r\f]/;

class Builder {
  text = '';
  readonly segments: { start: number; end: number; node: Text; offsets: number[] }[] = [];

  blockBreak(): void {
    if (this.text.endsWith(' ')) this.dropLastChar();
    if (this.text && !this.text.endsWith('\n')) this.text += '\n';
  }

  addText(node: Text): void {
    const data = node.data;
    const offsets: number[] = [];
    const start = this.text.length;
    let out = '';
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (SPACE.test(ch)) {
        const prev = out ? out[out.length - 1] : this.text[this.text.length - 1];
        if (prev === undefined || prev === ' ' || prev === '\n') continue;
        out += ' ';
      } else {
        out += ch;
      }
      offsets.push(i);
    }
    if (!out) return;
    this.text += out;
    this.segments.push({ start, end: this.text.length, node, offsets });
  }

  private dropLastChar(): void {
    this.text = this.text.slice(0, -1);
    const last = this.segments[this.segments.length - 1];
    if (last && last.end > this.text.length) {
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
  if (b.text.endsWith(' ') || b.text.endsWith('\n')) b.blockBreak();
  if (b.text.endsWith('\n')) b.text = b.text.slice(0, -1);
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
