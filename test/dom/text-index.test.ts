import { describe, expect, it } from 'vitest';
import { buildTextIndex, pointsFor } from '../../src/dom/text-index';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html; // test fixture markup, not page or fact text
  return div;
}

function rangeText(root: HTMLElement, start: number, end: number): string | null {
  const index = buildTextIndex(root);
  const pts = pointsFor(index, start, end);
  if (!pts) return null;
  const r = document.createRange();
  r.setStart(pts.start.node, pts.start.offset);
  r.setEnd(pts.end.node, pts.end.offset);
  return r.toString();
}

describe('buildTextIndex', () => {
  it('separates blocks with newlines and collapses whitespace', () => {
    const root = dom(
      '<h1>Title</h1>\n  <p>One   two\n three</p><p>Four<br>five</p><ul><li>a</li><li>b</li></ul>',
    );
    expect(buildTextIndex(root).text).toBe('Title\nOne two three\nFour\nfive\na\nb');
  });

  it('keeps inline elements in the flow and skips scripts and styles', () => {
    const root = dom('<p>Line of <em>Actual</em> Control<script>var x = 1</script><style>p{}</style>.</p>');
    expect(buildTextIndex(root).text).toBe('Line of Actual Control.');
  });

  it('maps offsets back to DOM ranges, across inline elements and collapsed whitespace', () => {
    const root = dom('<p>The   Line of <em>Actual</em>\n   Control (LAC).</p>');
    const text = buildTextIndex(root).text;
    const start = text.indexOf('Line');
    const end = text.indexOf(' (LAC)');
    expect(text.slice(start, end)).toBe('Line of Actual Control');
    expect(rangeText(root, start, end)?.replace(/\s+/g, ' ')).toBe('Line of Actual Control');
    const lac = text.indexOf('LAC');
    expect(rangeText(root, lac, lac + 3)).toBe('LAC');
  });

  it('round-trips every word of a paragraph', () => {
    const root = dom('<p>Alpha <b>beta</b>  gamma<i> delta </i>epsilon</p><p>zeta</p>');
    const { text } = buildTextIndex(root);
    for (const m of text.matchAll(/\S+/g)) {
      expect(rangeText(root, m.index, m.index + m[0].length)).toBe(m[0]);
    }
  });

  it('returns null for empty or out-of-range spans', () => {
    const root = dom('<p>abc</p>');
    const index = buildTextIndex(root);
    expect(pointsFor(index, 2, 2)).toBeNull();
    expect(pointsFor(index, 1, 99)).toBeNull();
  });
});
