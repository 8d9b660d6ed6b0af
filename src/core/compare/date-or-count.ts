/**
 * A date of one happening is not a count of another (ADR 0099): "India and China have agreed on
 * patrolling arrangements along the Line of Actual Control, Misri announced on Monday." / "India
 * says the Line of Actual Control is 3,488 km long." Both name the frontier, but one dates an event
 * (the agreement, a claim of the claim engine) and the other counts something (the frontier's
 * length, a count of the fact base): each gives a value for a fact of its own, and a reader
 * checking one learns nothing of the other. evidence.ts `otherHappening` leaves a count and an
 * event alone, since one sentence often tells a happening that the claim engine ties to its count
 * and the other to its event ("Twenty soldiers were killed" / "the deadly clash on June 15"); here
 * that is ruled out when nothing either mentions is the other's fact or linked to it (a count is
 * linked to what the fact base relates it to), the dating side tells no count, the counting side
 * tells nothing but counts, and the two write no number or month in common ("fell 58% in June from January" / "dropped by
more than half between January and June", one count whose months the claim engine tied to an event).
 */
import { MONTH_KEYS } from './evidence';
import type { Vector } from './features';

const isCount = (id: string) => id.startsWith('quantity.');

/** `d` dates an event with a claim of its own; `c` counts something else (see the file comment). */
function datesWhileOtherCounts(d: Vector, c: Vector): boolean {
  const td = d.told;
  const tc = c.told;
  if (!td?.events.size || !tc?.events.size) return false;
  for (const id of td.events) if (isCount(id)) return false;
  for (const id of tc.events) if (!isCount(id)) return false;
  // The event is dated by one of d's claims (dated.ts), not only named.
  let dated = false;
  for (const facts of d.dated?.values() ?? []) for (const id of facts) if (td.events.has(id)) dated = true;
  if (!dated) return false;
  for (const id of td.mentioned) if (tc.mentioned.has(id) || tc.wholes.has(id)) return false;
  for (const id of tc.mentioned) if (td.wholes.has(id)) return false;
  for (const k of d.w.keys()) if ((k.startsWith('#') || MONTH_KEYS.has(k)) && c.w.has(k)) return false;
  return true;
}

/** One sentence dates an event, the other counts something unlinked to it: two facts, no pair. */
export function dateOrCount(x: Vector, y: Vector): boolean {
  return datesWhileOtherCounts(x, y) || datesWhileOtherCounts(y, x);
}
