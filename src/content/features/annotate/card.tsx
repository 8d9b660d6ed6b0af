/**
 * Shows one card at a time in Gloss's shadow host, positioned beside its range.
 */
import { render } from 'preact';
import { type CardClaim, toCardView } from '../../../core/facts/card';
import { follow } from '../../../dom/position';
import { ShadowHost } from '../../../dom/shadow-host';
import { t } from '../../../platform/i18n';
import { Card } from '../../../ui/Card';
import cardCss from '../../../ui/card.css?inline';
import type { Annotation } from './annotations';

function claimOf(a: Annotation): CardClaim | undefined {
  const r = a.record;
  if (r.kind !== 'claim' || !r.verdict) return undefined;
  return {
    verdict: r.verdict,
    said: r.quote,
    resolved: r.resolved ?? null,
    record: r.record ?? '',
    explanation: r.explanation,
  };
}

export interface CardCallbacks {
  readonly onEnter: () => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}

export class CardPresenter {
  private readonly host: ShadowHost;
  private stopFollowing: (() => void) | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly doc: Document) {
    this.host = new ShadowHost(doc, cardCss);
  }

  /** True if the event target is inside the card. */
  contains(target: EventTarget | null): boolean {
    return this.host.contains(target);
  }

  show(annotation: Annotation, focus: boolean, callbacks: CardCallbacks): void {
    this.hide(false);
    const container = this.host.mount();
    const lang = this.doc.documentElement.lang || 'en';
    render(
      <Card
        view={toCardView(annotation.fact, lang, claimOf(annotation))}
        t={t}
        onClose={callbacks.onClose}
        onPointerEnter={callbacks.onEnter}
        onPointerLeave={callbacks.onLeave}
      />,
      container,
    );
    const card = container.querySelector<HTMLElement>('.gloss-card');
    if (!card) return;
    this.stopFollowing = follow(annotation.range, card);
    if (focus) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : null;
      card.tabIndex = -1;
      card.focus({ preventScroll: true });
    }
  }

  hide(restoreFocus: boolean): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    const container = this.host.container;
    if (container) render(null, container);
    this.host.unmount();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }
}
