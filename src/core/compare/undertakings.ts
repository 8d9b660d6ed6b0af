/**
 * What was suspended, resumed or agreed (round 24, ADR 0022): stories of two countries' thaw tell
 * each step in the same verbs, days and names ("The two sides also agreed in principle at that
 * meeting to resume direct flights" / "The two sides decided to resume the Kailash Mansarovar
 * Yatra in the summer of 2025"). Like goods (commodities.ts), two sentences that each name such a
 * step and share none tell two steps, however close the rest of their words: an editor does not
 * align the flights with the pilgrimage. Only named steps count; a sentence that names both, or
 * one by a pronoun ("Its revival was agreed in January"), is not compared.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';
import { disjointNames } from './kinds';

/** One entry per kind of step: its key and the words that name it (lower-cased text). */
const STEPS: readonly (readonly [string, RegExp])[] = [
  ['flights', /\b(?:flights?|air (?:links?|services?|connectivity|travel|routes?)|airlines?)\b/],
  ['pilgrimage', /\b(?:yatra|pilgrimages?|pilgrims?)\b/],
];

const names = disjointNames(STEPS);

/** The kinds of step `v`'s sentence names (STEPS keys), worked out on first use. */
export const stepsOf = names.namesOf;

/** Whether `v`'s main part (clauses.ts) names a step, worked out for the few disjoint pairs only. */
const mainSteps = new WeakMap<Vector, boolean>();
function namesStepInMain(v: Vector): boolean {
  let out = mainSteps.get(v);
  if (out === undefined) {
    const main = splitMinor(v.text ?? '').main.toLowerCase();
    out = STEPS.some(([, re]) => re.test(main));
    mainSteps.set(v, out);
  }
  return out;
}

/**
 * Each sentence names a step and they name none in common: two steps, not one. A sentence that
 * names its steps only in a minor part ("They decided to restore it at January talks, which also
 * agreed to resume direct flights": the pilgrimage by a pronoun, the flights in a which-clause)
 * tells no named step of its own, and is not compared (round 44, ADR 0131).
 */
export function otherStep(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x || !y || !names.disjoint(x, y)) return false;
  return namesStepInMain(x) && namesStepInMain(y);
}
