/**
 * The engine warmed while a woken worker waits (ADR 0024): once per fact base, from the base's own
 * sentences, never changing what the engine finds, and never standing between a loaded page and
 * its probe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WARM_SENTENCES, Warmup, warmEngine, warmText } from '../../../src/background/engine/warm';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { annotateWith, buildFactBase, type FactBase } from '../../../src/core/facts/factbase';
import { testFact } from '../../support/facts';

const bundled = () => buildFactBase(BUNDLED_PACKS);
const SEED = readFileSync('test/fixtures/seeds/coverage-a.html', 'utf8')
  .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
  .replace(/<[^>]+>/g, ' ');

describe('warmEngine', () => {
  it('runs the engine once per fact base (Warmup), and again for a new base', async () => {
    const base = bundled();
    const runs: FactBase[] = [];
    const warmup = new Warmup(
      async () => base,
      (b) => [() => void runs.push(b)],
    );
    expect(await warmup.warm(base)).toBe(true);
    expect(await warmup.warm(base)).toBe(false);
    expect(warmup.isWarm(base)).toBe(true);
    const next = bundled();
    expect(warmup.isWarm(next)).toBe(false);
    expect(await warmup.warm(next)).toBe(true);
    expect(runs).toEqual([base, next]);
  });

  it('leaves what the engine finds unchanged', () => {
    const warmed = bundled();
    warmEngine(warmed);
    const records = annotateWith(warmed, SEED, '2025-06-15');
    expect(records.length).toBeGreaterThan(0);
    expect(records).toEqual(annotateWith(bundled(), SEED, '2025-06-15'));
  });
});

describe('warmText', () => {
  it("reads the base's misreported claims first, the extra text before them", () => {
    const base = bundled();
    const text = warmText(base, 'A title');
    const withMisreports = [...base.facts.values()].filter((f) => f.misreports?.length);
    expect(text.startsWith('A title\n\n')).toBe(true);
    expect(text).toContain(withMisreports[0]?.misreports?.[0]?.wrong ?? '(none)');
    // The base's first sentences, then one misreported figure (ADR 0028: its verdict's number format).
    expect(text.split('\n\n')).toHaveLength(WARM_SENTENCES + 2);
    const figure = [...base.facts.values()].find((f) => f.quantity && f.misreports?.length);
    expect(text.split('\n\n').at(-1)).toBe(`${figure?.misreports?.[0]?.wrong}.`);
    const records = annotateWith(base, text, null);
    expect(records.some((r) => r.factIds.includes(figure?.id ?? '') && r.kind !== 'term')).toBe(true);
  });

  it('falls back to aliases, and is empty for an empty base', () => {
    const pack = (facts: ReturnType<typeof testFact>[]) =>
      buildFactBase([{ schemaVersion: 1, id: 'p', version: '1.0.0', title: 'p', lang: 'en', facts }]);
    expect(warmText(pack([testFact('place.galwan', [{ text: 'Galwan' }])]))).toBe('Galwan.');
    expect(warmText(pack([]))).toBe('');
  });
});

/** A Warmup over a fake warm function that records which bases it warmed. */
function harness() {
  const base = bundled();
  const warmed: FactBase[] = [];
  const parsers: string[] = [];
  const warmup = new Warmup(
    async () => base,
    (b) => [() => void warmed.push(b)],
    () => parsers.push('parser'),
  );
  return { base, warmed, parsers, warmup };
}

