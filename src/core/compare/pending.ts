/**
 * What has yet to happen is not what was done (ADR 0022, round 21). "Direct flights between the
 * two countries, halted in 2020, have yet to resume" tells a state at the time of writing: the
 * thing has not happened. "In January, the two sides agreed in principle to resume direct
 * flights" tells an act: an agreement made. They share the thing and its verb, and an editor
 * aligns neither with the other, as a forecast is not what came of it (plans.ts). A sentence
 * that tells both ("Flights have not yet returned, although both sides agreed in January to
 * restore them") is neither, and a negated act ("de-escalation has not begun") is a state too,
 * so two sentences that both say something is still to come align as before.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';

/** Something has not happened yet: "yet to", "not yet", "still pending", "remains pending". */
const NOT_YET =
  /\b(?:yet to|not yet|still (?:pending|awaited|to be)|(?:is|are|remains?|remained) pending)\b/i;
/** An act told done: agreed, decided, signed, resumed, began, completed, announced. */
const ACT =
  /\b(?:agreed|agree|agrees|decided|signed|resumed|restarted|began|begun|started|completed|finalised|finalized|announced|approved)\b/i;
/**
 * The verb that a "not yet" governs ("have not yet resumed", "has not yet been completed", "is
 * yet to be finalised"): it tells what is pending, not an act told done (round 22).
 */
const PENDING_VERB =
  /\b(?:yet to|not yet|still (?:pending|awaited|to be)|(?:is|are|remains?|remained) pending)(?:\s+(?:be|been|being)\b)?(?:\s+[a-z]+)?/gi;
/** A negation anywhere in the sentence: the act is told not done. */
const NEGATION = /\b(?:not|never|neither|nor|no)\b|n[’']t\b/i;

type Status = 'pending' | 'done' | 'none';

/**
 * 'pending' when the main part (clauses.ts) says something has yet to happen and the sentence
 * tells no act; 'done' when the main part tells an act and the sentence nothing pending and no
 * negation; 'none' otherwise.
 */
export function statusOf(text: string): Status {
  const main = splitMinor(text).main;
  if (NOT_YET.test(main) && !ACT.test(text.replace(PENDING_VERB, ' '))) return 'pending';
  if (ACT.test(main) && !NOT_YET.test(text) && !NEGATION.test(text)) return 'done';
  return 'none';
}

const cache = new WeakMap<Vector, Status>();

function statusOfVector(v: Vector): Status {
  let out = cache.get(v);
  if (!out) {
    out = statusOf(v.text ?? '');
    cache.set(v, out);
  }
  return out;
}

/** One sentence says something has yet to happen and the other tells an act done or agreed. */
export function pendingOrDone(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const sx = statusOfVector(x);
  if (sx === 'none') return false;
  const sy = statusOfVector(y);
  return sy !== 'none' && sx !== sy;
}
