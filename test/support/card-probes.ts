/**
 * In-page probes for the hover card (run in the page's main world via GlossPage.evaluate).
 * Each must be self-contained: it is serialised, so it may not use imports or outer variables.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One thing that happened, in the page's clock (performance.now()). */
export interface TimelineEntry {
  t: number;
  what: 'move' | 'root-added' | 'root-removed';
  /** For moves: where, and whether the pointer was over Gloss's host (the card). */
  x?: number;
  y?: number;
  inCard?: boolean;
}

interface TimelineWindow {
  __glossTimeline?: TimelineEntry[];
}

/**
 * Starts recording pointer moves and the card host's arrival and removal, with the page's own
 * timestamps, so timings do not include the driver's round trips.
 */
export function installTimeline(): void {
  const w = window as unknown as TimelineWindow;
  if (w.__glossTimeline) return;
  const log: TimelineEntry[] = [];
  w.__glossTimeline = log;
  const isHost = (n: Node) => n.nodeName.toLowerCase() === 'gloss-root';
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      for (const n of r.addedNodes) if (isHost(n)) log.push({ t, what: 'root-added' });
      for (const n of r.removedNodes) if (isHost(n)) log.push({ t, what: 'root-removed' });
    }
  }).observe(document.documentElement, { childList: true });
  document.addEventListener(
    'pointermove',
    (e) => {
      const target = e.composedPath()[0];
      const inCard = target instanceof Node && (target.getRootNode() !== document || isHost(target));
      log.push({ t: e.timeStamp, what: 'move', x: e.clientX, y: e.clientY, inCard });
    },
    { capture: true, passive: true },
  );
}

export function readTimeline(): TimelineEntry[] {
  return [...((window as unknown as TimelineWindow).__glossTimeline ?? [])];
}

/**
 * The first line box of the first occurrence of `term` in the article (else the body), after
 * scrolling it to the middle of the viewport if `scroll`; null if the text is not on the page.
 */
export function termBox([term, scroll]: [string, boolean]): Box | null {
  const root = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const index = node.data.indexOf(term);
    if (index < 0) continue;
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + term.length);
    if (scroll) {
      const first = range.getClientRects()[0];
      if (first) window.scrollBy(0, first.top + first.height / 2 - window.innerHeight / 2);
    }
    const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
    if (rect) return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  }
  return null;
}

export interface CardState {
  open: boolean;
  title: string;
  /** The layer's data-theme and lang inside the closed root (the reader's theme and UI language). */
  theme: string | null;
  uiLang: string | null;
  /** The live region's text. */
  status: string;
  /** Class of the shadow root's focused element ('' if none). */
  focusedClass: string;
  /** The document's focused element, as `tag#id` (the host while focus is in the card). */
  documentFocus: string;
  hasBack: boolean;
}

export function cardState(): CardState {
  const host = document.querySelector('gloss-root');
  const root = host?.shadowRoot;
  const card = root?.querySelector('[role="dialog"].gloss-card');
  const active = document.activeElement;
  return {
    open: Boolean(card),
    title: card?.querySelector('.gloss-card__title')?.textContent?.trim() ?? '',
    theme: root?.querySelector('.gloss-layer')?.getAttribute('data-theme') ?? null,
    uiLang: root?.querySelector('.gloss-layer')?.getAttribute('lang') ?? null,
    status: root?.querySelector('[role="status"]')?.textContent?.trim() ?? '',
    focusedClass: root?.activeElement?.getAttribute('class') ?? '',
    documentFocus: active ? `${active.localName}${active.id ? `#${active.id}` : ''}` : '',
    hasBack: Boolean(card?.querySelector('.gloss-card__back')),
  };
}

/** Box of the first element matching `selector` inside the card, or null. */
export function cardPartBox(selector: string): Box | null {
  const card = document.querySelector('gloss-root')?.shadowRoot?.querySelector('.gloss-card');
  const el = selector === '' ? card : card?.querySelector(selector);
  const r = el?.getBoundingClientRect();
  return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
}

