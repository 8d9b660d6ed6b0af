/**
 * hitTest (src/dom/hit-test.ts): of nested highlighted ranges, the innermost answers (ADR 0041:
 * "Kazan" carded inside "the BRICS summit in Kazan" must be reachable by hover).
 */
import { describe, expect, it } from 'vitest';
import { hitTest } from '../../src/dom/hit-test';

function setup() {
  document.body.innerHTML = '<p>They met at the BRICS summit in Kazan last October.</p>';
  const node = document.querySelector('p')?.firstChild as Text;
  const text = node.data;
  const range = (quote: string) => {
    const r = document.createRange();
    const at = text.indexOf(quote);
    r.setStart(node, at);
    r.setEnd(node, at + quote.length);
    // happy-dom lays nothing out: every range covers the whole viewport.
    r.getClientRects = () => [{ left: 0, right: 1000, top: 0, bottom: 1000 }] as unknown as DOMRectList;
    return r;
  };
  const outer = range('BRICS summit in Kazan');
  const inner = range('Kazan');
  const last = range('October');
  const caret = (quote: string) => ({ offsetNode: node, offset: text.indexOf(quote) + 1 });
  return { outer, inner, last, caret };
}

const windowWithCaret = (c: { offsetNode: Node; offset: number }) =>
  ({ document: { caretPositionFromPoint: () => c } }) as unknown as Window;

describe('hitTest: the innermost of nested ranges', () => {
  it('a point on the inner name answers the inner range', () => {
    const { outer, inner, last, caret } = setup();
    expect(hitTest(windowWithCaret(caret('Kazan')), [outer, inner, last], 5, 5)).toBe(1);
  });
  it('a point on the outer range outside the inner one answers the outer range', () => {
    const { outer, inner, last, caret } = setup();
    expect(hitTest(windowWithCaret(caret('summit')), [outer, inner, last], 5, 5)).toBe(0);
  });
});
