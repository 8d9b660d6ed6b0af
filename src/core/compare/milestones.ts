/**
 * A milestone told alone and a happening that mentions it (round 24, ADR 0022): "It was the first
 * face-to-face meeting between the two heads of state since 2019." tells only that the meeting was
 * a first; "The two leaders talked for about 100 minutes at Gimhae Air Base, their first in-person
 * meeting since 2019." tells the talks, with the milestone in passing (a trailing appositive, or "…
 * met in Beijing on December 17 for the first time since 2019"). An editor pairs the happening with
 * the other side's happening and leaves the milestone alone (the gold's rule for a sentence that
 * says what two say), so the two are not paired. Two milestones told alone still pair, and so does
 * a milestone told as the main claim of a sentence with a subject of its own ("The talks, held at
 * Gimhae Air Base, were the two leaders' first face-to-face encounter since 2019").
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';

/** "It was the first …", "This is their first …": a milestone with a pronoun for its subject. */
const ALONE =
  /^(?:it|this|that)\s+(?:was|is|marked|marks|would be|will be)\s+(?:the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?first\b/i;
/** "for the first time": a happening's adverb. */
const FIRST_TIME = /\bfor the first time\b/i;

type Form = 'alone' | 'passing' | 'none';

const cache = new WeakMap<Vector, Form>();

/** 'alone' for a milestone told alone, 'passing' for a happening that tells it in passing. */
export function milestoneFormOf(text: string): Form {
  if (ALONE.test(text)) return 'alone';
  if (FIRST_TIME.test(text)) return 'passing';
  const { minor } = splitMinor(text);
  return /\bfirst\b/i.test(minor) ? 'passing' : 'none';
}

function formOf(v: Vector): Form {
  let out = cache.get(v);
  if (!out) {
    out = milestoneFormOf(v.text ?? '');
    cache.set(v, out);
  }
  return out;
}

/** One sentence tells a milestone alone, the other a happening with the milestone in passing. */
export function milestoneOrHappening(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const fx = formOf(x);
  if (fx === 'none') return false;
  const fy = formOf(y);
  return fy !== 'none' && fx !== fy;
}
