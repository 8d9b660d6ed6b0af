/**
 * A meeting and what it agreed (round 17, ADR 0022): stories of one visit tell the meeting ("Wang
 * will hold the 24th round of boundary talks with Doval on Tuesday"; "Misri hosted Sun in New
 * Delhi") and its outcome ("Wang and Doval agreed on Tuesday to set up an expert group"; "At
 * talks last week, Misri and Sun agreed to hold functional dialogues") in the same names and
 * days. An editor aligns neither with the other: one tells that two people met, the other what
 * they decided. Read from the words of the sentence's main part (clauses.ts), like
 * predicates.ts; a meeting told in a clause of time ("… was taken when Misri met Sun in
 * January") is the outcome's setting, not a claim of its own.
 *
 * Tried in round 14 and dropped for a pair of the then-blind h9 ("The decision to resume the
 * yatra was taken when Misri met Sun in Beijing in January" / "India and China agreed to resume
 * the pilgrimage during talks between Misri and Sun"): the meeting there is in a clause of time
 * without a comma, which the main part kept.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';

/** A meeting: who met or hosted whom, talks held or to be held, a visit, a call. */
export const MEETING =
  /\b(?:met|meet|meets|hosted|hosts|visited|called on|calls on|held (?:talks|a meeting|their|the \w+ (?:round|meeting))|(?:will|would|to|is due to|are due to) hold (?:talks|a meeting|the \w+ (?:round|meeting)))\b/i;
/**
 * What a meeting decides or delivers: an agreement, a decision, a signature, an assurance; a
 * consensus or understanding with one modifier too ("reached a six-point consensus", round 33).
 */
const OUTCOME =
  /\b(?:agreed|agree|agrees|decided|signed|set up|conveyed|handed(?: over)?|assured|gave the assurance|reached an? (?:[\w-]+ )?(?:agreement|consensus|understanding))\b/i;
/**
 * A clause of time inside the main part, without a comma ("… was taken when Misri met Sun"):
 * from its subordinator to the next comma or the end, the setting of what the sentence tells.
 */
const TIME_CLAUSE = /\s(?:when|after|before|while|once)\s[^,;]*/gi;

/** What a sentence's main part tells of a meeting: the meeting itself, or what it agreed. */
export type MeetingPart = 'meeting' | 'outcome';

/** 'meeting' when the main part tells a meeting and no outcome; 'outcome' when the reverse. */
export function meetingPartOf(text: string): MeetingPart | undefined {
  const main = splitMinor(text).main.replace(TIME_CLAUSE, ' ');
  const meeting = MEETING.test(main);
  const outcome = OUTCOME.test(main);
  return meeting === outcome ? undefined : meeting ? 'meeting' : 'outcome';
}

const parts = new WeakMap<Vector, MeetingPart | 'none'>();

function partOf(v: Vector): MeetingPart | 'none' {
  let out = parts.get(v);
  if (!out) {
    out = meetingPartOf(v.text ?? '') ?? 'none';
    parts.set(v, out);
  }
  return out;
}

/**
 * One sentence tells a meeting and the other what a meeting agreed ("Wang will hold the 24th
 * round with Doval on Tuesday." / "Wang and Doval agreed on Tuesday to set up an expert
 * group."): two claims about one occasion, not one told twice.
 */
export function meetingOrOutcome(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const px = partOf(x);
  if (px === 'none') return false;
  const py = partOf(y);
  return py !== 'none' && px !== py;
}
