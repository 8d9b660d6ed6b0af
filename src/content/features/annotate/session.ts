/**
 * One annotated page: its annotations, their highlight layers, the card and the hover
 * controller, kept in step with the reader's settings and with the page as it changes.
 * A session ends (its signal aborts) when Gloss is switched off for the site or the page
 * navigates; a new one starts from scratch.
 */
import { GRACE_MS } from '../../../core/hover/timing';
import type { PageReading, PageSummary, Rect } from '../../../core/messages';
import { type DisplaySettings, visibleAnnotations } from '../../../core/settings';
import { HighlightLayers } from '../../../dom/highlights';
import { type LivePlacer, livePlacer } from '../../../dom/page-text';
import { firstLineBox } from '../../../dom/position';
import { guarded } from '../../feature';
import { sharePage } from '../../page-context';
import { sliceDeadline, yieldToPage } from '../../slices';
import { now, span, task } from '../../timing';
import {
  type Annotation,
  addedText,
  analyze,
  articleContainer,
  Placing,
  readPage,
  toAnnotations,
} from './annotations';
import { type MutationBatch, watchMutations } from './dynamic';
import { type HoverController, startHover } from './hover';
import { LazyCards } from './lazy-cards';
import { CardViews } from './views';

/** Document order of two ranges' starts. */
const byPosition = (a: Annotation, b: Annotation) =>
  a.range.compareBoundaryPoints(Range.START_TO_START, b.range);

/** True when the annotations are already in document order. */
function inOrder(list: readonly Annotation[]): boolean {
  for (let i = 1; i < list.length; i++)
    if (byPosition(list[i - 1] as Annotation, list[i] as Annotation) > 0) return false;
  return true;
}

export class Session {
  private annotations: Annotation[] = [];
  /** The shown subset, recomputed when annotations or settings change, not on every hit test. */
  private shown: readonly Annotation[] = [];
  private readonly byId = new Map<number, Annotation>();
  private readonly layers: HighlightLayers;
  private readonly cards: LazyCards;
  private readonly views = new CardViews();
  private hover: HoverController | null = null;
  private published: string | null = null;
  private lastStep: number | null = null;

  constructor(
    private readonly win: Window,
    private settings: DisplaySettings,
    private readonly nextId: () => number,
    private readonly signal: AbortSignal,
  ) {
    this.layers = new HighlightLayers(win);
    this.cards = new LazyCards(win.document, settings, this.views, signal);
    signal.addEventListener('abort', () => this.layers.dispose());
  }

  /**
   * Annotates the page and starts listening. False when the page has no article or the
   * worker could not read it. `given`: the worker's reading, when the probe's answer brought it
   * (ADR 0026); otherwise the page is sent and read now: sending the page and applying the result
   * are separate tasks, Readability and the engine run in the worker in between (ADR 0023).
   */
  async start(given?: PageReading | null): Promise<boolean> {
    const reading = given === undefined ? await this.read() : given;
    if (!reading || this.signal.aborted) return false;
    const doc = this.win.document;
    const find = livePlacer(doc);
    const placing = new Placing(doc, reading, find, this.nextId);
    // The records are placed in slices of at most SLICE_MS of wall time, each its own task, with
    // the page's tasks between them (ADR 0039, round 3); a page with few records takes one.
    const slice = (first: boolean) =>
      task(() => {
        const placed = now();
        if (first) {
          this.published = reading.published;
          sharePage({ url: this.win.location.href, records: reading.records, nth: reading.nth }, this.signal);
          this.views.add(reading.views);
        }
        const done = placing.run(sliceDeadline(this.win));
        if (done) this.placed(placing.placed, !first, find, reading);
        span('gloss:place', placed);
        if (done) this.listen();
        return done;
      });
    let done = slice(true);
    while (!done) {
      await yieldToPage(this.win);
      if (this.signal.aborted) return false;
      done = slice(false);
    }
    return true;
  }

  /** Shows the placed annotations and watches the article for added content. */
  private placed(annotations: Annotation[], sliced: boolean, find: LivePlacer, reading: PageReading): void {
    // Placed across tasks: the page may have removed some of the text meanwhile.
    const alive = (a: Annotation) => a.range.startContainer.isConnected && a.range.endContainer.isConnected;
    this.add(sliced ? annotations.filter(alive) : annotations);
    const container = articleContainer(this.win.document, reading, find);
    if (container) {
      watchMutations(
        container,
        (n) => this.cards.contains(n),
        (b) => void this.onMutations(b),
        this.signal,
      );
    }
  }

