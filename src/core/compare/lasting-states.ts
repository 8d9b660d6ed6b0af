/**
 * A stop that lasts is not the restart (ADR 0022, round 31). "Direct flights between the two
 * countries remain suspended" tells a state, the flow still stopped; "The two sides have agreed in
 * principle to resume direct flights" tells an act or an undertaking that lifts it. predicates.ts
 * reads neither a lasting state as an act (round 17: "exports remained restricted" is no new
 * halt), so the pair of the two went through on the flights' words; but the state and the restart
 * say opposite things of one flow, and an editor pairs neither with the other.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';
import { directionsOf } from './predicates';

/** A stop told as a state that lasts: "remain suspended", "is still closed", "stayed shut". */
const HALTED_STATE =
  /\b(?:remain(?:s|ed)?|stay(?:s|ed)?|still|(?:is|are|was|were) still)\s+(?:(?:largely|mostly|fully|officially)\s+)?(?:suspended|halted|stopped|frozen|closed|shut|banned|restricted|on hold|in limbo)\b/i;

/** A restriction named (predicates.ts RESTRICTION). */
const RESTRICTION =
  /\b(?:controls?|curbs?|bans?|restrictions?|rules?|measures?|tariffs?|duties|quotas?|sanctions?|embargo(?:es)?|licensing)\b/i;
/** A verb that lifts or restarts (predicates.ts LIFTING). */
const LIFT_WORD =
  /\b(?:resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|restor(?:e|es|ed|ing)|reopen(?:s|ed|ing)?|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|reviv(?:e|es|ed|ing))\b/i;

const cache = new WeakMap<Vector, 'state' | 'lift' | null>();

function kindOf(v: Vector): 'state' | 'lift' | null {
  let k = cache.get(v);
  if (k === undefined) {
    const text = v.text ?? '';
    const main = splitMinor(text).main;
    const dirs = directionsOf(text);
    // A state of a stopped restriction is its lifting ("the measures would stay suspended"), and
    // a sentence that tells a lifting anywhere ("When China relaxed the ban in June, exports to
    // India remained restricted") tells both ends.
    const state = HALTED_STATE.test(main) && !RESTRICTION.test(main) && !LIFT_WORD.test(text);
    const lift = dirs.size === 1 && dirs.has('lift');
    k = state === lift ? null : state ? 'state' : 'lift';
    cache.set(v, k);
  }
  return k;
}

/** One sentence tells a stop that lasts, the other only the restart (see the file comment). */
export function stateOrRestart(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const kx = kindOf(x);
  const ky = kindOf(y);
  return !!kx && !!ky && kx !== ky;
}
