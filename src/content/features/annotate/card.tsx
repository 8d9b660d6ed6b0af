/**
 * Shows one card at a time in Gloss's shadow host, positioned beside its words, in the
 * reader's UI language and theme, and announces it to screen readers (a polite live
 * region inside the host).
 */
import { render } from 'preact';
import type { CardView } from '../../../core/facts/card';
import type { DisplaySettings, Theme } from '../../../core/settings';
import { follow } from '../../../dom/position';
import { ShadowHost } from '../../../dom/shadow-host';
import { send } from '../../../platform/content-messaging';
import { resolveLanguage, translatorFor } from '../../../platform/i18n';
import { Card } from '../../../ui/Card';
import { viewFor } from '../../../ui/card/claim';
import cardCss from '../../../ui/card.css?inline';
import type { Translate } from '../../../ui/i18n';
import type { Annotation } from './annotations';
import type { CardViews } from './views';

export interface CardCallbacks {
  readonly onEnter: () => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}

export interface CardLook {
  readonly t: Translate;
  readonly theme: Theme;
  /** The UI language ("en", "hi"): the card's chrome; its content keeps the fact base's lang. */
  readonly uiLang: string;
}

/** How cards look under `display`: the reader's theme, and the UI language's strings. */
export function lookOf(display: Pick<DisplaySettings, 'theme' | 'language'>): CardLook {
  const lang = resolveLanguage(display.language);
  return { t: translatorFor(lang), theme: display.theme, uiLang: lang };
}

/**
 * The card presenter for a page, built where the card UI is loaded (`content/cards.ts`, injected on
 * the first dwell or focus; ADR 0021): Preact, the card and the UI strings stay out of pages whose
 * reader never opens a card.
 */
export function createCards(
  doc: Document,
  display: Pick<DisplaySettings, 'theme' | 'language'>,
  views: CardViews,
): CardPresenter {
  return new CardPresenter(doc, lookOf(display), views);
}

export class CardPresenter {
  private readonly host: ShadowHost;
  private stopFollowing: (() => void) | null = null;
  private returnFocus: HTMLElement | null = null;
  private shownId: number | null = null;

  constructor(
    private readonly doc: Document,
    private look: CardLook,
    private readonly views: CardViews,
  ) {
    this.host = new ShadowHost(doc, cardCss);
  }

  /** A related fact opened inside the card; its neighbours are fetched for the next step. */
  private readonly viewOf = (id: string): CardView | null => {
    const view = this.views.get(id);
    if (view) this.views.prefetchAround(id);
    return view ?? null;
  };

  /** `setLook` for display settings. */
  setDisplay(display: Pick<DisplaySettings, 'theme' | 'language'>): void {
    this.setLook(lookOf(display));
  }

  /** The reader changed theme or language: the next card uses them, and an open card takes the theme now. */
  setLook(look: CardLook): void {
    this.look = look;
    if (this.shownId !== null) this.host.setAttributes({ 'data-theme': look.theme, lang: look.uiLang });
  }

  /** True if the event target is inside the card. */
  contains(target: EventTarget | null): boolean {
    return this.host.contains(target);
  }

  /** The annotation whose card is shown, if any. */
  get shown(): number | null {
    return this.shownId;
  }

  show(annotation: Annotation, focus: boolean, callbacks: CardCallbacks): void {
    const base = this.views.get(annotation.factId);
    if (!base) return;
    this.views.prefetchAround(annotation.factId);
    const view = viewFor(base, annotation.record);
    const kept = this.returnFocus;
    this.hide(false);
    if (focus) {
      const active = this.doc.activeElement;
      this.returnFocus = kept ?? (active instanceof HTMLElement && active !== this.doc.body ? active : null);
    }
    const container = this.host.mount();
    this.host.setAttributes({ 'data-theme': this.look.theme, lang: this.look.uiLang });
    render(
      <Card
        key={annotation.id}
        view={view}
        viewOf={this.viewOf}
        t={this.look.t}
        onClose={callbacks.onClose}
        onPointerEnter={callbacks.onEnter}
        onPointerLeave={callbacks.onLeave}
        onShow={(title) => this.host.announce(this.look.t('cardOpened', title))}
        onFindClips={(factId) => void send('clips/find', { factId })}
      />,
      container,
    );
    this.shownId = annotation.id;
    const card = container.querySelector<HTMLElement>('.gloss-card');
    if (!card) return;
    this.stopFollowing = follow(annotation.range, card);
    if (focus) card.focus({ preventScroll: true });
  }

  hide(restoreFocus: boolean): void {
    // A keyboard walk replaces a focused card with the next: keep where focus came from.
    const walking = !restoreFocus && this.host.contains(this.doc.activeElement);
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.shownId = null;
    const container = this.host.container;
    if (container) render(null, container);
    this.host.unmount();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    if (!walking) this.returnFocus = null;
  }
}
