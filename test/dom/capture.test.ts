// @vitest-environment jsdom
// jsdom: DOMPurify misbehaves under happy-dom (ADR 0013), and happy-dom tries to load iframes.
/**
 * What the clip feature reads from a page when the reader saves (issue #9, bad input): a page with
 * no article saves the selection alone (its quote with context from the page's text, no article
 * copy); a selection in a form field, or reaching into an embedded frame, is refused with its
 * reason, and the popup's sentence says why. (jsdom has no `isContentEditable`: an editable area
 * is refused in test/e2e/clips.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { capture } from '../../src/content/features/clip/capture';
import { clipFromDraft } from '../../src/core/clips/draft';
import { outcomeText } from '../../src/ui/clip-outcome';
import { createTranslate } from '../../src/ui/i18n';

const t = createTranslate(en, en);
const NO_ARTICLE = readFileSync(join(import.meta.dirname, '../fixtures/no-article.html'), 'utf8');

function selectText(node: Node, from: number, to: number, endNode: Node = node): void {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(endNode, to);
  const selection = getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

const textOf = (selector: string) => document.querySelector(selector)?.firstChild as Text;

beforeEach(() => {
  (getSelection() as Selection).removeAllRanges();
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    NO_ARTICLE,
    'text/html',
  ).documentElement.innerHTML;
});

describe('capture on a page without an article', () => {
  it('saves the selection alone: its quote with the page text around it, no article, no position', () => {
    const link = textOf('a[href="/forgot"]');
    selectText(link, 0, 'Forgot your password'.length);
    const taken = capture(window, 'auto', 'a note');
    if (!('draft' in taken)) throw new Error(`refused: ${taken.refused}`);
    const { draft } = taken;
    expect(draft.article).toBeNull();
    expect(draft.annotations).toEqual([]);
    const p = draft.passage;
    expect(p?.context?.slice(p.start, p.end)).toBe('Forgot your password');
    expect(p?.context).toContain('Sign in');

    // The worker's side: a passage clip without an article copy or a position.
    const built = clipFromDraft(
      { ...draft, url: 'https://example.org/login' },
      { id: 'c', now: 1, factBaseVersion: 'v', knows: () => true, annotate: () => [] },
    );
    if (!built.ok) throw new Error(built.reason);
    expect(built.clip).toMatchObject({ kind: 'passage', article: null });
    expect(built.clip.passages[0]?.quote.exact).toBe('Forgot your password');
    expect(built.clip.passages[0]?.position).toBeNull();
  });

  it('with nothing selected there is nothing to save, and the popup says so', () => {
    expect(capture(window, 'auto', '')).toEqual({ refused: 'nothing' });
    expect(capture(window, 'passage', '')).toEqual({ refused: 'no-selection' });
    expect(outcomeText(t, { saved: false, reason: 'nothing' })).toBe(t('clipRefused_nothing'));
  });
});

describe('capture refuses, with a reason the reader can read', () => {
  it('a selection in a form field', () => {
    const field = document.createElement('textarea');
    field.value = 'what the reader is writing';
    document.body.append(field);
    field.focus();
    field.setSelectionRange(0, 8);
    expect(capture(window, 'auto', '')).toEqual({ refused: 'form-field' });
    expect(outcomeText(t, { saved: false, reason: 'form-field' })).toMatch(/form field/);
  });

  it('a selection across an embedded frame, and focus in a frame with nothing selected here', () => {
    const before = document.createElement('p');
    before.textContent = 'Text before the frame';
    const frame = document.createElement('iframe');
    frame.title = 'embedded';
    const after = document.createElement('p');
    after.textContent = 'Text after the frame';
    document.body.append(before, frame, after);
    selectText(before.firstChild as Text, 0, 10, after.firstChild as Text);
    expect(capture(window, 'auto', '')).toEqual({ refused: 'frames' });
    expect(outcomeText(t, { saved: false, reason: 'frames' })).toMatch(/embedded frame/);

    (getSelection() as Selection).removeAllRanges();
    frame.tabIndex = 0;
    frame.focus();
    if (document.activeElement === frame) expect(capture(window, 'auto', '')).toEqual({ refused: 'frames' });
  });
});
