/**
 * Keeps a card beside its highlighted words: measures the page (the words' first line box,
 * the card, the viewport, the text direction), asks the pure layout in core/hover/layout.ts
 * where the card goes, and re-runs on scroll and resize (@floating-ui/dom's autoUpdate).
 */
import { autoUpdate, type VirtualElement } from '@floating-ui/dom';
import type { Rect } from '../core/geometry';
import { layoutCard } from '../core/hover/layout';

/** The first non-empty line box of a range (a wrapped range's bounding box spans lines). */
export function firstLineBox(range: Range): Rect {
  for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) return r;
  return range.getBoundingClientRect();
}

function isRtl(range: Range): boolean {
  const el = range.startContainer.parentElement;
  const view = el?.ownerDocument.defaultView;
  return Boolean(el && view && view.getComputedStyle(el).direction === 'rtl');
}

/** Positions `floating` next to `range` until the returned cleanup is called. */
export function follow(range: Range, floating: HTMLElement): () => void {
  const parent = range.startContainer.parentElement;
  const reference: VirtualElement = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(parent ? { contextElement: parent } : {}),
  };
  const root = floating.ownerDocument.documentElement;
  let generation = 0;
  const update = () => {
    const mine = ++generation;
    const input = {
      reference: firstLineBox(range),
      floating: { width: floating.offsetWidth, height: floating.scrollHeight },
      viewport: { width: root.clientWidth, height: root.clientHeight },
      rtl: isRtl(range),
    };
    void layoutCard(input).then((r) => {
      if (mine !== generation) return; // a newer measurement won
      floating.style.left = `${r.x}px`;
      floating.style.top = `${r.y}px`;
      floating.style.maxHeight = `${r.maxHeight}px`;
      floating.style.maxWidth = `min(26rem, ${input.viewport.width - 16}px)`;
      floating.dataset.placement = r.placement;
    });
  };
  return autoUpdate(reference, floating, update, { animationFrame: false });
}
