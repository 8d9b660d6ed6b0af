/**
 * The card in the reader view: the same Preact card as on a page (src/ui/Card.tsx, its own
 * stylesheet in a shadow root), placed beside its words with the same code (dom/position.ts).
 * The library page's CSP allows no inline style, so the stylesheet is linked (a file of the
 * extension), not written into a <style>. Esc or Close hides it and returns focus.
 */
import { render } from 'preact';
import type { CardView } from '../../core/facts/card';
import type { Theme } from '../../core/settings';
import { follow } from '../../dom/position';
import { Card } from '../../ui/Card';
import cardCssUrl from '../../ui/card.css?url';
import type { Translate } from '../../ui/i18n';

export interface ReaderCardLook {
  readonly t: Translate;
  readonly theme: Theme;
  readonly uiLang: string;
}

export class ReaderCard {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private stopFollowing: (() => void) | null = null;
  private returnTo: HTMLElement | null = null;
  private shown: Range | null = null;

  constructor(private readonly doc: Document) {}

  /** The range whose card is open, if any. */
  get current(): Range | null {
    return this.shown;
  }

  private mount(look: ReaderCardLook): HTMLElement {
    if (this.host && this.container) return this.container;
    const host = this.doc.createElement('div');
    host.className = 'reader-card-host';
    host.setAttribute('data-testid', 'reader-card');
    const root = host.attachShadow({ mode: 'open' });
    const link = this.doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = cardCssUrl;
    const container = this.doc.createElement('div');
    container.className = 'gloss-layer';
    container.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.hide(true);
    });
    root.append(link, container);
    this.doc.body.append(host);
    this.host = host;
    this.container = container;
    host.setAttribute('data-theme', look.theme);
    host.lang = look.uiLang;
    return container;
  }

  /** Opens the card of `view` beside `range`; with `focus`, the card takes keyboard focus. */
  show(
    range: Range,
    view: CardView,
    look: ReaderCardLook,
    viewOf: (id: string) => CardView | null,
    focus: boolean,
  ) {
    const active = this.doc.activeElement;
    const from = this.returnTo ?? (active instanceof HTMLElement && active !== this.doc.body ? active : null);
    this.hide(false);
    this.returnTo = from;
    const container = this.mount(look);
    render(
      <Card
        key={`${view.factId}:${view.claim?.said ?? ''}`}
        view={view}
        viewOf={viewOf}
        t={look.t}
        onClose={() => this.hide(true)}
      />,
      container,
    );
    this.shown = range;
    const card = container.querySelector<HTMLElement>('.gloss-card');
    if (!card) return;
    this.stopFollowing = follow(range, card);
    if (focus) card.focus({ preventScroll: true });
  }

  /** Closes the card; `restoreFocus` returns focus where it was before the card opened. */
  hide(restoreFocus: boolean): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.shown = null;
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = null;
    this.container = null;
    if (restoreFocus && this.returnTo?.isConnected) this.returnTo.focus({ preventScroll: true });
    this.returnTo = null;
  }
}
