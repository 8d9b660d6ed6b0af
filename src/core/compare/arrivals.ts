/**
 * An arrival and a meeting (ADR 0022, round 18): stories of one visit tell the visitor's arrival
 * ("Wang arrived in New Delhi on Monday on a two-day visit") and the talks held that day ("Wang
 * met his counterpart Jaishankar in New Delhi on Monday") in the same names, place and day. An
 * editor aligns neither with the other: one tells that someone came, the other that two people
 * met. Read from the sentence's main part (clauses.ts), like outcomes.ts.
 *
 * A departure is a third moment of a journey (round 21): "The announcement came on the eve of
 * Modi's departure for the BRICS summit in Kazan" / "Modi arrived in Kazan on Tuesday to attend
 * the BRICS summit" name one trip, one summit and one city, and tell two happenings: when he set
 * off, and that he came or took part.
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

/** Someone set off: a departure, departed, left or leaves for, set off, flew out. */
const DEPARTURE =
  /\b(?:departure|departed|departs|departing|(?:left|leaves|leave|leaving) for|set(?:s|ting)? off|flew out)\b/i;
/** Someone came or took part: an arrival, a meeting (outcomes.ts MEETING), attending. */
const PRESENCE = /\b(?:arrival|attend|attends|attended|attending)\b/i;

type Moment = 'departure' | 'presence' | 'none';

const moments = new WeakMap<Vector, Moment>();

/**
 * 'departure' when the main part tells a departure and nothing of arriving, meeting or taking
 * part; 'presence' the reverse; 'none' when it tells neither or both ("left for Kazan, where he
 * will attend the summit" is one journey told whole).
 */
export function journeyMomentOf(text: string): Moment {
  const main = splitMinor(text).main;
  const departure = DEPARTURE.test(main);
  const presence = ARRIVAL.test(main) || PRESENCE.test(main) || MEETING.test(main);
  return departure === presence ? 'none' : departure ? 'departure' : 'presence';
}

function momentOf(v: Vector): Moment {
  let out = moments.get(v);
  if (!out) {
    out = journeyMomentOf(v.text ?? '');
    moments.set(v, out);
  }
  return out;
}

/** One sentence tells a departure and the other an arrival, a meeting or attendance: two moments of one trip. */
export function departureOrPresence(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const mx = momentOf(x);
  if (mx === 'none') return false;
  const my = momentOf(y);
  return my !== 'none' && mx !== my;
}

/** One sentence tells an arrival and the other a meeting: two happenings of one visit. */
export function arrivalOrMeeting(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const px = partOf(x);
  if (px === 'none') return false;
  const py = partOf(y);
  return py !== 'none' && px !== py;
}
