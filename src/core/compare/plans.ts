/**
 * A forecast is not what came of it (ADR 0022, round 20). A sentence whose main part only says
 * something will happen soon ("Coordinated patrolling is expected to start soon, they said")
 * tells what was expected at the time; a sentence that tells it happening or done, with no
 * future of its own ("Patrolling had resumed in the Demchok sector on November 1"), tells what
 * happened, a later fact, and an editor does not align the two. A sentence that also tells
 * something done ("Verification is under way, and patrolling is expected to begin soon";
 * "they agreed the envoys would meet soon") is not a forecast alone, and two versions of one
 * story align there as elsewhere.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';

/** A future: "will", "is expected to", "are to", "set to". */
const FUTURE =
  /\b(?:will|would|shall|expected to|set to|due to|is to|are to|likely to|plans? to|scheduled to)\b/i;
/** …with no date of its own: "soon", "shortly", "in the coming weeks". */
const SOON = /\b(?:soon|shortly|in the coming (?:days|weeks|months))\b/i;
/** Something told done or agreed besides the forecast, or a second clause ("…, and …"). */
const DONE =
  /\b(?:(?:has|have|had|was|were)\s+(?:\w+\s+)?\w+(?:ed|en)|agreed|said|met|began|begun|resumed|and)\b/i;

const cache = new WeakMap<Vector, boolean>();

/** The main part of `text` (clauses.ts, quotation marks aside) says only that something will happen soon. */
export function forecastAlone(text: string): boolean {
  const main = splitMinor(text.replace(/[“”"]/g, '')).main;
  return FUTURE.test(main) && SOON.test(main) && !DONE.test(main.replace(/\bexpected to\b/gi, ''));
}

function forecastOf(v: Vector): boolean {
  let out = cache.get(v);
  if (out === undefined) {
    out = forecastAlone(v.text ?? '');
    cache.set(v, out);
  }
  return out;
}

/** One sentence is a forecast alone and the other tells no future at all. */
export function forecastOrFact(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const future = (t: string) => FUTURE.test(t) || SOON.test(t);
  return (forecastOf(x) && !future(y.text)) || (forecastOf(y) && !future(x.text));
}
