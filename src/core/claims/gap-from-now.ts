/**
 * "The decision comes a little over a week after Jaishankar visited Beijing", "The talks come two
 * months after the two sides settled on patrolling arrangements": a gap whose subject "comes" now
 * (present tense, the story's own day) counts back from publication to the event named after it,
 * which it then dates (ADR 0044). Only agreement is said of it: the story's day is a reading of
 * "comes", not a date the article gives.
 */
import type { Checker } from './check-common';
import { checkDate } from './check-dates';
import { agreesWithRecord, type Claim } from './claim';
import { dayInterval, formatInterval } from './dates';
import type { Mention } from './mentions';
import { reason } from './reasons';
import { applyOffset, type TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** "comes", "come" right before the gap (a few qualifying words between: "comes a little over"). */
const COMES_NOW =
  /\b(?:comes|come)\s+(?:(?:just|only|barely|nearly|almost|some|about|roughly|a little|little|over|more|than|less|under)\s+){0,3}$/i;

/** The claim a present-tense "comes N after <event>" makes about that event, when it agrees. */
export function gapFromNow(c: Checker, e: TemporalExpression, from: readonly Mention[]): Claim | null {
  const pub = c.input.published;
  if (pub === null || !e.offset || e.offset.direction < 0 || !from.length) return null;
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  if (!COMES_NOW.test(c.input.text.slice(clause.start, e.start))) return null;
  const claimed = applyOffset(dayInterval(pub), { ...e.offset, direction: -1 });
  const read = reason('read-anchored', {
    said: e.text,
    resolved: formatInterval(claimed),
    anchor: formatInterval(dayInterval(pub)),
  });
  const got = checkDate({ ...c, mentions: from }, e, claimed, read);
  return got.claim && agreesWithRecord(got.claim) ? got.claim : null;
}
