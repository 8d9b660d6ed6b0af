/**
 * Highlights without touching the page's DOM: the CSS Custom Highlight API.
 * https://drafts.csswg.org/css-highlight-api-1/
 *
 * The registry (`CSS.highlights`) is shared with the page, whose scripts can read or clear
 * it and no event fires when they do. So the layer keeps its own ranges and puts its
 * highlight back whenever `ensure()` finds it missing. Only public fact-base matches are
 * ever registered here (privacy rule).
 */

/** The registry's shape we rely on (a subset of HighlightRegistry). */
interface Registry {
  get(name: string): unknown;
  set(name: string, value: unknown): unknown;
  delete(name: string): boolean;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => unknown;

function registryOf(win: Window): Registry | null {
  const css = (win as unknown as { CSS?: { highlights?: Registry } }).CSS;
  return css?.highlights ?? null;
}

/** True when the browser supports custom highlights. */
export function supportsHighlights(win: Window): boolean {
  return (
    registryOf(win) !== null && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function'
  );
}

export class HighlightLayer {
  private ranges: Range[] = [];
  private highlight: unknown = null;

  /** `name` is prefixed (`gloss-…`) so it cannot collide with the page's own highlights. */
  constructor(
    private readonly win: Window,
    readonly name: string,
  ) {}

  /** Replaces the layer's ranges and registers them. */
  set(ranges: readonly Range[]): void {
    this.ranges = [...ranges];
    const registry = registryOf(this.win);
    const Ctor = (this.win as unknown as { Highlight?: HighlightCtor }).Highlight;
    if (!registry || !Ctor) return;
    this.highlight = this.ranges.length ? new Ctor(...this.ranges) : null;
    this.ensure();
  }

  /** The ranges currently in the layer, in document order. */
  get all(): readonly Range[] {
    return this.ranges;
  }

  /** Re-registers the highlight if the page removed or replaced it. Returns true if it had to. */
  ensure(): boolean {
    const registry = registryOf(this.win);
    if (!registry || !this.highlight) return false;
    if (registry.get(this.name) === this.highlight) return false;
    registry.set(this.name, this.highlight);
    return true;
  }

  /** Removes the highlight from the registry and forgets the ranges. */
  dispose(): void {
    const registry = registryOf(this.win);
    if (registry && this.highlight && registry.get(this.name) === this.highlight) registry.delete(this.name);
    this.highlight = null;
    this.ranges = [];
  }
}

/** Several named layers (one per highlight style), managed together. */
export class HighlightLayers {
  private readonly layers = new Map<string, HighlightLayer>();

  constructor(private readonly win: Window) {}

  /** Replaces all layers: each range goes to the layer of its name. */
  set(items: readonly { readonly range: Range; readonly name: string }[]): void {
    const byName = new Map<string, Range[]>();
    for (const { range, name } of items) {
      const list = byName.get(name);
      if (list) list.push(range);
      else byName.set(name, [range]);
    }
    for (const [name, layer] of this.layers) if (!byName.has(name)) layer.dispose();
    for (const [name, ranges] of byName) {
      let layer = this.layers.get(name);
      if (!layer) {
        layer = new HighlightLayer(this.win, name);
        this.layers.set(name, layer);
      }
      layer.set(ranges);
    }
  }

  /** Re-registers any layer the page removed. Returns true if one had to be. */
  ensure(): boolean {
    let any = false;
    for (const layer of this.layers.values()) any = layer.ensure() || any;
    return any;
  }

  dispose(): void {
    for (const layer of this.layers.values()) layer.dispose();
    this.layers.clear();
  }
}
