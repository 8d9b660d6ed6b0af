/**
 * User Timing, in the bench build only (`npm run build:bench`, ADR 0011). A page's own
 * scripts can read every mark and measure, so the release build must make none: there
 * `__GLOSS_BENCH__` is `false`, these functions do nothing and the minifier drops their
 * bodies (a test reads the release build for leftovers).
 *
 * In the bench build every task Gloss runs on a page is one `gloss:annotate` measure, so
 * their sum is all of Gloss's main-thread time on the page.
 */
const BENCH = typeof __GLOSS_BENCH__ !== 'undefined' && __GLOSS_BENCH__;

/**
 * When this module was evaluated (bench build): the entry files import it first, so this is when
 * the file's own code began to run, after the browser compiled it (ADR 0026).
 */
const EVALUATION_START = BENCH ? performance.now() : 0;

/**
 * Spans ended inside the running task (bench build), recorded once it has ended (ADR 0028): the
 * User Timing calls are the bench's own work, not Gloss's, and would otherwise be counted in the
 * task's `gloss:annotate` measure. `load`: a span from the page's load event (`sinceLoad`).
 */
const pending: { name: string; start: number; end: number; load?: boolean }[] = [];
let depth = 0;

function record(entry: { name: string; start: number; end: number; load?: boolean }): void {
  if (!entry.load) {
    performance.measure(entry.name, { start: entry.start, end: entry.end });
    return;
  }
  if (performance.getEntriesByName(entry.name).length) return;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav?.loadEventEnd) performance.measure(entry.name, { start: nav.loadEventEnd, end: entry.end });
}

function later(entry: { name: string; start: number; end: number; load?: boolean }): void {
  if (depth > 0) pending.push(entry);
  else record(entry);
}

/** Runs `fn` as one of Gloss's tasks (measured as `gloss:annotate` in the bench build). */
export function task<T>(fn: () => T): T {
  if (!BENCH) return fn();
  const start = performance.now();
  depth++;
  try {
    return fn();
  } finally {
    const end = performance.now();
    depth--;
    if (depth === 0) {
      performance.measure('gloss:annotate', { start, end });
      for (const entry of pending.splice(0)) record(entry);
    }
  }
}

/**
 * The evaluation of the injected file so far, from its first module to now (`gloss:evaluate`, bench
 * build): Gloss's main-thread time outside any task, which `gloss:annotate` does not count; the
 * compile before it is not measurable from inside (ADR 0026).
 */
export function evaluated(): void {
  if (BENCH) performance.measure('gloss:evaluate', { start: EVALUATION_START, end: performance.now() });
}

/** A point in time worth seeing in the bench (e.g. `gloss:dwell-fired`). */
export function mark(name: string): void {
  if (BENCH) performance.mark(name);
}

/** A named span from `start` (a `performance.now()` value) to now; inside a task, recorded after it. */
export function span(name: string, start: number): void {
  if (BENCH) later({ name, start, end: performance.now() });
}

/** `performance.now()` in the bench build, 0 otherwise (for `span`). */
export function now(): number {
  return BENCH ? performance.now() : 0;
}

/**
 * A span from the end of the page's load event to now (bench build): a page's first answer
 * from the worker, a stopped worker's wake on the navigation included (recorded once).
 */
export function sinceLoad(name: string): void {
  if (BENCH) later({ name, start: 0, end: performance.now(), load: true });
}
