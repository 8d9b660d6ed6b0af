import { describe, expect, it } from 'vitest';
import { HighlightLayer, supportsHighlights } from '../../src/dom/highlights';

/** A stand-in for the CSS Custom Highlight registry (happy-dom has none). */
function fakeWindow() {
  const registry = new Map<string, unknown>();
  class Highlight {
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const win = { CSS: { highlights: registry }, Highlight } as unknown as Window;
  return { win, registry };
}

describe('HighlightLayer', () => {
  it('registers its ranges under its own name', () => {
    const { win, registry } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    const r = document.createRange();
    layer.set([r]);
    expect((registry.get('gloss-term') as { ranges: Range[] }).ranges).toEqual([r]);
    expect(layer.all).toEqual([r]);
  });

  it('puts the highlight back after the page clears the registry', () => {
    const { win, registry } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    layer.set([document.createRange()]);
    const mine = registry.get('gloss-term');
    registry.clear();
    expect(layer.ensure()).toBe(true);
    expect(registry.get('gloss-term')).toBe(mine);
    expect(layer.ensure()).toBe(false);
  });

  it('replaces a page highlight that took its name', () => {
    const { win, registry } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    layer.set([document.createRange()]);
    registry.set('gloss-term', 'impostor');
    expect(layer.ensure()).toBe(true);
    expect(registry.get('gloss-term')).not.toBe('impostor');
  });

  it('registers nothing when there are no ranges, and cleans up on dispose', () => {
    const { win, registry } = fakeWindow();
    const layer = new HighlightLayer(win, 'gloss-term');
    layer.set([]);
    expect(registry.has('gloss-term')).toBe(false);
    layer.set([document.createRange()]);
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
