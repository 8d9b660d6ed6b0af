/**
 * The worker's own timeline, in the bench build only (`__GLOSS_BENCH__`, ADR 0011, 0024): marks
 * named `gloss:worker-*` that `scripts/bench-wake.mjs` reads from the worker after a wake, to say
 * where a stopped worker's first answer spends its time. Pages cannot read a worker's timeline,
 * but the release build makes no marks anyway (the same rule as content/timing.ts).
 */
const BENCH = typeof __GLOSS_BENCH__ !== 'undefined' && __GLOSS_BENCH__;

/**
 * The names marked so far (bench build): asking the timeline (`getEntriesByName`) cost a woken worker
 * up to ~4 ms on its first page (ADR 0033), inside the very wake the marks time.
 */
const marked = new Set<string>();

/** A named point on the worker's timeline (bench build), once per name unless `again`. */
export function workerMark(name: string, again = false): void {
  if (!BENCH) return;
  if (!again && marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}
