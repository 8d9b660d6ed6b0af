/**
 * Functions that run INSIDE the page (main world) via GlossPage.evaluate / init scripts.
 * Each must be self-contained: it is serialised, so it may not use imports or outer variables.
 */

/** The CSS custom highlight Gloss registers (the contract with src/). */
export const HIGHLIGHT_NAME = 'gloss-term';

export interface MutationLog {
  count: number;
  /** The first few records, described, to make a failure readable. */
  samples: string[];
}

interface ProbeWindow {
  __glossMutations?: MutationLog;
}

/**
 * Init script: counts DOM mutations anywhere in the document. Parser insertions are discarded at
 * DOMContentLoaded (they are the page loading, not someone changing it), so afterwards the count is what
 * scripts (the page's or Gloss's) did.
 */
export function installMutationCounter(): void {
  const log: MutationLog = { count: 0, samples: [] };
  const describe = (r: MutationRecord): string => {
    const added = [...r.addedNodes].map((n) => n.nodeName.toLowerCase()).join(',');
    const removed = [...r.removedNodes].map((n) => n.nodeName.toLowerCase()).join(',');
    const attr = r.attributeName ? ` [${r.attributeName}]` : '';
    return `${r.type}${attr} on <${r.target.nodeName.toLowerCase()}> +(${added}) -(${removed})`;
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      log.count += 1;
      if (log.samples.length < 10) log.samples.push(describe(r));
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.takeRecords();
      log.count = 0;
      log.samples.length = 0;
    },
    { once: true },
  );
  (window as unknown as ProbeWindow).__glossMutations = log;
}

/** Reads what installMutationCounter counted (null if it was not installed). */
export function readMutations(): MutationLog | null {
  const log = (window as unknown as ProbeWindow).__glossMutations;
  return log ? { count: log.count, samples: [...log.samples] } : null;
}

/** Size of the named highlight, or null if none is registered. */
export function highlightSize(name: string): number | null {
  return CSS.highlights.get(name)?.size ?? null;
}

export interface SourceComparison {
  sameHtml: boolean;
  sameText: boolean;
  /** Where the serialisations first differ, with context, when they do. */
  diff: string;
}

/**
 * Fetches the page's own source again, parses it with DOMParser, and compares the serialisation and text
 * with the live document. The fixtures have no <noscript> and no DOM-changing scripts, so they must be equal.
 */
export async function compareWithSource(): Promise<SourceComparison> {
  const source = await (await fetch(location.href, { cache: 'no-store' })).text();
  const fresh = new DOMParser().parseFromString(source, 'text/html');
  const live = document.documentElement.outerHTML;
  const expected = fresh.documentElement.outerHTML;
  let i = 0;
  while (i < live.length && live[i] === expected[i]) i += 1;
  const at = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return {
    sameHtml: live === expected,
    sameText: document.body.textContent === fresh.body.textContent,
    diff: live === expected ? '' : `at ${i}: live ${at(live)} vs source ${at(expected)}`,
  };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Scrolls the first occurrence of `term` in the article (else the body) into view and returns the middle
 * of its first client rect, or null if the text is not on the page.
 */
export function termCenter(term: string): Point | null {
  const root = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const index = node.data.indexOf(term);
    if (index < 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + term.length);
    const rect = range.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

export interface CardInfo {
  hostCount: number;
  /** The host is a child of <html>, as the contract says. */
  hostOnRoot: boolean;
  title: string;
  summary: string;
  sourceHref: string;
}

/** Reads the hover card from `gloss-root`'s open shadow root, or null when there is none. */
export function readCard(): CardInfo | null {
  const hosts = document.querySelectorAll('gloss-root');
  const card = hosts[0]?.shadowRoot?.querySelector('[role="dialog"].gloss-card');
  if (!card) return null;
  const text = (selector: string) => card.querySelector(selector)?.textContent?.trim() ?? '';
  return {
    hostCount: hosts.length,
    hostOnRoot: hosts[0]?.parentNode === document.documentElement,
    title: text('.gloss-card__title'),
    summary: text('.gloss-card__summary'),
    sourceHref: card.querySelector<HTMLAnchorElement>('a.gloss-card__source')?.href ?? '',
  };
}

/** Visible text of the element with `data-testid`: '' if it is not rendered, null if it is absent. */
export function testIdText(testId: string): string | null {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!el) return null;
  const rendered = el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  // biome-ignore lint/performance/useDomNodeTextContent: we want rendered text; hidden text must not count
  return rendered && el.getClientRects().length > 0 ? el.innerText.trim() : '';
}

export interface HostileClear {
  reason: string;
  at: number;
  hadGloss: boolean;
}

/** The clears logged by `test/fixtures/hostile-clear.html`. */
export function hostileClears(): HostileClear[] {
  return [...((window as unknown as { __hostileClears?: HostileClear[] }).__hostileClears ?? [])];
}

/** The viewport corner (2 px in) farthest from the hover card, to move the pointer away to. */
export function farCorner(): Point {
  const card = document.querySelector('gloss-root')?.shadowRoot?.querySelector('[role="dialog"]');
  const box = card?.getBoundingClientRect() ?? new DOMRect(0, 0, 0, 0);
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const w = document.documentElement.clientWidth;
  const h = document.documentElement.clientHeight;
  const corners = [
    { x: 2, y: 2 },
    { x: w - 2, y: 2 },
    { x: 2, y: h - 2 },
    { x: w - 2, y: h - 2 },
  ];
  const distance = (p: Point) => Math.hypot(p.x - cx, p.y - cy);
  return corners.reduce((best, p) => (distance(p) > distance(best) ? p : best));
}

/** Whether a `gloss-root` host is in the document. */
export function hasGlossRoot(): boolean {
  return document.querySelector('gloss-root') !== null;
}