export interface CardLayout {
  card: Box;
  /** Where the layout put it, e.g. `bottom-start` (the card's data-placement). */
  placement: string;
  viewport: { width: number; height: number };
  /** For the centre and four inset corners: what `elementFromPoint` finds ('gloss-root' when the card). */
  topmost: string[];
  /** Smallest computed font-size (px) among the card's text parts. */
  minFontPx: number;
}

/**
 * Measures the open card. Overlays marked `data-overlay` are made hit-testable for the
 * duration of the measurement (they are `pointer-events: none`, which `elementFromPoint`
 * skips), so `topmost` tells which of them, if any, paints over the card.
 */
export function cardLayout(): CardLayout | null {
  const host = document.querySelector('gloss-root');
  const card = host?.shadowRoot?.querySelector<HTMLElement>('.gloss-card');
  if (!host || !card) return null;
  const r = card.getBoundingClientRect();
  const overlays = [...document.querySelectorAll<HTMLElement>('[data-overlay]')];
  const saved = overlays.map((o) => o.getAttribute('style'));
  for (const o of overlays) o.style.setProperty('pointer-events', 'auto', 'important');
  const inset = 6;
  const points = [
    [r.left + r.width / 2, r.top + r.height / 2],
    [r.left + inset, r.top + inset],
    [r.right - inset, r.top + inset],
    [r.left + inset, r.bottom - inset],
    [r.right - inset, r.bottom - inset],
  ] as const;
  const topmost = points.map(([x, y]) => {
    const el = document.elementFromPoint(x, y);
    if (!el) return 'nothing';
    if (el === host) return 'gloss-root';
    const mark = el.getAttribute('data-overlay');
    return mark ? `overlay:${mark}` : el.localName;
  });
  overlays.forEach((o, i) => {
    const style = saved[i];
    if (style === null || style === undefined) o.removeAttribute('style');
    else o.setAttribute('style', style);
  });
  const parts = ['.gloss-card__title', '.gloss-card__summary', '.gloss-card__kind', '.gloss-card__sources'];
  const sizes = [card, ...parts.map((s) => card.querySelector(s))]
    .filter((el): el is Element => el !== null)
    .map((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  return {
    card: { x: r.x, y: r.y, width: r.width, height: r.height },
    placement: card.dataset.placement ?? '',
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    topmost,
    minFontPx: Math.min(...sizes),
  };
}

export interface ShownRange {
  name: string;
  text: string;
  /** Top of the first line box in document coordinates. */
  docTop: number;
  /** Whether the first line box is inside the viewport. */
  inView: boolean;
}

/** Every range in Gloss's highlights (`gloss-*`), in document order. */
export function shownRanges(): ShownRange[] {
  const all: { name: string; range: Range }[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('gloss-')) return;
    // Gloss registers StaticRanges (the page cannot move them); measure each as a live Range.
    highlight.forEach((r) => {
      const range = document.createRange();
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
      } catch {
        return; // a static range the DOM has since outrun
      }
      all.push({ name, range });
    });
  });
  all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return all.map(({ name, range }) => {
    const box = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
    const top = box?.top ?? Number.NaN;
    return {
      name,
      text: range.toString().replace(/\s+/g, ' ').trim(),
      docTop: top + window.scrollY,
      inView: Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight),
    };
  });
}

/** Names of the User Timing entries starting with `gloss:`, with how often each occurs. */
export function glossTimings(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of performance.getEntries()) {
    if (e.name.startsWith('gloss:')) counts[e.name] = (counts[e.name] ?? 0) + 1;
  }
  return counts;
}

/**
 * In the page: remembers the range objects now in Gloss's highlights (`keep: true`), or tells
 * how many of the remembered ones are still registered. Gloss reuses a range's registered copy
 * while its annotation lives; a re-parse would make new annotations and so new copies, so "all
 * still there" means the first annotations were kept (no second parse).
 */
export function keptRanges(keep: boolean): { kept: number; of: number } {
  const w = window as unknown as { __glossKept?: AbstractRange[] };
  const now = new Set<AbstractRange>();
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('gloss-')) highlight.forEach((r) => void now.add(r));
  });
  if (keep) w.__glossKept = [...now];
  const kept = w.__glossKept ?? [];
  return { kept: kept.filter((r) => now.has(r)).length, of: kept.length };
}
