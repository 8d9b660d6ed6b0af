/**
 * Highlights and cards in the reader view (issue #9): the clip's article re-annotated with the
 * current fact base through the worker (`page/analyze`, as on a page), or else the annotations
 * stored with the clip (highlights without cards); painted with the CSS Custom Highlight API
 * under the page's names; a click on a highlight, or Next / Previous highlight from the keyboard,
 * opens the same card as on the page.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../../core/annotate';
import type { Clip } from '../../core/clips/model';
import type { CardView } from '../../core/facts/card';
import { HighlightLayers, supportsHighlights } from '../../dom/highlights';
import { hitTest } from '../../dom/hit-test';
import { viewFor } from '../../ui/card/claim';
import { ReaderCard, type ReaderCardLook } from './reader-card';
import { type Mark, type MarkRecord, markName, placeRecords } from './reader-marks';

/** The engine's answer for an article's text: records and the card views they need. */
export interface ReaderAnalysis {
  readonly records: readonly AnnotationRecord[];
  readonly views: readonly CardView[];
}

/** Asks the worker to annotate a stored article's text; null when it cannot. */
export type Analyze = (text: string, published: string | null) => Promise<ReaderAnalysis | null>;

export interface ReaderMarks {
  /** How many highlights are shown (null while they are being placed). */
  readonly count: number | null;
  /** Whether they have cards (the worker answered; stored annotations alone have none). */
  readonly cards: boolean;
  /** Opens the next (1) or previous (-1) highlight's card with focus. */
  readonly step: (direction: 1 | -1) => void;
}

/** Highlights the article rendered in `box` and opens cards for them. */
export function useReaderMarks(
  box: RefObject<HTMLElement | null>,
  clip: Clip,
  analyze: Analyze | undefined,
  look: ReaderCardLook,
): ReaderMarks {
  const [count, setCount] = useState<number | null>(null);
  const [cards, setCards] = useState(false);
  const marks = useRef<Mark[]>([]);
  const views = useRef(new Map<string, CardView>());
  const card = useRef<ReaderCard | null>(null);
  const lookRef = useRef(look);
  lookRef.current = look;
  const at = useRef(-1);

  const open = useCallback((i: number, focus: boolean) => {
    const mark = marks.current[i];
    const base = mark && views.current.get(mark.record.factIds[0] ?? '');
    if (!mark || !base || !card.current) return;
    at.current = i;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const record = mark.record as MarkRecord & Partial<AnnotationRecord>;
    const view = record.reasons ? viewFor(base, record as AnnotationRecord) : base;
    card.current.show(mark.range, view, lookRef.current, (id) => views.current.get(id) ?? null, focus);
  }, []);

  useEffect(() => {
    const el = box.current;
    const article = clip.article;
    if (!el || !article) return;
    const doc = el.ownerDocument;
    const win = doc.defaultView as Window;
    let live = true;
    const layers = new HighlightLayers(win);
    card.current = new ReaderCard(doc);
    setCount(null);
    setCards(false);
    const place = (records: readonly MarkRecord[], found: readonly CardView[]) => {
      if (!live) return;
      views.current = new Map(found.map((v) => [v.factId, v]));
      marks.current = placeRecords(el, article.text, records);
      at.current = -1;
      if (supportsHighlights(win))
        layers.set(marks.current.map((m) => ({ range: m.range, name: markName(m.record) })));
      setCount(marks.current.length);
      setCards(found.length > 0);
    };
    // The article's DOM is rendered by the Article component's effect, which runs first.
    const asked = analyze ? analyze(article.text, clip.published).catch(() => null) : Promise.resolve(null);
    void asked.then((answer) => (answer ? place(answer.records, answer.views) : place(clip.annotations, [])));
    const onClick = (e: MouseEvent) => {
      const i = hitTest(
        win,
        marks.current.map((m) => m.range),
        e.clientX,
        e.clientY,
      );
      if (i >= 0) open(i, true);
    };
    el.addEventListener('click', onClick);
    return () => {
      live = false;
      el.removeEventListener('click', onClick);
      layers.dispose();
      card.current?.hide(false);
      card.current = null;
      marks.current = [];
    };
  }, [box, clip, analyze, open]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const n = marks.current.length;
      if (!n) return;
      const next = at.current < 0 ? (direction === 1 ? 0 : n - 1) : (at.current + direction + n) % n;
      open(next, true);
    },
    [open],
  );
  return { count, cards, step };
}
