import { describe, expect, it } from 'vitest';
import {
  BACKOFF_MAX_MS,
  BACKOFF_START_MS,
  Backoff,
  HighlightLayer,
  HighlightLayers,
  supportsHighlights,
} from '../../src/dom/highlights';

/** A stand-in for the CSS Custom Highlight registry (happy-dom has none): a set-like Highlight. */
function fakeWindow() {
  const registry = new Map<string, unknown>();
  class Highlight extends Set<AbstractRange> {
    priority = 0;
    type = 'highlight';
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  }
  class StaticRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
  }
  const win = { CSS: { highlights: registry }, Highlight, StaticRange } as unknown as Window;
  const get = (name: string) => registry.get(name) as (Set<AbstractRange> & { priority: number }) | undefined;
  return { win, registry, get };
}

const rangeOver = (text: string, start: number, end: number) => {
  const node = document.createTextNode(text);
  document.body.append(node);
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
};

describe('HighlightLayer', () => {
  it('registers fixed copies of its ranges under its own name, never its live ranges', () => {
    const { win, get } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    const r = rangeOver('Galwan Valley', 0, 6);
    layer.set([r]);
    const painted = [...(get('gloss-term') ?? [])];
    expect(painted).toHaveLength(1);
    expect(painted[0]).not.toBe(r); // the page cannot move Gloss's own range
    expect(painted[0]).toMatchObject({ startContainer: r.startContainer, startOffset: 0, endOffset: 6 });
    expect(layer.all).toEqual([r]);
  });

  it('registers the same copy again while its range has not moved, a new one once it has', () => {
    const { win, get } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    const r = rangeOver('Galwan Valley', 0, 6);
    layer.set([r]);
    const first = [...(get('gloss-term') ?? [])][0];
    layer.set([r]);
    expect([...(get('gloss-term') ?? [])][0]).toBe(first);
    r.setEnd(r.endContainer, 13);
    layer.set([r]);
    expect([...(get('gloss-term') ?? [])][0]).not.toBe(first);
    expect([...(get('gloss-term') ?? [])][0]).toMatchObject({ endOffset: 13 });
  });

  it('puts the highlight back after the page deletes it from the registry', () => {
    const { win, registry, get } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    layer.set([rangeOver('a b', 0, 1)]);
    registry.clear();
    expect(layer.ensure()).toBe(true);
    expect(get('gloss-term')?.size).toBe(1);
    expect(layer.ensure()).toBe(false);
  });

  it('rebuilds the highlight the page emptied in place (.clear())', () => {
    const { win, get } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    layer.set([rangeOver('a b', 0, 1), rangeOver('c d', 0, 1)]);
    get('gloss-term')?.clear();
    expect(layer.ensure()).toBe(true);
    expect(get('gloss-term')?.size).toBe(2);
  });

  it("drops ranges the page added to Gloss's highlight, and undoes a changed priority", () => {
    const { win, get } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-claim-consistent');
    layer.set([rangeOver('a b', 0, 1)]);
    const mine = [...(get('gloss-claim-consistent') ?? [])];
    const h = get('gloss-claim-consistent');
    h?.add(rangeOver('Our headline is right', 0, 8));
    expect(layer.ensure()).toBe(true);
    expect([...(get('gloss-claim-consistent') ?? [])]).toEqual(mine);
    const again = get('gloss-claim-consistent');
    if (again) again.priority = -100;
    expect(layer.ensure()).toBe(true);
    expect(get('gloss-claim-consistent')?.priority).toBe(0);
  });

  it('replaces a page highlight that took its name', () => {
    const { win, registry } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    layer.set([rangeOver('a b', 0, 1)]);
    registry.set('gloss-term', 'impostor');
    expect(layer.ensure()).toBe(true);
    expect(registry.get('gloss-term')).not.toBe('impostor');
  });

  it('registers nothing when there are no ranges, and cleans up on dispose', () => {
    const { win, registry } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    layer.set([]);
    expect(registry.has('gloss-term')).toBe(false);
    layer.set([rangeOver('a b', 0, 1)]);
    layer.dispose();
    expect(registry.has('gloss-term')).toBe(false);
    expect(layer.ensure()).toBe(false);
  });

  it('does nothing (and does not throw) without the API', () => {
    const win = {} as Window;
    expect(supportsHighlights(win)).toBe(false);
    const layer = new HighlightLayer(win, 'gloss-term');
    layer.set([document.createRange()]);
    expect(layer.ensure()).toBe(false);
  });
});

describe('HighlightLayers against a page that keeps fighting', () => {
  it('checks less and less often, and as often as it likes once the page stops', () => {
    const { win, get } = fakeWindow();
    let now = 0;
    const layers = new HighlightLayers(win, () => now);
    layers.set([{ range: rangeOver('a b', 0, 1), name: 'gloss-term' }]);
    const repairsAt: number[] = [];
    // The page clears the highlight every 100 ms; the reader moves the pointer every 100 ms.
    for (now = 100; now <= 120_000; now += 100) {
      get('gloss-term')?.clear();
      if (layers.ensure()) repairsAt.push(now);
    }
    expect(repairsAt.length).toBeLessThan(20); // not ~1 200 repairs: it backs off
    const gaps = repairsAt.slice(1).map((t, i) => t - (repairsAt[i] as number));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(BACKOFF_MAX_MS + 100);
    expect(gaps.slice(2).every((g, i) => g >= (gaps[i + 1] as number))).toBe(true);
    // The page gives up: the next due check repairs, then every check runs again.
    now += BACKOFF_MAX_MS;
    expect(layers.ensure()).toBe(true);
    now += 100;
    expect(layers.ensure()).toBe(false);
    get('gloss-term')?.clear();
    now += 100;
    expect(layers.ensure()).toBe(true);
  });

  it('Backoff waits from BACKOFF_START_MS, doubling, up to the cap', () => {
    const b = new Backoff();
    b.record(0, true);
    expect(b.due(0)).toBe(true);
    b.record(10, true);
    expect(b.due(10 + BACKOFF_START_MS - 1)).toBe(false);
    expect(b.due(10 + BACKOFF_START_MS)).toBe(true);
    b.record(10 + BACKOFF_START_MS, true);
    expect(b.due(10 + 3 * BACKOFF_START_MS - 1)).toBe(false);
    b.record(5_000_000, false);
    expect(b.due(5_000_000)).toBe(true);
  });
});
