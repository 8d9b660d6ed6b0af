/**
 * The annotate feature: highlight what the fact base knows on an article page, and show
 * a card on hover. Pages without an article get nothing: no highlight, no listener.
 */
import type { PageSummary, Rect } from '../../../core/messages';
import { HighlightLayers, supportsHighlights } from '../../../dom/highlights';
import { handle, send } from '../../../platform/messaging';
import { loadSettings } from '../../../platform/settings';
import { type Feature, guarded } from '../../feature';
import { type Annotation, annotateDocument } from './annotations';
import { CardPresenter } from './card';
import { startHover } from './hover';

/** Terms are painted as `gloss-term`; claims by verdict (`gloss-claim-differs`, …). */
function layerName(a: Annotation): string {
  return a.record.kind === 'term' ? 'gloss-term' : `gloss-claim-${a.record.verdict ?? 'context'}`;
}

/** How often the highlight registry is checked for a page that cleared it. */
const REGISTRY_CHECK_MS = 1_000;

function summarise(doc: Document, annotations: readonly Annotation[]): PageSummary {
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    annotations: annotations.map((a) => ({
      id: a.id,
      factId: a.fact.id,
      title: a.fact.title,
      quote: a.record.quote,
      kind: a.record.kind,
      verdict: a.record.verdict,
    })),
  };
}

function reveal(annotation: Annotation | undefined): Rect | null {
  if (!annotation) return null;
  annotation.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  // The first line box of the words: a range that wraps has a bounding box spanning two
  // lines whose centre lies on neither.
  const rects = [...annotation.range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  const r = rects[0] ?? annotation.range.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

export const annotate: Feature = {
  name: 'annotate',
  async init(signal) {
    const settings = await loadSettings();
    if (!settings.enabled || signal.aborted || !supportsHighlights(window)) return;

    performance.mark('gloss:annotate:start');
    const annotations = annotateDocument(document);
    const layers = new HighlightLayers(window);
    performance.mark('gloss:highlight:start');
    layers.set(annotations.map((a) => ({ range: a.range, name: layerName(a) })));
    performance.measure('gloss:highlight', 'gloss:highlight:start');
    performance.measure('gloss:annotate', 'gloss:annotate:start');

    const stopHandling = handle({
      'page/summary': () => summarise(document, annotations),
      'page/reveal': ({ annotationId }) => reveal(annotations[annotationId]),
    });
    signal.addEventListener('abort', () => {
      stopHandling();
      layers.dispose();
    });
    void send('page/annotated', { count: annotations.length });
    if (!annotations.length) return;

    const check = setInterval(
      guarded('registry-check', () => layers.ensure()),
      REGISTRY_CHECK_MS,
    );
    signal.addEventListener('abort', () => clearInterval(check));
    startHover({
      win: window,
      annotations,
      ranges: () => annotations.map((a) => a.range),
      cards: new CardPresenter(document),
      onActivity: () => layers.ensure(),
      signal,
    });
  },
};
