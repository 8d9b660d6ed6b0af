/**
 * "In April, around the time Wang Yi visited New Delhi, China cleared more urea for export": a
 * phrase set right after a date that places it at another event's time ("around the time …",
 * "around Wang Yi's trip", "at the time of …") dates the clause's event twice. The event it names
 * is a second dating of the main event, not a rival owner of the date. When the date disagrees
 * with that event too, the sentence is wrong whichever dating is read; the phrase's event leaves
 * no doubt about the main event's (ADR 0083).
 */
import type { Span } from '../match/sentences';
import type { DateTie } from './date-ties';

/** A comma, then words that put the date at another event's time, up to the next comma. */
const TIME_APPOSITION =
  /^\s*,\s*(?:(?:just\s+|right\s+)?(?:around|about|near|at)\s+the\s+(?:same\s+)?time\s+(?:of\s+|that\s+|when\s+|as\s+)?|around\s+|at\s+the\s+time\s+of\s+|during\s+)[^,;.]+?(?=,)/i;

/** The span of the time apposition right after `e`, or null. */
export function timeApposition(text: string, sentence: Span, e: Span): Span | null {
  const m = TIME_APPOSITION.exec(text.slice(e.end, sentence.end));
  return m ? { start: e.end, end: e.end + m[0].length } : null;
}

const inside = (t: DateTie, s: Span) => t.mention.positions.some((p) => p >= s.start && p < s.end);

/**
 * True when the rival `t` is named in the time apposition right after the date, the best
 * candidate is not, and the date disagrees with the rival's record too: the rival dates the
 * main event, no rival to it. (A rival's words outside the phrase, "… expected to go to India",
 * are the main clause's, which the best candidate holds.)
 */
export function apposedTimeRival(text: string, sentence: Span, e: Span, best: DateTie, t: DateTie): boolean {
  if (t.cmp.agrees || best.cmp.agrees) return false;
  const phrase = timeApposition(text, sentence, e);
  return phrase !== null && inside(t, phrase) && !inside(best, phrase);
}
