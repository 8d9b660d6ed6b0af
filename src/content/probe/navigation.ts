/**
 * In-page navigations (history API, single-page apps) without polling: the Navigation API's
 * `currententrychange` where the browser has it, `popstate` always, and, for browsers
 * without the Navigation API, a look at the URL after the reader's own clicks and keys
 * (SPA navigations follow them, often after a fetch: once at once, once a little later).
 * Nothing runs while the tab is idle.
 */
import { guarded } from '../feature';

/** After a click or key, look again this much later (ms): SPA routers often push after a fetch. */
export const LATE_CHECK_MS = 1_000;

/** The URL without its fragment: moving to "#section" is not a new page. */
const pageOf = (url: string) => url.split('#')[0] as string;

/** Calls `onChange` when the page's URL changes without a load. */
export function watchNavigation(win: Window, onChange: (url: string) => void, signal: AbortSignal): void {
  let last = pageOf(win.location.href);
  let late: ReturnType<typeof setTimeout> | null = null;
  const check = guarded('url-check', () => {
    const now = pageOf(win.location.href);
    if (now === last) return;
    last = now;
    onChange(now);
  });
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('currententrychange', check, { signal });
  } else {
    const soon = guarded('url-activity', () => {
      check();
      if (late !== null) clearTimeout(late);
      late = setTimeout(() => {
        late = null;
        check();
      }, LATE_CHECK_MS);
    });
    const opts = { capture: true, passive: true, signal };
    win.addEventListener('click', soon, opts);
    win.addEventListener('keyup', soon, opts);
  }
  win.addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => {
    if (late !== null) clearTimeout(late);
  });
}
