/**
 * "The first X since Y": Y is a reference point, not what the sentence tells (round 28, ADR 0063).
 * News counts a happening from an earlier one: "The army carried out its first patrol in the valley
 * since the disengagement", "Troops patrolled the plains for the first time since the two sides
 * completed disengagement", "Army resumes patrolling, first since disengagement". Such a sentence
 * tells X (the patrol); Y (the disengagement) is the earlier moment it is counted from, often
 * itself told elsewhere ("The two sides completed disengagement on October 30"). The two share Y's
 * words and the story's names, but an editor pairs neither: one tells Y, the other a later X.
 *
 * X is what "first" counts: the words after it up to a preposition ("first patrol", "first formal
 * meeting"); for "the first time" and a bare "first since", the verb of the clause before it
 * ("patrolled … for the first time", "resumes patrolling, first since …"). Y is the phrase after
 * "since" to the clause's end, and only its words count: "since 2019", "since October" are points
 * in time, not happenings, and neither do its names and its setting ("since the Galwan clash in
 * June": the story's names and a place are shared by every sentence of it). A cleft's "that" ends Y ("the first time since 1975 that soldiers were
 * killed": what follows is the claim). Refused: one sentence counts X from Y, the other shares a
 * word of Y and names no X.
 */

import type { Vector } from './features';
import { tokenize } from './tokens';

/** "first … since Y", in one clause (no comma or full stop between "first" and "since"). */
const FIRST_SINCE = /\bfirst\b([^,.;:!?"“”]{0,80}?)\bsince\s+([^,.;:!?()"“”—–]+)/i;
/** What ends the counted noun phrase after "first". */
const PREPOSITION = /\s(?:in|of|to|at|on|for|with|by|from|between|since|across|into)\b/i;
/** A cleft's "that" or "when": what follows it is the claim, not the reference point. */
const CLEFT = /\s(?:that|when|which|who)\b.*$/i;
/** A verb form before "for the first time" or a bare ", first since": "patrolled", "resumes patrolling". */
const VERB_FORM = /^[a-z]{3,}(?:ed|ing)$/;
/** Where and when the reference point happened: "since the disengagement in eastern Ladakh". */
const PLACE = /\s(?:in|at|on|from|along|near|across)\s.*$/i;
/** Words of the frame itself, never what is counted. */
const FRAME_WORDS = new Set(['first', 'time', 'ever']);

interface FirstSince {
  /** Keys of what "first" counts. */
  readonly counted: ReadonlySet<string>;
  /** Word keys of the reference point (after "since"). */
  readonly reference: ReadonlySet<string>;
}

const wordKeys = (text: string): string[] =>
  tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.key);

/** The "first X since Y" frame of a sentence, when it has one that counts something from a happening. */
export function firstSinceOf(text: string): FirstSince | null {
  const m = FIRST_SINCE.exec(text);
  if (!m) return null;
  const ref = (m[2] as string).replace(CLEFT, '').replace(PLACE, '');
  // Its common words: a name ("since the Galwan clash") is the story's, not the happening's.
  const reference = new Set(
    wordKeys(
      ref
        .split(/\s+/)
        .filter((w) => !/^[A-Z]/.test(w))
        .join(' '),
    ),
  );
  if (!reference.size) return null;
  const after = m[1] as string;
  const cut = PREPOSITION.exec(after);
  let counted = wordKeys(cut ? after.slice(0, cut.index) : after).filter((k) => !FRAME_WORDS.has(k));
  if (!counted.length) {
    // "for the first time", ", first since": the verb of the clause before "first".
    const before = text.slice(0, m.index).split(/[,;:—–]/);
    const clause =
      before.length > 1 && !before[before.length - 1]?.trim() ? before[before.length - 2] : before.at(-1);
    counted = wordKeys(
      (clause ?? '')
        .split(/\s+/)
        .filter((w) => VERB_FORM.test(w))
        .join(' '),
    );
  }
  if (!counted.length) return null;
  return { counted: new Set(counted), reference };
}

const cache = new WeakMap<Vector, { frame: FirstSince | null; keys: ReadonlySet<string> }>();
function read(v: Vector): { frame: FirstSince | null; keys: ReadonlySet<string> } {
  let out = cache.get(v);
  if (!out) {
    const text = v.text ?? '';
    out = { frame: firstSinceOf(text), keys: new Set(tokenize(text).map((t) => t.key)) };
    cache.set(v, out);
  }
  return out;
}

function countsFromTheOther(x: Vector, y: Vector): boolean {
  const { frame } = read(x);
  if (!frame) return false;
  const { keys } = read(y);
  for (const k of frame.counted) if (keys.has(k)) return false;
  for (const k of frame.reference) if (keys.has(k)) return true;
  return false;
}

/** One sentence counts a happening from a reference point the other tells, and the other names no such happening. */
export function firstSinceReference(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  return countsFromTheOther(x, y) || countsFromTheOther(y, x);
}
