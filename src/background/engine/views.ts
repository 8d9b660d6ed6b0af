/**
 * Card views for the page. The page never holds the fact base: with an analysis it gets the
 * views of the annotated facts only (ADR 0023: most of a page's views were neighbours no card
 * had opened, held in every annotated tab's heap); the neighbours (related facts and timeline
 * points) come with `card/views` when the card UI is first wanted, around the facts asked for.
 */
import { type CardView, toCardView } from '../../core/facts/card';
import type { FactBase } from '../../core/facts/factbase';

/** Views of `ids` (unknown ids are skipped), each once. */
export function viewsOf(base: FactBase, ids: Iterable<string>): CardView[] {
  const out: CardView[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const fact = base.factById(id);
    if (fact) out.push(toCardView(fact, base.card));
  }
  return out;
}

/** Views of `ids` and of every fact one step away from them (related facts, timeline points). */
export function viewsAround(base: FactBase, ids: Iterable<string>): CardView[] {
  const first = viewsOf(base, ids);
  const near = first.flatMap((v) => [...v.related.map((r) => r.id), ...v.timeline.map((p) => p.id)]);
  const have = new Set(first.map((v) => v.factId));
  return [
    ...first,
    ...viewsOf(
      base,
      near.filter((id) => !have.has(id)),
    ),
  ];
}
