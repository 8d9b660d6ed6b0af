/**
 * The engine warmed while the probe is injected, in steps stopped by the probe's message (ADR 0048
 * round 22), and the steps' tasks at background priority where the runtime has one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask, Warmup } from '../../../src/background/engine/warm';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

/** A Warmup whose steps record themselves; `during(i)` runs inside step i. */
function stepped(count: number, during: (i: number, warmup: Warmup) => void = () => undefined) {
  const base = buildFactBase(BUNDLED_PACKS);
  const ran: number[] = [];
  const parsers: string[] = [];
  const warmup: Warmup = new Warmup(
    async () => base,
    () =>
      Array.from({ length: count }, (_, i) => () => {
        ran.push(i);
        during(i, warmup);
      }),
    () => parsers.push('parser'),
  );
  return { base, ran, parsers, warmup };
}

describe('Warmup.whileInjecting (round 22)', () => {
  it("stops after the current step when the probe's message comes meanwhile", async () => {
    const h = stepped(5, (i, warmup) => {
      // The probe's message reaches the worker while step 1 runs: its handler runs in the next task.
      if (i === 1) setTimeout(() => warmup.probeCame(), 0);
    });
    expect(await h.warmup.whileInjecting(h.base)).toBe(false);
    expect(h.ran).toEqual([0, 1]);
    // Not warm (a later page may warm it), and no page reader opened on the probe's way.
    expect(h.warmup.isWarm(h.base)).toBe(false);
    expect(h.parsers).toEqual([]);
  });

  it('stops when another gate decision starts meanwhile', async () => {
    const h = stepped(4, (i, warmup) => {
      if (i === 0) void nextTask().then(() => warmup.decide(async () => null));
    });
    expect(await h.warmup.whileInjecting(h.base)).toBe(false);
    expect(h.ran).toEqual([0]);
  });

  it('runs to its end when no probe comes, and then the base is warm', async () => {
    const h = stepped(4);
    // Inside the injecting page's own decision, which started before the warm-up: no reason to stop.
    expect(await h.warmup.decide(() => h.warmup.whileInjecting(h.base))).toBe(true);
    expect(h.ran).toEqual([0, 1, 2, 3]);
    expect(h.warmup.isWarm(h.base)).toBe(true);
    expect(
      await h.warmup.pageStarted(
        () => undefined,
        async () => true,
      ),
    ).toBe(false);
    expect(h.ran).toEqual([0, 1, 2, 3]);
    expect(h.parsers).toEqual([]);
  });

  it("a probe's message heard before the warm-up began does not stop it", async () => {
    const h = stepped(3);
    h.warmup.probeCame();
    expect(await h.warmup.whileInjecting(h.base)).toBe(true);
    expect(h.ran).toEqual([0, 1, 2]);
  });
});

describe('nextTask', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("asks the runtime's task scheduler for a background task where there is one", async () => {
    const asked: string[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (callback: () => void, options: { priority: string }) => {
        asked.push(options.priority);
        return new Promise<void>((ok) => setTimeout(() => ok(callback()), 0));
      },
    });
    await nextTask();
    expect(asked).toEqual(['background']);
  });

  it('falls back to a timer without one', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    setTimeout(() => order.push('task queued first'), 0);
    await nextTask();
    order.push('after nextTask');
    expect(order).toEqual(['task queued first', 'after nextTask']);
  });
});
