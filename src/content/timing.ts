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

/** Runs `fn` as one of Gloss's tasks (measured as `gloss:annotate` in the bench build). */
export function task<T>(fn: () => T): T {
  if (!BENCH) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure('gloss:annotate', { start, end: performance.now() });
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

/** A named span from `start` (a `performance.now()` value) to now, inside a task. */
export function span(name: string, start: number): void {
  if (BENCH) performance.measure(name, { start, end: performance.now() });
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
  if (!BENCH || performance.getEntriesByName(name).length) return;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav?.loadEventEnd) performance.measure(name, { start: nav.loadEventEnd, end: performance.now() });
}
