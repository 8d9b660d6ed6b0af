/** The page's summary for the popup: asked once at start, and again after Gloss is switched on or off there. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageSummary } from '../../core/messages';

/**
 * After Gloss is switched on or off for the page, wait this long before asking it again. The
 * page hears of the change through its own `storage.onChanged`, which may arrive after the
 * popup's request (seen in Firefox); the page then re-annotates synchronously.
 */
export const SWITCH_SETTLE_MS = 300;

export type SummaryView =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly summary: PageSummary | null };

export interface SummaryState {
  readonly view: SummaryView;
  /** True while a request is under way (the previous answer stays on screen meanwhile). */
  readonly busy: boolean;
  /** Asks the page again (after "Check this page"). */
  readonly reload: () => void;
}

/**
 * Asks `load` at once, and again SWITCH_SETTLE_MS after `onOff(summary)` changes. `onOff`
 * gives null while it cannot tell (no summary yet); its first value is not a change.
 */
export function usePageSummary(
  load: () => Promise<PageSummary | null>,
  onOff: (summary: PageSummary | null) => string | null,
): SummaryState {
  const [view, setView] = useState<SummaryView>({ state: 'loading' });
  const switched = onOff(view.state === 'ready' ? view.summary : null);
  const [busy, setBusy] = useState(true);
  const [revision, setRevision] = useState(0);
  const last = useRef<string | null>(null);

  useEffect(() => {
    if (switched === null) return;
    const changed = last.current !== null && last.current !== switched;
    last.current = switched;
    if (!changed) return;
    setBusy(true);
    const timer = setTimeout(() => setRevision((r) => r + 1), SWITCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [switched]);

  // `revision` is in the dependencies as the signal to ask again.
  useEffect(() => {
    let live = true;
    setBusy(true);
    const ready = (summary: PageSummary | null) => {
      if (!live) return;
      setView({ state: 'ready', summary });
      setBusy(false);
    };
    load().then(ready, () => ready(null));
    return () => {
      live = false;
    };
  }, [load, revision]);

  return { view, busy, reload: () => setRevision((r) => r + 1) };
}
