/**
 * Three moments of one step (round 27, ADR 0022): the decision to take it, its happening and its
 * halt. Stories of a thaw tell each in the same names ("In January, the two sides agreed that
 * pilgrims would resume the trek in the summer." / "Last month, the trek resumed after five
 * years."; "The ministers agreed in March to revive the ferry service." / "The ferry service was
 * last held in 2018."; "It was halted in 2020 during the floods." / "The resumption is part of a
 * wider thaw."). An agreement is an act of the parties, not the thing agreed on happening, and a
 * halt is the opposite end of a resumption: an editor aligns none of them with another, as a
 * forecast is not what came of it (plans.ts) nor a schedule the agreement that set it (schedules.ts).
 *
 * Read from the sentence's main part (clauses.ts): a decision told done ("agreed", "decided"),
 * a happening told done in a finite past ("resumed", "began", "was held", or the step named as the
 * subject, "The resumption is …"), or a halt ("was halted", "suspended"; not a lasting state,
 * "remained suspended", and not a stopped restriction, which is a lifting: predicates.ts). A
 * sentence whose words anywhere tell two of them ("The yatra resumed in June, months after the two
 * sides agreed to revive it") has no single moment and is not compared; neither is one with none.
 */
import { splitMinor } from './clauses';
import { differentKinds } from './kinds';

/** The moment a sentence's main part tells. */
type Moment = 'decision' | 'happening' | 'halt';

/** A decision or agreement told done: "agreed", "reached a consensus". */
const DECISION = /\b(?:agreed|agrees?|reached an? (?:agreement|consensus))\b/;
/** The step told happening, in a finite past: "resumed", "began", "was (last) held", "took place". */
const HAPPENING =
  /\b(?:resumed|restarted|reopened|began|begun|started|commenced|took place|(?:was|were) (?:last |first )?held(?! up))\b/;
/** The step named as the subject of the main part: "The resumption is …", "Its revival marks …". */
const NAMED = /^(?:the|its|this|that) (?:resumption|revival|restart|reopening)\b/;
/**
 * A halt told as an act; not a lasting state ("remained suspended", "still halted", "had been
 * suspended since 2020").
 */
const HALT =
  /(?<!\b(?:remains?|remained|stays?|stayed|still|kept|been) )\b(?:halted|suspended|stopped|called off|discontinued)\b/;
/** A restriction in the main part: stopping it lifts it (predicates.ts), no halt of a step. */
const RESTRICTION =
  /\b(?:controls?|curbs?|bans?|restrictions?|rules?|measures?|tariffs?|duties|quotas?|sanctions?|embargo(?:es)?|licensing)\b/;
/**
 * Each moment named as a noun anywhere in the sentence ("two days after the sides firmed up an
 * agreement", "ends a three-year suspension", "no date for a resumption"): a sentence that names
 * another moment besides the one it tells has no single moment.
 */
const NOUNS: readonly (readonly [Moment, RegExp])[] = [
  ['decision', /\b(?:agreements?|consensus|decisions?|deals?|understanding)\b/],
  ['happening', /\b(?:resumption|revival|restart|reopening)\b/],
  ['halt', /\b(?:suspension|halt|freeze|pause|stoppage)\b/],
];

/** The moments `main` tells by its verbs (or its subject, NAMED). */
function momentsIn(main: string): Set<Moment> {
  const out = new Set<Moment>();
  if (DECISION.test(main)) out.add('decision');
  if (HAPPENING.test(main) || NAMED.test(main)) out.add('happening');
  if (HALT.test(main) && !RESTRICTION.test(main)) out.add('halt');
  return out;
}

/** The one moment `text`'s main part tells, when its words name no other; null otherwise. */
export function momentOf(text: string): Moment | null {
  const main = splitMinor(text).main.toLowerCase().trim();
  const told = momentsIn(main);
  if (told.size !== 1) return null;
  const moment = [...told][0] as Moment;
  const lower = text.toLowerCase();
  const all = momentsIn(lower);
  for (const [m, re] of NOUNS) if (re.test(lower)) all.add(m);
  for (const m of all) if (m !== moment) return null;
  return moment;
}

/** One sentence tells a step's decision, happening or halt, and the other another of them. */
export const otherMoment = differentKinds(momentOf);
