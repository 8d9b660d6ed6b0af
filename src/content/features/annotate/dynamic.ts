/**
 * Pages that change after load. A debounced MutationObserver collects what was added
 * inside the article and what was removed, and hands both over in one batch (never a
 * re-parse per mutation); a URL change without a page load (history API navigation in a
 * single-page app) is reported so the session can start over.
 */
import { guarded } from '../../feature';

/** Mutations are batched over this quiet period (ms): pages often add content in bursts. */
export const MUTATION_DEBOUNCE_MS = 400;
/** How often the URL is compared (ms); `popstate` reports at once. */
export const URL_CHECK_MS = 1_000;

export interface MutationBatch {
  /** Element or text nodes added inside the article, outermost only. */
  readonly added: readonly Node[];
  /** True when something was removed (annotations may have lost their text). */
  readonly removed: boolean;
}

/** Watches `container` (the live article) for added and removed content. */
export function watchMutations(
  container: Node,
  ignore: (node: Node) => boolean,
  onBatch: (batch: MutationBatch) => void,
  signal: AbortSignal,
): void {
  const view = container.ownerDocument?.defaultView;
  if (!view) return;
  let added: Node[] = [];
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = guarded('mutations', () => {
    timer = null;
    const roots = added.filter(
      (n) => n.isConnected && !added.some((other) => other !== n && other.contains(n)),
    );
    const batch = { added: roots, removed };
    added = [];
    removed = false;
    if (batch.added.length || batch.removed) onBatch(batch);
  });
  const observer = new view.MutationObserver(
    guarded('mutation-observer', (records: MutationRecord[]) => {
      for (const r of records) {
        if (ignore(r.target)) continue;
        for (const n of r.addedNodes) if (!ignore(n) && (n.nodeType === 1 || n.nodeType === 3)) added.push(n);
        if (r.removedNodes.length || r.type === 'characterData') removed = true;
      }
      if (timer === null && (added.length || removed)) timer = setTimeout(flush, MUTATION_DEBOUNCE_MS);
    }),
  );
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  });
}

/** The URL without its fragment: moving to "#section" is not a new page. */
const pageOf = (url: string) => url.split('#')[0] as string;

/** Calls `onChange` when the page's URL changes without a load (SPA navigation). */
export function watchUrl(win: Window, onChange: (url: string) => void, signal: AbortSignal): void {
  let last = pageOf(win.location.href);
  const check = guarded('url-check', () => {
    const now = pageOf(win.location.href);
    if (now === last) return;
    last = now;
    onChange(now);
  });
  const interval = setInterval(check, URL_CHECK_MS);
  win.addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => clearInterval(interval));
}
