/**
 * Highlights without touching the page's DOM: the CSS Custom Highlight API.
 * https://drafts.csswg.org/css-highlight-api-1/
 *
 * The registry (`CSS.highlights`) and the `Highlight` objects in it are shared with the page,
 * whose scripts can delete, replace, `.clear()` or add ranges to them, change their priority or
 * type, and no event fires when they do (issue #11). So:
 *
 * - what is registered are `StaticRange`s made from Gloss's own live ranges: the page can read
 *   them but not move them (a live Range handed to the page could be moved onto other words),
 *   and the live ranges never leave this isolated world;
 * - `ensure()` checks the registered highlight against Gloss's own list (the same object under
 *   the name, the same count, each of Gloss's ranges in it, default priority and type) and
 *   registers a fresh highlight when anything differs, dropping whatever the page added;
 * - checks run on the reader's activity (the caller decides when), and a page that keeps
 *   undoing them is checked less and less often (`Backoff`), never in a loop.
 *
 * Only public fact-base matches are ever registered here (privacy rule).
 */

/** The registry's shape we rely on (a subset of HighlightRegistry). */
interface Registry {
  get(name: string): unknown;
  set(name: string, value: unknown): unknown;
  delete(name: string): boolean;
}

/** The highlight's shape we rely on (a subset of Highlight, which is set-like). */
interface HighlightLike {
  readonly size: number;
  has(range: unknown): boolean;
  priority?: number;
  type?: string;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;
type StaticRangeCtor = new (init: StaticRangeInit) => AbstractRange;

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

/**
 * A fixed copy of a live range's boundary points (what the page gets to see). The same copy is
 * reused while the live range has not moved, so a repaint registers the same objects.
 */
function frozen(win: Window, range: Range, cache: WeakMap<Range, AbstractRange>): AbstractRange {
  const Ctor = (win as unknown as { StaticRange?: StaticRangeCtor }).StaticRange;
  if (!Ctor) return range; // no StaticRange: the live range (older engines; both targets have it)
  const known = cache.get(range);
  if (
    known &&
    known.startContainer === range.startContainer &&
    known.startOffset === range.startOffset &&
    known.endContainer === range.endContainer &&
    known.endOffset === range.endOffset
  )
    return known;
  const copy = new Ctor({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  cache.set(range, copy);
  return copy;
}

/** True when `h` is exactly the highlight Gloss registered: nothing removed, added or restyled. */
function intact(h: HighlightLike, own: readonly AbstractRange[]): boolean {
  if (h.size !== own.length) return false;
  if ((h.priority ?? 0) !== 0 || (h.type ?? 'highlight') !== 'highlight') return false;
  return own.every((r) => h.has(r));
}

export class HighlightLayer {
  private ranges: Range[] = [];
  private painted: AbstractRange[] = [];
  private highlight: HighlightLike | null = null;
  private readonly copies = new WeakMap<Range, AbstractRange>();

  /** `name` is prefixed (`gloss-…`) so it cannot collide with the page's own highlights. */
  constructor(
    private readonly win: Window,
    readonly name: string,
  ) {}

  /** Replaces the layer's ranges and registers them. */
  set(ranges: readonly Range[]): void {
    this.ranges = [...ranges];
    this.painted = this.ranges.map((r) => frozen(this.win, r, this.copies));
    this.highlight = null;
    this.ensure();
  }

  /** The ranges currently in the layer, in document order (Gloss's own, live). */
  get all(): readonly Range[] {
    return this.ranges;
  }

  /**
   * Re-registers the highlight if the page removed, replaced, emptied, added to or restyled it.
   * Returns true if it had to.
   */
  ensure(): boolean {
    const registry = registryOf(this.win);
    const Ctor = (this.win as unknown as { Highlight?: HighlightCtor }).Highlight;
    if (!registry || !Ctor || !this.painted.length) return false;
    const current = this.highlight;
    if (current && registry.get(this.name) === current && intact(current, this.painted)) return false;
    const fresh = new Ctor(...this.painted);
    const hadOne = current !== null;
    this.highlight = fresh;
    registry.set(this.name, fresh);
    return hadOne;
  }

  /** Removes the highlight from the registry and forgets the ranges. */
  dispose(): void {
    const registry = registryOf(this.win);
    if (registry && this.highlight && registry.get(this.name) === this.highlight) registry.delete(this.name);
    this.highlight = null;
    this.ranges = [];
    this.painted = [];
  }
}

/** First wait after a repair that the page undoes at once (ms); doubles with each further one. */
export const BACKOFF_START_MS = 1_000;
/** The longest wait between checks on a page that keeps fighting (ms). */
export const BACKOFF_MAX_MS = 60_000;
/** Repairs this close together (ms) count as the page fighting back. */
export const FIGHT_WINDOW_MS = 2_000;

/**
 * When to check again. A check that finds everything intact resets it; repairs in quick
 * succession (the page undoing them) make the next check wait, twice as long each time, up
 * to BACKOFF_MAX_MS. Driven by the caller's clock, so it runs no timer of its own.
 */
export class Backoff {
  private lastRepair = Number.NEGATIVE_INFINITY;
  private wait = 0;
  private next = Number.NEGATIVE_INFINITY;

  /** True when a check may run at `now`. */
  due(now: number): boolean {
    return now >= this.next;
  }

  /** Records a check's outcome at `now`. */
  record(now: number, repaired: boolean): void {
    if (!repaired) {
      this.wait = 0;
      this.next = Number.NEGATIVE_INFINITY;
      return;
    }
    const fighting = now - this.lastRepair < FIGHT_WINDOW_MS + this.wait;
    this.lastRepair = now;
    this.wait = fighting ? Math.min(BACKOFF_MAX_MS, this.wait ? this.wait * 2 : BACKOFF_START_MS) : 0;
    this.next = now + this.wait;
  }
}

/** Several named layers (one per kind and verdict), managed together. */
export class HighlightLayers {
  private readonly layers = new Map<string, HighlightLayer>();
  private readonly backoff = new Backoff();

  constructor(
    private readonly win: Window,
    private readonly clock: () => number = () => win.performance.now(),
  ) {}

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

  /**
   * Re-registers any layer the page removed or changed, unless the page has been undoing the
   * repairs (then it waits; see Backoff). Returns true if one had to be.
   */
  ensure(): boolean {
    const now = this.clock();
    if (!this.backoff.due(now)) return false;
    let any = false;
    for (const layer of this.layers.values()) any = layer.ensure() || any;
    this.backoff.record(now, any);
    return any;
  }

  dispose(): void {
    for (const layer of this.layers.values()) layer.dispose();
    this.layers.clear();
  }
}
