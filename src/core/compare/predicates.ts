/**
 * What a sentence's main clause says is done to a flow or a rule (round 13, ADR 0022): stopped
 * or restarted. Stories of one theme tell both ends of one thing in the same names and words
 * ("Direct flights between India and China were suspended in 2020." / "Direct flights between
 * India and China resumed on Sunday."; "Beijing eased its urea export ban in June." / "Beijing
 * had imposed a ban on urea exports in June 2024."): two happenings, not one told twice. Read
 * from the words, in compare, not from the claim engine: a short lexicon of verbs, and only in
 * the sentence's main part (clauses.ts), since a subordinate clause is background ("…, after
 * it was suspended in 2020").
 *
 * Stopping a restriction lifts it: "suspended the controls", "the curbs were paused" go with
 * "lifted", so a stopping verb in a main part that names a restriction counts as lifting. A threat
 * goes with imposing and a removal with lifting (round 24): "the framework removed the threat of
 * 100% tariffs" is not "Trump had threatened 100% tariffs".
 */
import { allMatches } from '../match/all-matches';
import { isCaption, otherPicture } from './captions';
import { splitMinor } from './clauses';
import type { Vector } from './features';

/** The two directions of a happening to a flow or a rule. */
export type Direction = 'halt' | 'lift';

/** Verbs that stop something; their direction flips when what they stop is a restriction. */
const STOPPING =
  /\b(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|freez(?:e|es|ing)|froze(?:n)?|pause[sd]?|pausing|cut off)\b/g;
/** Verbs that impose a restriction (a noun "ban" or "curbs" is the thing, not the act). */
const IMPOSING =
  /\b(?:impos(?:e|es|ed|ing)|bann(?:ed|ing)|tighten(?:s|ed|ing)?|restrict(?:s|ed|ing)?|curb(?:ed|ing)|threaten(?:s|ed|ing)?)\b/g;
/** Verbs that lift a restriction or restart a flow. */
const LIFTING =
  /\b(?:resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|restor(?:e|es|ed|ing)|reopen(?:s|ed|ing)?|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|reviv(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing))\b/g;
/**
 * A restriction named in the main part: what a stopping verb there stops, before it or after
 * ("suspended the controls", "the controls would be suspended", "pause for one year the curbs").
 */
const RESTRICTION =
  /\b(?:controls?|curbs?|bans?|restrictions?|rules?|measures?|tariffs?|duties|quotas?|sanctions?|embargo(?:es)?|licensing)\b/;

const cache = new WeakMap<Vector, ReadonlySet<Direction>>();

/**
 * A word after which a verb's bare form is a noun: "the pause", "a halt", "its freeze"; also
 * with one modifier between them that is a participle or a compound ("the announced pause",
 * "a one-year freeze", round 30), never a noun ("the government halted" is an act).
 */
const DETERMINER =
  /\b(?:the|a|an|its|their|this|that|his|her|our|any|no)\s+(?:(?:\p{L}{3,}ed|\p{L}+(?:-\p{L}+)+)\s+)?$/u;

/**
 * A word after which a participle tells a state that lasts, not the act that stopped or
 * restarted something: "exports to India remained restricted", "flights stay suspended", "the
 * border is still closed" (round 17). The act is told elsewhere, or not at all.
 */
const STATE = /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still|kept)\s+$/;

/**
 * `re` has a match in `main` that is a verb, not a bare noun after a determiner ("since the
 * pause" is background). A gerund after a determiner still names the act ("the lifting of the
 * ban" is what the sentence tells), so only forms not in -ing are read as nouns.
 */
function verbIn(re: RegExp, main: string): boolean {
  for (const m of allMatches(main, re)) {
    const before = main.slice(0, m.index);
    if (STATE.test(before)) continue;
    if (m[0].endsWith('ing') || !DETERMINER.test(before)) return true;
  }
  return false;
}

/** The directions `text`'s main part tells (STOPPING, IMPOSING, LIFTING). */
export function directionsOf(text: string): ReadonlySet<Direction> {
  const main = splitMinor(text).main.toLowerCase();
  const out = new Set<Direction>();
  if (verbIn(STOPPING, main)) out.add(RESTRICTION.test(main) ? 'lift' : 'halt');
  if (verbIn(IMPOSING, main)) out.add('halt');
  if (verbIn(LIFTING, main)) out.add('lift');
  return out;
}

