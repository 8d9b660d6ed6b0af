/**
 * Two statements of one speaker named with his title (ADR 0099). speakers.ts
 * `oneSpeakerTwoRemarks` reads two sentences that report remarks of one person and share nothing
 * else as two remarks; it counts the speaker's name as frame, but not the title written with it,
 * nor an announcement as a report: "India and China have agreed on patrolling arrangements along
 * the Line of Actual Control, Foreign Secretary Vikram Misri announced on Monday." / "Grazing and
 * patrolling in those pockets will return to what they were in 2020, Foreign Secretary Vikram
 * Misri said." share "foreign" and "secretary" besides the name, and one word of content. Here a
 * spelled-out name both sentences write in full (tokens.ts spelledNames: its initials key, "fsvm")
 * that holds a person's name is frame, every word of it, and "announced" reports a statement as
 * "said" does: besides that frame (facts and bare years aside, as there) the two share at most one
 * word, and no speaker's act.
 */
import type { Vector } from './features';
import { SAYING_VERBS } from './speakers';
import { REMARK_KEYS } from './tokens';

/** A verb that reports a statement: saying or announcing. */
const REPORTING = new RegExp(`\\b(?:${SAYING_VERBS}|announced|announces)\\b`, 'i');
/** A bare year ("#2020"): the story's setting. */
const YEAR = /^#\d{4}$/;

/** The keys of a person's styled name both sentences write (its initials key and its words). */
function sharedStyledNames(a: Vector, b: Vector): Set<string> {
  const out = new Set<string>();
  for (const [initials, words] of a.spelled ?? []) {
    if (!b.spelled?.has(initials)) continue;
    if (!words.some((k) => a.names?.has(k) || b.names?.has(k))) continue;
    out.add(initials);
    for (const k of words) out.add(k);
  }
  return out;
}

/**
 * Both sentences report a statement, they share a person's styled name, and besides it (and
 * other names, facts and bare years) they share at most one word and no speaker's act.
 */
export function oneSpeakerTwoStatements(a: Vector, b: Vector): boolean {
  if (!a.text || !b.text || !REPORTING.test(a.text) || !REPORTING.test(b.text)) return false;
  const frame = sharedStyledNames(a, b);
  if (!frame.size) return false;
  let rest = 0;
  for (const k of a.w.keys()) {
    if (!b.w.has(k) || frame.has(k) || a.names?.has(k) || b.names?.has(k)) continue;
    if (REMARK_KEYS.has(k)) return false;
    if (!k.startsWith('f:') && !YEAR.test(k)) rest++;
  }
  return rest <= 1;
}
