/**
 * An arrival and a meeting (ADR 0022, round 18): stories of one visit tell the visitor's arrival
 * ("Wang arrived in New Delhi on Monday on a two-day visit") and the talks held that day ("Wang
 * met his counterpart Jaishankar in New Delhi on Monday") in the same names, place and day. An
 * editor aligns neither with the other: one tells that someone came, the other that two people
 * met. Read from the sentence's main part (clauses.ts), like outcomes.ts.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';
import { MEETING } from './outcomes';

/** Someone came: arrived, landed, flew in. ("Reached" is left out: "reached an agreement".) */
const ARRIVAL = /\b(?:arrived|arrives|arriving|landed|lands|flew in(?:to)?)\b/i;

type Part = 'arrival' | 'meeting' | 'none';

const parts = new WeakMap<Vector, Part>();

/** 'arrival' when the main part tells an arrival and no meeting, 'meeting' the reverse. */
export function arrivalPartOf(text: string): Part {
  const main = splitMinor(text).main;
  const arrival = ARRIVAL.test(main);
  const meeting = MEETING.test(main);
  return arrival === meeting ? 'none' : arrival ? 'arrival' : 'meeting';
}

function partOf(v: Vector): Part {
  let out = parts.get(v);
  if (!out) {
    out = arrivalPartOf(v.text ?? '');
    parts.set(v, out);
  }
  return out;
}

/** One sentence tells an arrival and the other a meeting: two happenings of one visit. */
export function arrivalOrMeeting(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const px = partOf(x);
  if (px === 'none') return false;
  const py = partOf(y);
  return py !== 'none' && px !== py;
}
