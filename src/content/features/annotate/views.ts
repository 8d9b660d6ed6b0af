/**
 * The card views this page may show, as the worker sent them (ADR 0011): the page never
 * holds the fact base. Only the annotated facts' views come with the analysis (ADR 0023);
 * their neighbours (related facts, timeline points) are fetched when the card UI is first
 * wanted, and a fact opened inside a card fetches its own, so the next step inside the card
 * is ready before the reader clicks.
 */
import type { CardView } from '../../../core/facts/card';
import { send } from '../../../platform/content-messaging';

export class CardViews {
  private readonly views = new Map<string, CardView>();
  private readonly asked = new Set<string>();

  /** Keeps `views` (a later copy of a fact replaces an earlier one). */
  add(views: readonly CardView[]): void {
    for (const v of views) this.views.set(v.factId, v);
  }

  /** The view of `factId`, if the page has it. */
  get(factId: string): CardView | undefined {
    return this.views.get(factId);
  }

  /** The content language of the views (the fact base's), or null before any arrived. */
  get lang(): string | null {
    for (const v of this.views.values()) return v.lang;
    return null;
  }

  /** Fetches the neighbours of `factId` that the page does not have yet (once per fact). */
  prefetchAround(factId: string): void {
    this.fetchNeighbours([factId]);
  }

  /** Fetches, in one message, the neighbours of every fact the page has a view of (once per fact). */
  prefetchAll(): void {
    this.fetchNeighbours([...this.views.keys()]);
  }

  private fetchNeighbours(factIds: readonly string[]): void {
    const missing = new Set<string>();
    for (const factId of factIds) {
      const view = this.views.get(factId);
      if (!view || this.asked.has(factId)) continue;
      this.asked.add(factId);
      for (const id of [...view.related.map((r) => r.id), ...view.timeline.map((p) => p.id)])
        if (!this.views.has(id)) missing.add(id);
    }
    if (!missing.size) return;
    void send('card/views', { factIds: [...missing].slice(0, 500) }).then((r) => {
      if (r.ok) this.add(r.value);
    });
  }
}
