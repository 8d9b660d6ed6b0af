/** A mention narrowed to some of its positions (figure-measure.ts). */

import type { Span } from '../match/sentences';
import type { Mention } from './mentions';

/** The tie's mention with only the positions no other tie's mention shares. */
export function ownPositions(t: { mention: Mention }, ties: readonly { mention: Mention }[]): Mention {
  const shared = new Set(ties.flatMap((u) => (u === t ? [] : u.mention.positions)));
  return { ...t.mention, positions: t.mention.positions.filter((p) => !shared.has(p)) };
}

/**
 * A gap's mention without its words inside the value ("in five years": "years" is the value's
 * unit, not a measure word of a standoff counted in years); null when nothing else is left.
 */
export function outsideSpan(m: Mention, span: Span): Mention | null {
  const positions = m.positions.filter((p) => p < span.start || p >= span.end);
  if (positions.length === m.positions.length) return m;
  return positions.length ? { ...m, positions } : null;
}