  /** The reader's activity: registry checks and the hover controller. */
  private listen(): void {
    // No polling: a page that cleared the highlight registry gets it back on the reader's
    // next pointer frame (hover) or scroll.
    this.win.addEventListener(
      'scroll',
      guarded('registry-check', () => this.layers.ensure()),
      { capture: true, passive: true, signal: this.signal },
    );
    this.hover = startHover({
      win: this.win,
      targets: () => this.visible(),
      byId: (id) => this.byId.get(id),
      cards: this.cards,
      timings: () => ({ dwellMs: this.settings.dwellMs, graceMs: GRACE_MS }),
      onActivity: () => this.layers.ensure(),
      signal: this.signal,
    });
  }

  private async read(): Promise<PageReading | null> {
    const sent = task(() => readPage(this.win.document));
    if (!sent || this.signal.aborted) return null;
    const asked = now();
    const reading = await sent;
    span('gloss:analyze', asked); // the worker's parse and engine, off this thread (bench build)
    return reading;
  }

  /** Applies changed settings (style, verdicts, dwell, theme, language) without re-parsing. */
  apply(settings: DisplaySettings): void {
    this.settings = settings;
    this.cards.setDisplay(settings);
    this.paint();
  }

  /** The annotations shown under the current settings, in document order. */
  visible(): readonly Annotation[] {
    return this.shown;
  }

  summary(): PageSummary {
    return {
      url: this.win.location.href,
      title: this.win.document.title,
      lang: this.win.document.documentElement.lang || null,
      factsLang: this.views.lang ?? 'en',
      annotations: this.visible().map((a) => ({
        id: a.id,
        factId: a.factId,
        title: a.record.card.title,
        quote: a.record.quote,
        kind: a.record.kind,
        verdict: a.record.verdict,
      })),
    };
  }

  /** Scrolls an annotation into view; its first line box. */
  reveal(id: number): Rect | null {
    const a = this.byId.get(id);
    if (!a) return null;
    a.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = firstLineBox(a.range);
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }

  /** Scrolls to an annotation and opens its card with keyboard focus. */
  open(id: number): boolean {
    if (!this.byId.has(id) || !this.hover) return false;
    this.reveal(id);
    this.lastStep = id;
    this.hover.focus(id);
    return true;
  }

  /** Moves to the next (1) or previous (-1) shown annotation, wrapping around. */
  step(direction: 1 | -1): boolean {
    const list = this.visible();
    if (!list.length) return false;
    const from = this.hover?.current ?? this.lastStep;
    const at = from === null ? -1 : list.findIndex((a) => a.id === from);
    const next =
      at === -1 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
    return this.open((list[next] as Annotation).id);
  }

  private add(annotations: readonly Annotation[]): void {
    for (const a of annotations) this.byId.set(a.id, a);
    const all = [...this.annotations, ...annotations];
    // Placed in the page's order as a rule: checked in one pass, sorted only when not.
    this.annotations = inOrder(all) ? all : all.sort(byPosition);
    this.paint();
  }

  private paint(): void {
    this.shown = visibleAnnotations(this.annotations, this.settings);
    // The names say what a highlight is (term, verdict), never how the reader styles it: the
    // style is in the stylesheet the worker inserted for this frame (issue #11).
    this.layers.set(
      this.shown.map((a) => ({
        range: a.range,
        name: a.record.kind === 'term' ? 'gloss-term' : `gloss-claim-${a.record.verdict ?? 'context'}`,
      })),
    );
  }

  private async onMutations(batch: MutationBatch): Promise<void> {
    if (batch.removed) {
      const alive = (a: Annotation) =>
        a.range.startContainer.isConnected && a.range.endContainer.isConnected && !a.range.collapsed;
      const gone = this.annotations.filter((a) => !alive(a));
      if (gone.length) {
        if (gone.some((a) => a.id === this.cards.shown)) this.hover?.close();
        for (const a of gone) this.byId.delete(a.id);
        this.annotations = this.annotations.filter(alive);
      }
    }
    const texts = batch.added.flatMap((node) => addedText(node) ?? []);
    if (!texts.length) {
      if (batch.removed) this.paint();
      return;
    }
    // Content added later is its own text: no Readability, the worker reads it as it is.
    const analyses = await Promise.all(texts.map((index) => analyze(index.text, this.published)));
    if (this.signal.aborted) return;
    task(() => {
      const doc = this.win.document;
      const added = texts.flatMap((index, i) => {
        const analysis = analyses[i];
        if (!analysis) return [];
        this.views.add(analysis.views);
        return toAnnotations(
          doc,
          index,
          analysis.records,
          (n) => (n.isConnected ? n : undefined),
          this.nextId,
        );
      });
      if (added.length) this.add(added);
      else if (batch.removed) this.paint();
    });
  }
}
