/**
 * Who led a side is not what the side did (ADR 0022, round 21). "India was represented by
 * National Security Adviser Ajit Doval and China by Foreign Minister Wang Yi" and "Vice Premier He
 * Lifeng led the Chinese team in Kuala Lumpur" tell the roles people held at talks; "Doval and
 * Wang Yi held the 23rd meeting of the Special Representatives" and "a framework negotiated in
 * Kuala Lumpur by Bessent and He Lifeng" tell what was done there. They name the same people at
 * the same talks, and an editor aligns neither with the other. Read from the main part
 * (clauses.ts) without a trailing clause of place (", where the Chinese delegation was led by He
 * Lifeng"), which sets the scene of what the sentence tells.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';

/**
 * A role held: "was led by", "was represented by", "led the Chinese team", "headed the delegation";
 * who chaired the talks ("co-chaired the meeting", "presided over", round 23).
 */
const ROLE =
  /\b(?:(?:was|were|is|are|been) (?:led|headed|represented) by|(?:led|leads|headed|heads) (?:the|a|his|her|its|their) (?:[\w-]+ ){0,2}?(?:team|delegation|side|negotiators)|represented by|(?:co-?)?chair(?:ed|s)|(?:co-?)?presided over)\b/i;
/** A trailing clause of place: ", where …" to the next comma. */
const WHERE = /,\s+where\b[^,;]*/gi;

/** The main part of `text`, a clause of place aside, tells who led or represented a side. */
export function tellsRole(text: string): boolean {
  return ROLE.test(splitMinor(text).main.replace(WHERE, ' '));
}

const cache = new WeakMap<Vector, boolean>();

function roleOf(v: Vector): boolean {
  let out = cache.get(v);
  if (out === undefined) {
    out = tellsRole(v.text ?? '');
    cache.set(v, out);
  }
  return out;
}

/** One sentence tells who led or represented a side and the other does not. */
export function roleOrAct(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  return roleOf(x) !== roleOf(y);
}
