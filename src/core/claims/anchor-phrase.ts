/**
 * A phrase that counts from another event ("— two days after Announcement No. 70 paused the
 * October package", "a week before the summit") names that event: its words are the anchor's.
 * A cue one of whose word groups is met only inside such a phrase, away from the date, is not
 * named beside the date ("China suspended until 27 November 2026 its 2024 ban on gallium … — two
 * days after Announcement No. 70 paused the October package": "October" is the package's, so the
 * date is not the October controls' suspension's).
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import type { Mention } from './mentions';

/**
 * A counted gap that opens a phrase counting from another event ("two days after", ", weeks
 * after"): the phrase's event is another day's. (Not a bare "ahead of the meeting", which may
 * name the occasion of the date's own event.)
 */
const ANCHOR_OPENING =
  /(?:[—–]\s*|,\s+|\s)(?:(?:just|only|some|about|barely|nearly)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a few)\s+)?(?:days?|weeks?|months?|years?)(?:\s+and\s+a\s+half)?\s+(?:after|before|following)\s/gi;

/** A date that is itself a counted gap ("twelve days after"). */
const GAP_ITSELF = /\b(?:after|before|following|later|earlier)$/i;

/**
 * The phrases of the sentence that count from another event, except the date's own: one after
 * the date, to the sentence's next break; one before it, to the date or an earlier break ("came
 * a month and a half after Jaishankar's July visit and twelve days after the talks": the visit
 * is the first gap's anchor, not the second's event).
 */
function anchorPhrases(text: string, sentence: Span, e: Span): Span[] {
  const out: Span[] = [];
  ANCHOR_OPENING.lastIndex = 0;
  const body = text.slice(sentence.start, sentence.end);
  for (let m = ANCHOR_OPENING.exec(body); m; m = ANCHOR_OPENING.exec(body)) {
    const start = sentence.start + m.index;
    const open = start + m[0].length;
    if (start < e.end && open > e.start) continue; // the date's own gap
    // Before the date only when the date is a counted gap of its own ("… and twelve days
    // after"): else the date may be in that phrase's own words ("ten months after patrolling
    // resumed … in November 2023").
    if (start < e.start && !GAP_ITSELF.test(text.slice(e.start, e.end))) continue;
    const limit = start < e.start ? e.start : sentence.end;
    // (An acronym in brackets, "the Line of Actual Control (LAC)", is no break.)
    const stop = text.slice(open, limit).search(/[;:]|\((?![A-Z]{2,6}\))|\s[—–]\s/);
    out.push({ start, end: stop < 0 ? limit : open + stop });
  }
  return out;
}

/** True when some group of the cue is met in the sentence only inside one phrase counting from another event. */
export function cueGroupOnlyInAnchorPhrase(c: Checker, e: Span, m: Mention): boolean {
  if (m.strength !== 'cue' || m.derived || m.inherited || !m.cueGroups?.length) return false;
  const phrases = anchorPhrases(c.input.text, c.sentence, e);
  if (!phrases.length) return false;
  const inSentence = (p: number) => p >= c.sentence.start && p < c.sentence.end;
  return m.cueGroups.some((g) => {
    const own = g.filter(inSentence);
    return own.length > 0 && phrases.some((ph) => own.every((p) => p >= ph.start && p < ph.end));
  });
}
