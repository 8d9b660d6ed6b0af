/**
 * Pages that change after load. A debounced MutationObserver collects what was added
 * inside the article and what was removed, and hands both over in one batch (never a
 * re-parse per mutation). In-page navigations are the probe's (content/probe/navigation.ts).
 * The only timer is the debounce, and only while a batch is pending.
 */
import { guarded } from '../../feature';

/** Mutations are batched over this quiet period (ms): pages often add content in bursts. */
export const MUTATION_DEBOUNCE_MS = 400;

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