describe('Warmup', () => {
  it('warms the page parser once, after the engine, only while the page still loads (ADR 0026)', async () => {
    const h = harness();
    const order: string[] = [];
    let loading = [true, false];
    const stillLoading = async () => {
      order.push(`status ${h.warmed.length}`);
      return loading.shift() ?? false;
    };
    // Loaded by the time the engine was warm: no parser (it would stand before the probe).
    expect(await h.warmup.pageStarted(() => undefined, stillLoading)).toBe(true);
    expect(order).toEqual(['status 0', 'status 1']);
    expect(h.parsers).toEqual([]);
    // A new base (packs changed) on a page that is still loading: the parser too, once per worker.
    const other = new Warmup(
      async () => bundled(),
      (b) => [() => void h.warmed.push(b)],
      () => h.parsers.push('parser'),
    );
    loading = [true, true];
    expect(await other.pageStarted(() => undefined, stillLoading)).toBe(true);
    expect(h.parsers).toEqual(['parser']);
  });

  it('says whether the page parser is evaluated, and evaluates it once when asked (ADR 0028)', async () => {
    const h = harness();
    expect(h.warmup.parserReady).toBe(false);
    h.warmup.warmParserNow();
    h.warmup.warmParserNow();
    expect(h.parsers).toEqual(['parser']);
    expect(h.warmup.parserReady).toBe(true);
    // A parse that ran makes it ready without a warm-up; a page that starts loading then warms no parser.
    const used = harness();
    used.warmup.parserUsed();
    expect(used.warmup.parserReady).toBe(true);
    used.warmup.warmParserNow();
    expect(
      await used.warmup.pageStarted(
        () => undefined,
        async () => true,
      ),
    ).toBe(true);
    expect(used.parsers).toEqual([]);
    // Warmed while a page loaded: ready.
    const loading = harness();
    await loading.warmup.pageStarted(
      () => undefined,
      async () => true,
    );
    expect(loading.parsers).toEqual(['parser']);
    expect(loading.warmup.parserReady).toBe(true);
  });

  it('prepares the gate and warms while a page is still loading', async () => {
    const h = harness();
    const prepared: FactBase[] = [];
    expect(
      await h.warmup.pageStarted(
        (b) => prepared.push(b),
        async () => true,
      ),
    ).toBe(true);
    expect(prepared).toEqual([h.base]);
    expect(h.warmed).toEqual([h.base]);
  });

  it("asks nothing more once the base is warm (every later navigation in the worker's life)", async () => {
    const h = harness();
    const asked: string[] = [];
    const loading = async () => {
      asked.push('status');
      return true;
    };
    expect(await h.warmup.pageStarted(() => undefined, loading)).toBe(true);
    expect(asked).toEqual(['status', 'status']); // before the engine, then before the parser
    expect(await h.warmup.pageStarted(() => undefined, loading)).toBe(false);
    expect(asked).toEqual(['status', 'status']);
    expect(h.warmed).toEqual([h.base]);
  });

  it('does not warm when the page has loaded already (the answer warms the engine itself)', async () => {
    const h = harness();
    const prepared: FactBase[] = [];
    expect(
      await h.warmup.pageStarted(
        (b) => prepared.push(b),
        async () => false,
      ),
    ).toBe(false);
    expect(prepared).toEqual([h.base]);
    expect(h.warmed).toEqual([]);
  });

  it('does not warm while a gate decision is under way', async () => {
    const h = harness();
    let release: () => void = () => undefined;
    const deciding = h.warmup.decide(() => new Promise<string>((ok) => (release = () => ok('probed'))));
    expect(
      await h.warmup.pageStarted(
        () => undefined,
        async () => true,
      ),
    ).toBe(false);
    release();
    expect(await deciding).toBe('probed');
    expect(
      await h.warmup.pageStarted(
        () => undefined,
        async () => true,
      ),
    ).toBe(true);
  });

  it('ends a decision that fails, so later pages warm again', async () => {
    const h = harness();
    await expect(h.warmup.decide(() => Promise.reject(new Error('no tab')))).rejects.toThrow('no tab');
    expect(
      await h.warmup.pageStarted(
        () => undefined,
        async () => true,
      ),
    ).toBe(true);
  });

  it('counts an engine run for a page as warm: a later page that loads warms nothing (ADR 0031)', async () => {
    const h = harness();
    h.warmup.engineUsed(h.base);
    expect(h.warmup.isWarm(h.base)).toBe(true);
    expect(
      await h.warmup.pageStarted(
        () => undefined,
        async () => true,
      ),
    ).toBe(false);
    expect(h.warmed).toEqual([]);
  });
});
