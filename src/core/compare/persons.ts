/**
 * Two sentences that share only the people they name (ADR 0022, round 18): "Wang had handed
 * Modi an invitation from Xi" and "Xi told Modi the two should be partners" name the same two
 * leaders and say nothing alike. A story about two people names them in most of its
 * sentences; what is said of them is the claim. evidence.ts `namesAlone` lets two named
 * things of the fact base through as a combination ("Depsang and Demchok": two places a deal
 * covers); two people are not one, so persons are judged here.
 */
import type { Vector } from './features';

/** Everything `a` and `b` share is the name of a person one of them mentions (its fact or its words). */
export function personsAlone(a: Vector, b: Vector): boolean {
  let any = false;
  for (const k of a.w.keys()) {
    if (!b.w.has(k)) continue;
    if (!a.names?.has(k) && !b.names?.has(k)) return false;
    any = true;
  }
  return any;
}
