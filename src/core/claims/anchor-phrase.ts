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
 * A counted gap that opens a phrase counting from another event ("two days after"): the phrase's
 * event is another day's. (Not a bare "ahead of the meeting", which may name the occasion of
 * the date's own event.)
 */
const ANCHOR_OPENING =
  /(?:[—–]\s*|,\s+|\s)(?:(?:just|only|some|about|barely|nearly)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|following)\s/gi;

/** The phrase after the date that counts from another event, to the sentence's next break. */
function anchorPhraseAfter(text: string, sentence: Span, e: Span): Span | null {
  ANCHOR_OPENING.lastIndex = 0;
  const rest = text.slice(e.end, sentence.end);
  const m = ANCHOR_OPENING.exec(rest);
  if (!m) return null;
  const start = e.end + m.index;
  const stop = text.slice(start + m[0].length, sentence.end).search(/[;:(]|\s[—–]\s/);
  return { start, end: stop < 0 ? sentence.end : start + m[0].length + stop };
}

/** True when some group of the cue is met in the sentence only inside an anchor phrase after the date. */
export function cueGroupOnlyInAnchorPhrase(c: Checker, e: Span, m: Mention): boolean {
  if (m.strength !== 'cue' || m.derived || m.inherited || !m.cueGroups?.length) return false;
  const phrase = anchorPhraseAfter(c.input.text, c.sentence, e);
  if (!phrase) return false;
  const inSentence = (p: number) => p >= c.sentence.start && p < c.sentence.end;
  return m.cueGroups.some((g) => {
    const own = g.filter(inSentence);
    return own.length > 0 && own.every((p) => p >= phrase.start && p < phrase.end);
  });
}
