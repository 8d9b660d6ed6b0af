/**
 * The two columns as rows, for reports and views: A's sentences in order, each beside its
 * partner; a sentence only in B placed after the row of the B sentence before it (so both
 * columns read in their own order as far as the pairs allow).
 */
import type { CompareResult, SentencePair } from './types';

export type Row =
  | { readonly kind: 'pair'; readonly pair: SentencePair }
  | { readonly kind: 'onlyA'; readonly a: number }
  | { readonly kind: 'onlyB'; readonly b: number };

/** Rows of `result` in reading order. */
export function rowsOf(result: CompareResult): Row[] {
  const pairOfA = new Map(result.pairs.map((p) => [p.a, p]));
  const partnerOfB = new Map(result.pairs.map((p) => [p.b, p.a]));
  // Each only-B sentence goes after the A row of the nearest paired B sentence before it (-1: first).
  const afterA = new Map<number, number[]>();
  let anchor = -1;
  const onlyB = new Set(result.onlyB);
  for (let j = 0; j < result.sentences.b.length; j++) {
    const a = partnerOfB.get(j);
    if (a !== undefined) anchor = a;
    else if (onlyB.has(j)) afterA.set(anchor, [...(afterA.get(anchor) ?? []), j]);
  }
  const rows: Row[] = (afterA.get(-1) ?? []).map((b) => ({ kind: 'onlyB', b }));
  for (let i = 0; i < result.sentences.a.length; i++) {
    const pair = pairOfA.get(i);
    rows.push(pair ? { kind: 'pair', pair } : { kind: 'onlyA', a: i });
    for (const b of afterA.get(i) ?? []) rows.push({ kind: 'onlyB', b });
  }
  return rows;
}
