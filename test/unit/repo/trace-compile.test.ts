import { describe, expect, it } from 'vitest';
import { moduleCompileCpu } from '../../../scripts/trace-cpu.mjs';

const mark = { name: 'gloss:worker-ready', cat: 'blink.user_timing', ph: 'R', pid: 1, tid: 7, ts: 900 };
const compile = (url: string, tdur: number, tid = 7) => ({
  name: 'v8.compileModule',
  cat: 'v8,devtools.timeline',
  ph: 'X',
  pid: 1,
  tid,
  ts: 100,
  dur: tdur * 2,
  tdur,
  args: { data: { url } },
});

describe("moduleCompileCpu (bench:wake's compile line, ADR 0033)", () => {
  it("sums the CPU of each module's compile on the marking thread only, by file name (ms)", () => {
    const events = [
      compile('chrome-extension://x/assets/background.js', 10_000),
      compile('chrome-extension://x/assets/db-AbC12345.js', 2_500),
      compile('chrome-extension://x/assets/db-AbC12345.js', 500),
      compile('chrome-extension://x/assets/other.js', 4_000, 8),
      { ...compile('chrome-extension://x/assets/skip.js', 3_000), ph: 'B' },
      // A classic script's compile (ADR 0048 round 19: Chrome's worker, from its code cache).
      { ...compile('chrome-extension://x/service-worker.js', 1_500), name: 'v8.compile' },
      { ...compile('chrome-extension://x/assets/other.js', 2_000), name: 'v8.parseOnBackground' },
      mark,
    ];
    expect(moduleCompileCpu(events, 'gloss:worker-ready')).toEqual({
      'background.js': 10,
      'db-AbC12345.js': 3,
      'service-worker.js': 1.5,
    });
  });

  it('gives nothing when the trace lacks the mark', () => {
    expect(moduleCompileCpu([compile('a.js', 1_000)], 'gloss:worker-ready')).toEqual({});
  });
});
