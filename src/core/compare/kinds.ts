/**
 * One sentence's kind against the other's (ADR 0022): a pair is refused when each side's text is of
 * a kind and the kinds differ ("scheduled" / "agreed", "start" / "length", "announced" / "remark").
 * The kind is worked out once per sentence vector.
 */
import type { Vector } from './features';

/** A predicate on two vectors: both have a kind by `kindOf` and the kinds differ. */
export function differentKinds<K extends string>(
  kindOf: (text: string) => K | null,
): (x: Vector | undefined, y: Vector | undefined) => boolean {
  const cache = new WeakMap<Vector, K | null>();
  const of = (v: Vector): K | null => {
    let out = cache.get(v);
    if (out === undefined) {
      out = kindOf(v.text ?? '');
      cache.set(v, out);
    }
    return out;
  };
  return (x, y) => {
    if (!x?.text || !y?.text) return false;
    const kx = of(x);
    if (!kx) return false;
    const ky = of(y);
    return !!ky && kx !== ky;
  };
}

/**
 * A predicate on two vectors: each side's text names something of `table` (key, words on the
 * lower-cased text) and they name none in common (goods, steps of a thaw). Worked out once per
 * vector; `namesOf` gives a vector's keys.
 */
export function disjointNames(table: readonly (readonly [string, RegExp])[]): {
  readonly namesOf: (v: Vector) => ReadonlySet<string>;
  readonly disjoint: (x: Vector | undefined, y: Vector | undefined) => boolean;
} {
  const cache = new WeakMap<Vector, ReadonlySet<string>>();
  const namesOf = (v: Vector): ReadonlySet<string> => {
    let out = cache.get(v);
    if (!out) {
      const text = (v.text ?? '').toLowerCase();
      out = new Set(table.filter(([, re]) => re.test(text)).map(([key]) => key));
      cache.set(v, out);
    }
    return out;
  };
  const disjoint = (x: Vector | undefined, y: Vector | undefined): boolean => {
    if (!x?.text || !y?.text) return false;
    const nx = namesOf(x);
    if (!nx.size) return false;
    const ny = namesOf(y);
    if (!ny.size) return false;
    for (const n of nx) if (ny.has(n)) return false;
    return true;
  };
  return { namesOf, disjoint };
}
