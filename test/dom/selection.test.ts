// @vitest-environment jsdom
// jsdom: happy-dom tries to load the test's iframe (and logs a loading error).
/** The reader's selection: refused in form fields and across frames; its span in a flattened text. */
import { describe, expect, it } from 'vitest';
import { rangeSpan, selectionProblem } from '../../src/dom/selection';
import { buildTextIndex } from '../../src/dom/text-index';

function mount(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html; // test fixture markup, not page text
  document.body.replaceChildren(div);
  return div;
}

describe('selection', () => {
  it('maps a range to offsets of the flattened text, across elements and collapsed spaces', () => {
    const root = mount('<p>India   and <b>China</b> agreed.</p><p>The Galwan clash.</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    const b = root.querySelector('b')?.firstChild as Text;
    const second = root.querySelectorAll('p')[1]?.firstChild as Text;
    range.setStart(b, 2);
    range.setEnd(second, 10);
    const span = rangeSpan(index, range);
    expect(span && index.text.slice(span.start, span.end)).toBe('ina agreed.\nThe Galwan');
    const outside = document.createRange();
    outside.selectNodeContents(document.createElement('p'));
    expect(rangeSpan(index, outside)).toBeNull();
  });

  it('refuses a form field with selected text and a selection reaching into a frame', () => {
    const root = mount('<p>Before</p><iframe title="x"></iframe><p>After</p><textarea>typed text</textarea>');
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    expect(selectionProblem(document, selection)).toBeNull();
    const range = document.createRange();
    range.setStart(root.querySelector('p')?.firstChild as Text, 0);
    range.setEnd(root.querySelectorAll('p')[1]?.firstChild as Text, 3);
    selection.addRange(range);
    expect(selectionProblem(document, selection)).toBe('frames');
    selection.removeAllRanges();
    const field = root.querySelector('textarea') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(0, 5);
    expect(selectionProblem(document, selection)).toBe('form-field');
  });
});
