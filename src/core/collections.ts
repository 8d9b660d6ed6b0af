/** Small collection helpers used across the core. */

/** The value at `key`, created with `make` if absent. */
export function getOrInit<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Appends `value` to the list at `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  getOrInit(map, key, () => []).push(value);
}

/**
 * A frozen word table with no prototype: looking up a word from the page ("constructor", "toString", "__proto__")
 * finds only the table's own entries, never an `Object.prototype` member.
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
