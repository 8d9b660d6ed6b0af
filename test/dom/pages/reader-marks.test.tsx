/**
 * The reader view's highlights and cards (issue #9): the stored article re-annotated through the
 * worker (a fake here, running the real engine), each record placed in the rendered copy even where
 * placeholders shifted the text, and the same card as on a page opened from the keyboard (Next /
 * Previous highlight) or a click, closed with Esc, focus returned. Without the worker: the stored
 * annotations, highlighted, without cards.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { viewsAround } from '../../../src/background/engine/views';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { annotateWith, buildFactBase } from '../../../src/core/facts/factbase';
import { buildTextIndex } from '../../../src/dom/text-index';
import { Reader } from '../../../src/pages/library/Reader';
import { placeRecords } from '../../../src/pages/library/reader-marks';
import type { Analyze } from '../../../src/pages/library/use-reader-marks';
import { sampleClip } from '../../support/clips';
import { click, flush, tEn, until, useContainer } from './fakes';

let container: HTMLElement;
useContainer((el) => {
  container = el;
});

const TEXT =
  'India and China agreed on patrolling arrangements along the LAC in October 2024.\n' +
  'The Galwan clash of June 2020 killed twenty Indian soldiers.';
const HTML =
  '<p>India and China agreed on patrolling arrangements along the LAC in October 2024.</p>' +
  '<p><img src="https://example.org/x.jpg" alt="A photo of the valley">The Galwan clash of June 2020 killed twenty Indian soldiers.</p>';
const at = (quote: string) => ({
  start: TEXT.indexOf(quote),
  end: TEXT.indexOf(quote) + quote.length,
  quote,
});
const clip = sampleClip({
  kind: 'article',
  passages: [],
  article: { text: TEXT, html: HTML },
  published: '2024-10-22',
  annotations: [
    { ...at('China'), kind: 'term', factIds: ['place.china'], verdict: null },
    { ...at('June 2020'), kind: 'claim', factIds: ['event.galwan-clash'], verdict: 'consistent' },
  ],
});

const base = buildFactBase(BUNDLED_PACKS);
const analyze: Analyze = async (text, published) => {
  const records = annotateWith(base, text, published);
  return {
    records,
    views: viewsAround(
      base,
      records.flatMap((r) => r.factIds),
    ),
  };
};

function mount(withWorker: Analyze | undefined) {
  act(() =>
    render(
      <Reader
        t={tEn}
        lang="en"
        clip={clip}
        analyze={withWorker}
        onSave={async () => {}}
        onDelete={() => {}}
        onClose={() => {}}
      />,
      container,
    ),
  );
}

const status = () =>
  container.querySelector('[data-testid="reader-marks"] [role="status"]')?.textContent ?? '';
const button = (label: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('[data-testid="reader-marks"] button')].find(
    (b) => b.textContent === label,
  );
const cardRoot = () => document.querySelector('[data-testid="reader-card"]')?.shadowRoot ?? null;

describe('placeRecords', () => {
  it('places every record on its words in the rendered copy, though an image placeholder shifted the text', () => {
    const root = document.createElement('div');
    root.innerHTML = HTML.replace(
      /<img[^>]*>/,
      '<span role="img" aria-label="x">[A photo of the valley]</span>',
    );
    document.body.append(root);
    const records = annotateWith(base, TEXT, '2024-10-22');
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(buildTextIndex(root).text).not.toBe(TEXT);
    const marks = placeRecords(root, TEXT, records);
    expect(marks.map((m) => m.range.toString()).sort()).toEqual(records.map((r) => r.quote).sort());
    root.remove();
  });

  it('leaves out a record whose quote does not match the stored text (never misplaced)', () => {
    const root = document.createElement('div');
    root.innerHTML = HTML;
    const bad = {
      start: 0,
      end: 5,
      quote: 'China',
      kind: 'term' as const,
      factIds: ['place.china'],
      verdict: null,
    };
    expect(placeRecords(root, TEXT, [bad])).toEqual([]);
  });
});

describe('Reader: highlights and cards', () => {
  it('opens the same card as on a page with Next highlight, closes it with Esc and gives focus back', async () => {
    const spy = vi.fn(analyze);
    mount(spy);
    await until(() => expect(status()).toMatch(/^Highlights in this copy: \d+$/));
    expect(spy).toHaveBeenCalledWith(TEXT, '2024-10-22');
    const next = button(tEn('libraryNextHighlight'));
    expect(next?.disabled).toBe(false);
    next?.focus();
    click(next);
    await flush();
    const card = cardRoot()?.querySelector<HTMLElement>('.gloss-card');
    expect(card?.getAttribute('role')).toBe('dialog');
    const first = (await analyze(TEXT, '2024-10-22'))?.records[0];
    const title = base.factById(first?.factIds[0] ?? '')?.title ?? '';
    expect(card?.textContent).toContain(title);
    expect(cardRoot()?.activeElement ?? null).not.toBeNull();
    // The stylesheet is linked (the library's CSP allows no inline style).
    expect(cardRoot()?.querySelector('link[rel="stylesheet"]')).not.toBeNull();
    expect(cardRoot()?.querySelector('style')).toBeNull();

    card?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(cardRoot()).toBeNull();
    expect(document.activeElement).toBe(next);

    // Previous from the start wraps to the last highlight.
    click(button(tEn('libraryPreviousHighlight')));
    await flush();
    expect(cardRoot()?.querySelector('.gloss-card')).not.toBeNull();
  });

  it('without the worker: the stored annotations are highlighted, with no card to open', async () => {
    mount(undefined);
    await until(() => expect(status()).toBe(tEn('libraryHighlights', String(clip.annotations.length))));
    expect(button(tEn('libraryNextHighlight'))?.disabled).toBe(true);
  });

  it('closing the reader takes its card away', async () => {
    mount(analyze);
    await until(() => expect(status()).toMatch(/\d+$/));
    click(button(tEn('libraryNextHighlight')));
    await flush();
    expect(cardRoot()).not.toBeNull();
    act(() => render(null, container));
    expect(document.querySelector('[data-testid="reader-card"]')).toBeNull();
  });
});
