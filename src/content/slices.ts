/**
 * Long work on a page in slices (ADR 0039, round 3): a slice runs until its wall-clock budget is
 * spent, then Gloss yields to the page's own tasks (input, rendering) before the next one. The
 * budget is wall time, not work done, so a slice whose thread waited for a core on a loaded
 * machine ends early instead of adding Gloss's remaining work to the wait.
 *
 * Both come from the content script's isolated world (its own `performance`, `scheduler` and
 * `MessageChannel` wrappers), so a page's script cannot replace them.
 */

/** A slice's wall-clock budget (ms): well under the 50 ms of a long task. */
export const SLICE_MS = 5;

/** A predicate true once `ms` of wall time have passed since it was made. */
export function sliceDeadline(win: Window, ms: number = SLICE_MS): () => boolean {
  const end = win.performance.now() + ms;
  return () => win.performance.now() >= end;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves after the page's pending tasks had their turn: `scheduler.yield()` where there is one
 * (the continuation keeps its place ahead of other new tasks), else a message on a fresh channel
 * (a task without `setTimeout`'s clamping).
 */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
