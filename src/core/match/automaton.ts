/**
 * An Aho–Corasick automaton over UTF-16 code units: one left-to-right pass finds every
 * occurrence of every key, at a cost that depends on the text and the matches, not on the
 * number of keys. The automaton is plain arrays, so it is compiled at build time,
 * shipped as JSON, and loaded without rebuilding.
 * https://doi.org/10.1145/360825.360855
 */

/**
 * The serialised automaton (JSON-safe as plain arrays; the build's own index comes as typed arrays
 * decoded from one packed text, automaton-pack.ts).
 */
export interface AutomatonData {
  /** Edges of node i are edgeChar/edgeTo[edgeStart[i] .. edgeStart[i+1]), sorted by char. */
  readonly edgeStart: ArrayLike<number>;
  readonly edgeChar: ArrayLike<number>;
  readonly edgeTo: ArrayLike<number>;
  readonly fail: ArrayLike<number>;
  /** Key index that ends at node i, or -1. */
  readonly outKey: ArrayLike<number>;
  /** Nearest node on the fail chain with an output, or -1 (dictionary suffix link). */
  readonly outLink: ArrayLike<number>;
  /** Length of each key, by key index. */
  readonly keyLength: ArrayLike<number>;
}

/** Builds the automaton for `keys` (duplicates share one key index: the first). */
export function buildAutomaton(keys: readonly string[]): AutomatonData {
  const children: Map<number, number>[] = [new Map()];
  const outKey: number[] = [-1];
  keys.forEach((key, k) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = children[node]?.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outKey.push(-1);
        children[node]?.set(c, next);
      }
      node = next;
    }
    if (key.length && outKey[node] === -1) outKey[node] = k;
  });

  const n = children.length;
  const fail = new Array<number>(n).fill(0);
  const outLink = new Array<number>(n).fill(-1);
  const queue: number[] = [];
  for (const child of children[0]?.values() ?? []) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (const [c, child] of children[node] ?? []) {
      let f = fail[node] as number;
      while (f !== 0 && !children[f]?.has(c)) f = fail[f] as number;
      const target = children[f]?.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const fc = fail[child] as number;
      outLink[child] = outKey[fc] !== -1 ? fc : (outLink[fc] as number);
      queue.push(child);
    }
  }

  const edgeStart: number[] = [];
  const edgeChar: number[] = [];
  const edgeTo: number[] = [];
  for (const map of children) {
    edgeStart.push(edgeChar.length);
    for (const [c, to] of [...map].sort((a, b) => a[0] - b[0])) {
      edgeChar.push(c);
      edgeTo.push(to);
    }
  }
  edgeStart.push(edgeChar.length);
  return { edgeStart, edgeChar, edgeTo, fail, outKey, outLink, keyLength: keys.map((k) => k.length) };
}

/** A loaded automaton: typed arrays for the scan. */
export class Automaton {
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly fail: Int32Array;
  private readonly outKey: Int32Array;
  private readonly outLink: Int32Array;
  private readonly keyLength: Int32Array;
  /** Direct table for the root's edges, the hottest lookup. */
  private readonly rootNext: Map<number, number>;

  constructor(data: AutomatonData) {
    this.edgeStart = Int32Array.from(data.edgeStart);
    this.edgeChar = Uint16Array.from(data.edgeChar);
    this.edgeTo = Int32Array.from(data.edgeTo);
    this.fail = Int32Array.from(data.fail);
    this.outKey = Int32Array.from(data.outKey);
    this.outLink = Int32Array.from(data.outLink);
    this.keyLength = Int32Array.from(data.keyLength);
    this.rootNext = new Map();
    for (let e = this.edgeStart[0] as number; e < (this.edgeStart[1] as number); e++) {
      this.rootNext.set(this.edgeChar[e] as number, this.edgeTo[e] as number);
    }
  }

  private next(node: number, c: number): number {
    if (node === 0) return this.rootNext.get(c) ?? -1;
    let lo = this.edgeStart[node] as number;
    let hi = (this.edgeStart[node + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const mc = this.edgeChar[mid] as number;
      if (mc === c) return this.edgeTo[mid] as number;
      if (mc < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Calls `emit(keyIndex, start, end)` for every occurrence of every key in `text`. */
  scan(text: string, emit: (key: number, start: number, end: number) => void): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to = this.next(node, c);
      while (to === -1 && node !== 0) {
        node = this.fail[node] as number;
        to = this.next(node, c);
      }
      node = to === -1 ? 0 : to;
      for (
        let out = this.outKey[node] !== -1 ? node : (this.outLink[node] as number);
        out !== -1;
        out = this.outLink[out] as number
      ) {
        const key = this.outKey[out] as number;
        emit(key, i + 1 - (this.keyLength[key] as number), i + 1);
      }
    }
  }
}
