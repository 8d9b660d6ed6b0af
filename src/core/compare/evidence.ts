/**
 * Kinds of evidence two sentences share, beyond their score (ADR 0022, fourth round): one
 * day of a month no other sentence gives, one event the claim engine found in both, or
 * little but the name of a person both mention. The selection (align.ts) uses them to take
 * or refuse weak pairs.
 */
import type { Vector } from './features';

const MONTH_KEYS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]);

/** `va` and `vb` share a month and a day number, each found in no other sentence of either article. */
export function sharedUniqueDate(va: Vector, vb: Vector, unique: (key: string) => boolean): boolean {
  let month = false;
  let day = false;
  for (const k of va.w.keys()) {
    if (!vb.w.has(k) || !unique(k)) continue;
    if (MONTH_KEYS.has(k)) month = true;
    else if (/^#([1-9]|[12]\d|3[01])$/.test(k)) day = true;
  }
  return month && day;
}

/** Fact kinds that say what happened, not who or where: shared, they tie two sentences to one event. */
const EVENT_KINDS = /^f:(?:event|quantity|instrument)\./;

/** The two sentences share an event, figure or instrument the claim engine found in both. */
export function sameEvent(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x || !y) return false;
  for (const k of x.w.keys()) if (EVENT_KINDS.test(k) && y.w.has(k)) return true;
  return false;
}

/**
 * Above this share of their shared weight (the dot product) in a person's name, two sentences
 * share names only: 0.5 lost a dev pair, 0.67 to 0.8 none (ADR 0022, fourth round).
 */
export const NAMES_SHARE = 2 / 3;

/** Most of what the two sentences share (by weight) is the name of a person both mention. */
export function namesOnly(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x || !y) return false;
  let all = 0;
  let names = 0;
  for (const [k, v] of x.w) {
    const u = y.w.get(k);
    if (u === undefined) continue;
    all += v * u;
    if (x.names?.has(k) || y.names?.has(k)) names += v * u;
  }
  return all > 0 && names / all > NAMES_SHARE;
}
