/**
 * Two remarks of two speakers (ADR 0112). A quotation or a reported remark by a different
 * speaker is not a pair, however close its words (the compare README): "According to the Indian
 * readout, Modi told Xi that India and China were development partners and not rivals" / "Xi
 * said China and India should be partners rather than rivals". Each sentence names who speaks
 * as the person just before its verb of saying; when both do, and no speaker of one is a speaker
 * of the other, they are two remarks.
 */
import type { Vector } from './features';
import { tokenize } from './tokens';

/** The capitalised run just before a verb of saying: who speaks ("Modi told", "Lin Jian said"). */
const SPEAKER = /((?:[A-Z][\w'’.-]*\s+){1,4})(?:said|says|added|adds|told|tells|stated|remarked)\b/g;

/** Keys of the persons named as speakers in `v` (names only: "Beijing said" is no person). */
function speakersOf(v: Vector): Set<string> {
  const out = new Set<string>();
  if (!v.text || !v.names?.size) return out;
  for (const m of v.text.matchAll(SPEAKER))
    for (const t of tokenize(m[1] as string, [])) if (v.names.has(t.key)) out.add(t.key);
  return out;
}

/** Both sentences name a person who speaks, and none of one's speakers speaks in the other. */
export function otherSpeakers(a: Vector, b: Vector): boolean {
  const sa = speakersOf(a);
  if (!sa.size) return false;
  const sb = speakersOf(b);
  if (!sb.size) return false;
  for (const k of sa) if (sb.has(k)) return false;
  return true;
}