function directionsOfVector(v: Vector): ReadonlySet<Direction> {
  let out = cache.get(v);
  if (!out) {
    out = directionsOf(v.text ?? '');
    cache.set(v, out);
  }
  return out;
}

/**
 * Each sentence's main part tells one direction, and they differ: one stops what the other
 * restarts (or imposes what it lifts). A sentence telling both ("lifted the ban it imposed in
 * June") or neither is not compared.
 *
 * Left out of alignment in round 13 (it cost the then-blind h9 and h11 a point of pair recall);
 * wired in in round 17, once those batches were dev and the two pairs it refused were read: a
 * comma closing a full date taken for an appositive (clauses.ts) and a lasting state read as an
 * act ("remained restricted", STATE).
 */
export function otherDirection(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const dx = directionsOfVector(x);
  if (dx.size !== 1) return false;
  const dy = directionsOfVector(y);
  if (dy.size !== 1) return false;
  return [...dx][0] !== [...dy][0];
}

/** The two phases of a meeting: to come, or held. */
export type Phase = 'planned' | 'held';

/**
 * A meeting planned, told from after the plan was made: "would meet", "would hold talks" ("agreed
 * that the envoys would meet at an early date"). A plan told for the story's own days ("will
 * meet", "is expected to call on") is not counted: it is often a first version of what a later
 * version reports held ("He is expected to call on Modi" / "He called on Modi on Tuesday"), and
 * an editor aligns the two.
 */
const PLANNED = /\bwould(?: \w+ly)? (?:meet|hold (?:talks|a meeting|a summit)|visit|call on)\b/;
/** A meeting held: "met", "have met", "held talks", "talked", "spoke". */
const HELD =
  /\b(?:(?:have|has|had) )?(?:met|held (?:talks|a meeting|a summit|their|the \w+ (?:round|meeting))|talked|spoke|visited|called on)\b/;

/** The phase of the meeting `text`'s main part tells; none when it tells no meeting or both. */
export function meetingPhaseOf(text: string): Phase | undefined {
  const main = splitMinor(text).main.toLowerCase();
  const planned = PLANNED.test(main);
  const held = HELD.test(main);
  return planned === held ? undefined : planned ? 'planned' : 'held';
}

const phases = new WeakMap<Vector, Phase | 'none'>();

function phaseOfVector(v: Vector): Phase | 'none' {
  let out = phases.get(v);
  if (!out) {
    out = meetingPhaseOf(v.text ?? '') ?? 'none';
    phases.set(v, out);
  }
  return out;
}

/**
 * One sentence tells a meeting to come and the other a meeting held ("The Special
 * Representatives would meet at an early date." / "The Special Representatives have met
 * twice."): two meetings, or a plan and what came of it.
 */
export function otherMeetingPhase(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const px = phaseOfVector(x);
  if (px === 'none') return false;
  const py = phaseOfVector(y);
  return py !== 'none' && px !== py;
}

/**
 * A question in the writer's own voice ("What are rare earths?", an explainer's heading) asks
 * and tells nothing, so it pairs only with a question; a quoted question ('… he asked: "Why
 * now?"') is a remark someone made, and is not counted (round 17). A signpost (round 20) and a
 * photo caption (captions.ts, round 22) likewise pair only with their own kind.
 */
export function asksAlone(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  return (
    isQuestion(x.text) !== isQuestion(y.text) ||
    isSignpost(x.text) !== isSignpost(y.text) ||
    isCaption(x.text) !== isCaption(y.text) ||
    otherPicture(x.text, y.text)
  );
}

function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text);
}

/**
 * A signpost in the writer's voice ("Here is how the last two flashpoints were defused.", "Here's
 * what the deal covers.", "A quick recap of how we got here."): it announces what the next
 * sentences tell and tells nothing itself, like a heading's question, so it pairs only with a
 * signpost (round 20). A live blog's label before a claim ("UPDATE: …") is not one.
 */
export function isSignpost(text: string): boolean {
  return SIGNPOST.test(text.replace(/^[A-Z]{3,}:\s*/, ''));
}

const SIGNPOST =
  /^(?:here(?:'s|’s| is| are)\s+(?:how|what|why|where|when|who|a look)\b|(?:a|an)\s+(?:quick\s+|brief\s+|short\s+)?(?:recap|look back|primer|timeline)\s+(?:of|at|on)\b)/i;
