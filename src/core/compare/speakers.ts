/**
 * Two remarks of one speaker (ADR 0022, round 19). A story quotes its main speaker several
 * times, and each article reports him by name with a verb of saying ("'…,' Misri had said";
 * "Misri said the deal was leading to …"). Who spoke and that he spoke are the frame of a
 * remark, not its content: two sentences that share the speaker's name and, besides it, at
 * most one word (a year aside: the story's year is its setting, as common to its sentences as
 * its names) tell two remarks, and an editor does not align them. One shared speaker's act
 * (tokens.ts REMARK_KEYS: withholding details, deferring an answer) stands for a whole remark
 * and is enough, as in candidates.ts `enoughShared`.
 */
import type { Vector } from './features';
import { REMARK_KEYS } from './tokens';

/** The verbs of saying (an alternation, for a pattern; speaker-titles.ts adds announcing to them). */
export const SAYING_VERBS = 'said|says|say|told|tells|added|adds|stated|remarked';
/** A verb of saying: the sentence reports a remark (also two-quotes.ts's). */
export const SAYING = new RegExp(`\\b(?:${SAYING_VERBS})\\b`, 'i');
/** A bare year ("#2020"): the story's setting. */
const YEAR = /^#\d{4}$/;

/**
 * Both sentences report a remark, they share a person's name, and besides the names they share
 * at most one word or figure (facts and bare years aside) and no speaker's act.
 */
export function oneSpeakerTwoRemarks(a: Vector, b: Vector): boolean {
  if (!a.text || !b.text || !SAYING.test(a.text) || !SAYING.test(b.text)) return false;
  let person = false;
  let rest = 0;
  for (const k of a.w.keys()) {
    if (!b.w.has(k)) continue;
    if (a.names?.has(k) || b.names?.has(k)) person = true;
    else if (REMARK_KEYS.has(k)) return false;
    else if (!k.startsWith('f:') && !YEAR.test(k)) rest++;
  }
  return person && rest <= 1;
}
