/**
 * "Wang Yi is due to call on Modi today and hand over Xi's invitation to the SCO summit": an event
 * named as what an invitation is to (its words after "invitation to", or the inviter's possessive
 * before it) is still ahead of the invitation. A date outside the invitation's phrase that falls
 * before the event's record is the day of the inviting or of another act of the clause, not the
 * event's day stated wrong (ADR 0155).
 */
import type { Span } from '../match/sentences';
import type { DateInterval } from './dates';
import type { Mention } from './mention-types';

/** "[Xi's] invitation [from X] to/for <phrase>", up to a clause break. */
const INVITATION =
  /(?:\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}['’]s\s+)?\binvitations?(?:\s+from(?:\s+[\w.'’-]+){1,4}?)?\s+(?:to|for)\s+[^,;:.—–()]+/g;

/** The invitation phrases of the sentence. */
function invitations(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const words = text.slice(sentence.start, sentence.end);
  INVITATION.lastIndex = 0;
  for (let m = INVITATION.exec(words); m; m = INVITATION.exec(words))
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return out;
}

/**
 * True when the date `e`, outside every invitation phrase of its sentence and before the event's
 * record, faces a fact with a cue group (or, found by keywords, a word) wholly inside one.
 */
export function invitedEvent(
  text: string,
  sentence: Span,
  e: Span,
  m: Mention,
  claimed: DateInterval,
  record: DateInterval,
): boolean {
  if (claimed.end > record.start) return false;
  const phrases = invitations(text, sentence);
  if (!phrases.length) return false;
  const within = (p: number) => phrases.some((s) => p >= s.start && p < s.end);
  if (within(e.start)) return false;
  const groups = m.cueGroups?.length ? m.cueGroups : m.positions.map((p) => [p]);
  return groups.some((g) => g.length > 0 && g.every(within));
}
