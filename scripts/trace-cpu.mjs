/**
 * The thread's own CPU time inside User Timing measures, from a Chrome trace (ADR 0031). A page's
 * `performance.measure` spans wall time: on a shared 2-core machine a task that waits for a core
 * counts the wait. A trace records, for each event on a thread, both its wall time (`ts`, `dur`) and
 * the thread's CPU clock (`tts`, `tdur`); between such points the CPU clock is interpolated, so a
 * measure's CPU time is the thread clock's advance between its start and its end.
 *
 * Used by scripts/bench-browser.mjs for Gloss's tasks and Readability's cold parse alike.
 */

/** Trace categories: the measures, and events dense enough on the main thread to read its CPU clock. */
export const CPU_TRACE_CATEGORIES = [
  'blink.user_timing',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
].join(',');

/** Starts tracing on a Playwright CDP session; `stop()` resolves with the trace's events. */
export async function startCpuTrace(cdp) {
  const events = [];
  const onData = (p) => events.push(...p.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CPU_TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

/** The measures named `names` in `events`: { name, start, end } in trace microseconds, with their thread. */
function measuresOf(events, names) {
  const open = new Map();
  const out = [];
  for (const e of events) {
    if (!names.includes(e.name) || !String(e.cat).includes('blink.user_timing')) continue;
    const key = `${e.pid}:${e.name}:${e.id ?? e.id2?.local ?? ''}`;
    // A measure of zero duration is traced as one instant event.
    if (e.ph === 'n') out.push({ name: e.name, pid: e.pid, tid: e.tid, start: e.ts, end: e.ts });
    else if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e' && open.has(key)) {
      const b = open.get(key);
      open.delete(key);
      out.push({ name: e.name, pid: e.pid, tid: b.tid, start: b.ts, end: e.ts });
    }
  }
  return out;
}

/** Points (wall µs, thread-CPU µs) of one thread, sorted, for interpolating its CPU clock. */
function cpuClock(events, pid, tid) {
  const points = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || typeof e.tts !== 'number') continue;
    points.push([e.ts, e.tts]);
    if (e.ph === 'X' && typeof e.dur === 'number' && typeof e.tdur === 'number')
      points.push([e.ts + e.dur, e.tts + e.tdur]);
  }
  points.sort((a, b) => a[0] - b[0]);
  return points;
}

/** The thread clock at wall time `t`, linearly between the nearest points (never more than wall time). */
function cpuAt(points, t) {
  let lo = 0;
  let hi = points.length - 1;
  if (hi < 0) return Number.NaN;
  if (t <= points[0][0]) return points[0][1];
  if (t >= points[hi][0]) return points[hi][1];
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid][0] <= t) lo = mid;
    else hi = mid;
  }
  const [w0, c0] = points[lo];
  const [w1, c1] = points[hi];
  return w1 === w0 ? c0 : c0 + Math.min(1, Math.max(0, (c1 - c0) / (w1 - w0))) * (t - w0);
}

/**
 * For each measure named in `names`: its wall and CPU milliseconds, in trace order. The CPU time
 * never exceeds the wall time (interpolation noise is clipped).
 * @returns {{ name: string, wall: number, cpu: number }[]}
 */
export function measuresCpu(events, names) {
  const clocks = new Map();
  return measuresOf(events, names)
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const key = `${m.pid}:${m.tid}`;
      if (!clocks.has(key)) clocks.set(key, cpuClock(events, m.pid, m.tid));
      const clock = clocks.get(key);
      const wall = (m.end - m.start) / 1000;
      const cpu = Math.max(0, Math.min(wall, (cpuAt(clock, m.end) - cpuAt(clock, m.start)) / 1000));
      return { name: m.name, wall, cpu };
    });
}

/**
 * The CPU time of the thread that made the User Timing mark `marks[0]`, from the thread's first
 * traced event to each of `marks` (ms; NaN for a mark the trace does not hold). For a woken service
 * worker: its own CPU from its start to, e.g., its answer, whatever else the machine was doing.
 * @returns {Record<string, number>}
 */
export function threadCpuAtMarks(events, marks) {
  const isMark = (e, name) => e.name === name && String(e.cat).includes('blink.user_timing') && e.ph !== 'e';
  const first = events.find((e) => isMark(e, marks[0]));
  if (!first) return Object.fromEntries(marks.map((m) => [m, Number.NaN]));
  const clock = cpuClock(events, first.pid, first.tid);
  const origin = clock[0]?.[1] ?? Number.NaN;
  return Object.fromEntries(
    marks.map((m) => {
      const at = events.find((e) => isMark(e, m) && e.pid === first.pid && e.tid === first.tid);
      return [m, at ? (cpuAt(clock, at.ts) - origin) / 1000 : Number.NaN];
    }),
  );
}

/**
 * The CPU time the thread that made the mark `mark` spent compiling each script (`v8.compileModule` for a
 * module, `v8.compile` for a classic script, traced under `devtools.timeline`), keyed by the script's file
 * name (ms). For a woken service worker: what its start pays to compile each chunk before its first line
 * runs (ADR 0033: Chrome keeps no code cache for an extension's module worker, so every wake compiles them
 * all; a classic worker's `v8.compile` consumes the code cache instead, ADR 0048 round 19).
 * @returns {Record<string, number>}
 */
export function moduleCompileCpu(events, mark) {
  const first = events.find((e) => e.name === mark && String(e.cat).includes('blink.user_timing'));
  const out = {};
  if (!first) return out;
  for (const e of events) {
    if (
      (e.name !== 'v8.compileModule' && e.name !== 'v8.compile') ||
      e.ph !== 'X' ||
      e.pid !== first.pid ||
      e.tid !== first.tid
    )
      continue;
    const url = String(e.args?.data?.url ?? e.args?.fileName ?? '?');
    const file = url.split('/').pop() ?? url;
    out[file] = (out[file] ?? 0) + (e.tdur ?? 0) / 1000;
  }
  return out;
}
