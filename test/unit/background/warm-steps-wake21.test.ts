/**
 * The warm-up in steps, one task each (ADR 0048 round 21): a page's load that reaches a woken worker
 * while it warms waits for one step, not for the whole warm-up, and the warm-up stops there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextTask, Warmup, warmSteps, warmText } from '../../../src/background/engine/warm';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { annotateWith, buildFactBase, type FactBase } from '../../../src/core/facts/factbase';

const bundled = () => buildFactBase(BUNDLED_PACKS);
const SEED = readFileSync('test/fixtures/seeds/coverage-b.html', 'utf8')
  .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
  .replace(/<[^>]+>/g, ' ');

/** A Warmup whose steps record themselves; `during(i)` runs inside step i. */
function stepped(count: number, during: (i: number, warmup: Warmup) => void = () => undefined) {
  const base = bundled();
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

describe('Warmup in steps (round 21)', () => {
  it("stops after the current step when a page's load starts a gate decision meanwhile", async () => {
    let decision: Promise<string> | null | undefined = null;
    const h = stepped(5, (i, warmup) => {
      // The page's load reaches the worker while step 1 runs: its decision starts in the next task.
      if (i === 1 && decision === null)
        void nextTask().then(() => (decision = warmup.decide(async () => 'probed')));
    });
    expect(
      await h.warmup.pageStarted(
        () => undefined,
        async () => true,
      ),
    ).toBe(false);
    expect(h.ran).toEqual([0, 1]);
    expect(await decision).toBe('probed');
    // Not warm, no parser opened: a later page that loads warms again, from the start.
    expect(h.warmup.isWarm(h.base)).toBe(false);
    expect(h.parsers).toEqual([]);
    expect(
      await h.warmup.pageStarted(
        () => undefined,
        async () => true,
      ),
    ).toBe(true);
    expect(h.ran).toEqual([0, 1, 0, 1, 2, 3, 4]);
    expect(h.parsers).toEqual(['parser']);
  });

  it('stops after the current step when the page has loaded, even before its event comes', async () => {
    let loading = true;
    const h = stepped(5, (i) => {
      if (i === 2) loading = false;
    });
    expect(
      await h.warmup.pageStarted(
        () => undefined,
        async () => loading,
      ),
    ).toBe(false);
    // The status asked at step 2's end is read at step 3's: one step late at most, no wait between steps.
    expect(h.ran).toEqual([0, 1, 2, 3]);
    expect(h.warmup.isWarm(h.base)).toBe(false);
    expect(h.parsers).toEqual([]);
  });

  it('runs each step in a task of its own', async () => {
    const order: string[] = [];
    const h = stepped(3, (i) => {
      order.push(`step ${i}`);
      if (i === 0) void Promise.resolve().then(() => order.push('microtask'));
      if (i === 0) setTimeout(() => order.push('task queued in step 0'), 0);
    });
    expect(await h.warmup.warm(h.base)).toBe(true);
    expect(order).toEqual(['step 0', 'microtask', 'task queued in step 0', 'step 1', 'step 2']);
  });

  it('runs one warm-up at a time per base: a second page starting meanwhile runs no step', async () => {
    const h = stepped(3);
    const [first, second] = await Promise.all([h.warmup.warm(h.base), h.warmup.warm(h.base)]);
    expect([first, second]).toEqual([true, false]);
    expect(h.ran).toEqual([0, 1, 2]);
  });

  it('stops when the engine ran for a page meanwhile (a probe answered)', async () => {
    const h = stepped(4, (i, warmup) => {
      if (i === 0) warmup.engineUsed(h.base);
    });
    expect(await h.warmup.warm(h.base)).toBe(false);
    expect(h.ran).toEqual([0]);
    expect(h.warmup.isWarm(h.base)).toBe(true);
  });
});

describe('warmSteps', () => {
  it("reads the base's facts first, then runs the engine over every paragraph of warmText", () => {
    const base = bundled();
    const steps = warmSteps(base);
    const paragraphs = warmText(base).split('\n\n');
    // The facts, one alias, then three steps per paragraph (its dates, its figures, the engine).
    expect(steps).toHaveLength(2 + 3 * paragraphs.length);
  });

  it('leaves what the engine finds unchanged', () => {
    const warmed: FactBase = bundled();
    for (const step of warmSteps(warmed)) step();
    const records = annotateWith(warmed, SEED, '2025-06-15');
    expect(records.length).toBeGreaterThan(0);
    expect(records).toEqual(annotateWith(bundled(), SEED, '2025-06-15'));
  });
});
