/**
 * The card UI, loaded on first need (ADR 0021): Preact, the card, its stylesheet and the UI strings
 * are a file of their own (`content/cards.ts`) that the worker injects when the reader's pointer
 * first rests on a mark (the dwell starts) or a card is asked for with the keyboard or the popup.
 * Until then an annotated page holds only its highlights and the hover machine. A card asked for
 * while the file is on its way opens when it arrives, unless it was closed in between.
 */
import type { DisplaySettings } from '../../../core/settings';
import { send } from '../../../platform/content-messaging';
import { report } from '../../feature';
import { glossGlobal } from '../../globals';
import type { Annotation } from './annotations';
import type { CardCallbacks, CardPresenter } from './card';
import type { CardViews } from './views';

type Display = Pick<DisplaySettings, 'theme' | 'language'>;

export class LazyCards {
  private presenter: CardPresenter | null = null;
  private loading: Promise<CardPresenter | null> | null = null;
  private pending: { annotation: Annotation; focus: boolean; callbacks: CardCallbacks } | null = null;

  constructor(
    private readonly doc: Document,
    private display: Display,
    private readonly views: CardViews,
    private readonly signal: AbortSignal,
  ) {}

  /**
   * Starts loading the card UI (once), and the neighbours of the page's facts beside it (ADR 0023);
   * resolves with the presenter, or null if it could not load.
   */
  prepare(): Promise<CardPresenter | null> {
    if (!this.loading) this.views.prefetchAll();
    this.loading ??= this.load().catch((e: unknown) => {
      report('cards', e);
      this.loading = null; // the next dwell tries again
      return null;
    });
    return this.loading;
  }

  private async load(): Promise<CardPresenter | null> {
    const g = glossGlobal();
    if (!g.__glossCards) {
      const reply = await send('card/load', {});
      if (!reply.ok) throw new Error(reply.error);
    }
    const create = g.__glossCards;
    if (!create || this.signal.aborted) return null;
    this.presenter = create(this.doc, this.display, this.views);
    return this.presenter;
  }

  setDisplay(display: Display): void {
    this.display = display;
    this.presenter?.setDisplay(display);
  }

  contains(target: EventTarget | null): boolean {
    return this.presenter?.contains(target) ?? false;
  }

  /** The annotation whose card is shown, if any. */
  get shown(): number | null {
    return this.presenter?.shown ?? null;
  }

  show(annotation: Annotation, focus: boolean, callbacks: CardCallbacks): void {
    if (this.presenter) {
      this.presenter.show(annotation, focus, callbacks);
      return;
    }
    const wanted = { annotation, focus, callbacks };
    this.pending = wanted;
    void this.prepare().then((presenter) => {
      if (!presenter || this.pending !== wanted || this.signal.aborted) return;
      this.pending = null;
      presenter.show(annotation, focus, callbacks);
    });
  }

  hide(restoreFocus: boolean): void {
    this.pending = null;
    this.presenter?.hide(restoreFocus);
  }
}
