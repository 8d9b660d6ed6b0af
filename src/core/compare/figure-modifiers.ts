/**
 * A figure worn as a modifier is said in passing (round 22, ADR 0022): "Both armies have since
 * kept large deployments along the 3,488-km LAC" tells the deployments; "According to India, the
 * Line of Actual Control … runs for 3,488 km" tells the length. When everything two sentences
 * share (facts aside) lies in one sentence's figure-as-modifier phrase ("the 3,488-km LAC", "a
 * 20-member delegation", "the 100-minute meeting"), that sentence claims nothing the other does:
 * it names the thing by its figure on the way to its own claim.
 */
import { allMatches } from '../match/all-matches';
import type { Vector } from './features';
import { tokenize } from './tokens';

/** "the 3,488-km Line of Actual Control", "a 20-member team", "the roughly 100-minute meeting". */
const FIGURE_MODIFIER =
  /\b(?:the|a|an|its|their)\s+(?:(?:roughly|about|nearly|some)\s+)?\d[\d,.]*-(?:km|kilometre|kilometer|mile|metre|meter|day|week|month|year|member|strong|point|hour|minute)s?(?:-long)?\s+(?:[A-Z][\w-]*|of|[a-z]+)(?:\s+(?:[A-Z][\w-]*|of))*/g;

const cache = new WeakMap<Vector, ReadonlySet<string>>();

/** The keys of `v`'s figure-as-modifier phrases (none for most sentences). */
export function figureModifierKeys(v: Vector): ReadonlySet<string> {
  let out = cache.get(v);
  if (!out) {
    const keys = new Set<string>();
    for (const m of allMatches(v.text ?? '', FIGURE_MODIFIER))
      for (const t of tokenize(m[0])) keys.add(t.key);
    out = keys;
    cache.set(v, out);
  }
  return out;
}

/** Everything `p` shares with `q` (facts aside) lies in `p`'s figure-as-modifier phrases. */
function sharedInModifier(p: Vector, q: Vector): boolean {
  const keys = figureModifierKeys(p);
  if (!keys.size) return false;
  let any = false;
  for (const k of p.w.keys()) {
    if (k.startsWith('f:') || !q.w.has(k)) continue;
    if (!keys.has(k)) return false;
    any = true;
  }
  return any;
}

/** One of the two sentences shares with the other only what its figure-as-modifier names. */
export function figureInPassing(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  return sharedInModifier(x, y) || sharedInModifier(y, x);
}
