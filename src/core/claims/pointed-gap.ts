/**
 * "Modi and Xi met in Kazan on Wednesday. ¶ The meeting came nine days after the two sides reached
 * a resolution on the relevant border issues" (ADR 0078): a sentence that opens with pointing words
 * ("The meeting", "That visit", "The notice") as the subject of "came"/"took place", right before a
 * gap counted from an event it names, says when the event pointed back to happened. The gap is
 * then the sentence's claim about that event, so a gap that disagrees with it `differs`.
 *
 * Only when the structure leaves nothing to guess:
 * - the pointing words open the sentence and are the subject of a verb of occurrence whose
 *   complement is the gap ("The meeting came nine days after …");
 * - they stand for one earlier event only (context.ts anaphora), which has a date;
 * - the event counted from is one event, named in the sentence by its name or cue (or its
 *   keywords, all of them in the phrase after the gap), not itself taken up from before;
 * - no other date of the sentence dates anything else (any other date agrees with the record of
 *   the event counted from, or, after the gap, with that of an event named beside it: ADR 0128).
 * The value plays no part in it.
 */
import type { Span } from '../match/sentences';
import { type Checker, otherExpressionsOfSentence } from './check-common';
import type { DateCheck } from './check-dates';
import { dateClaim } from './date-claim';
import { type DateInterval, factInterval, gapDays } from './dates';
import { type Mention, RANK } from './mentions';
import type { Reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { compareDates } from './verdict';

/** "The meeting came", "That visit took place", "The notice was issued only": up to the gap. */
export const POINTED_SUBJECT =
  /^(?:The|That|This)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:came|comes|come|was\s+held|took\s+place|happened)\s+(?:(?:just|only|barely|exactly|nearly|almost|about|around|roughly|some|less\s+than|more\s+than|over|under)\s+)*$/;

/**
 * "The meeting came two days after X": a gap the sentence's pointing words open, counted from one
 * event named here (not taken up from before). Shared by pointedSubjectGap and pointed-among.ts.
 */
export function pointedFromNamedAnchor(
  c: Checker,
  e: TemporalExpression & Span,
  from: readonly Mention[],
  anchor: Mention,
  namesAnchor: boolean,
): boolean {
  if (!e.offset || e.offset.amount === 0) return false;
  if (!POINTED_SUBJECT.test(c.input.text.slice(c.sentence.start, e.start))) return false;
  if (anchor.inherited || anchor.derived || anchor.loose) return false;
  if (RANK[anchor.strength] < RANK.cue && !namesAnchor) return false;
  return new Set(from.filter((m) => rivalAnchor(m, anchor)).map((m) => m.fact.id)).size === 1;
}

/**
 * Another event the gap may count from, beside `anchor`: not one taken up from before, nor one
 * that only stands in for a topic the anchor's phrase names ("met in South Korea and agreed a
 * truce": the truce's other events), nor one found by keywords alone when the anchor is named or
 * cued ("after the two leaders' talks in Kazan": "leaders", "talks" are every meeting's words;
 * ADR 0119, as `cuedOverKeywords` for dates).
 */
function rivalAnchor(m: Mention, anchor: Mention): boolean {
  if (m.fact.id === anchor.fact.id) return true;
  if (m.inherited || m.derived) return false;
  return !(m.strength === 'evidence' && RANK[anchor.strength] >= RANK.cue);
}

export function pointedSubjectGap(
  c: Checker,
  e: TemporalExpression & Span,
  from: readonly Mention[],
  anchor: Mention,
  claimed: DateInterval,
  read: Reason,
  namesAnchor: boolean,
): DateCheck | null {
  const offset = e.offset;
  if (!offset || !pointedFromNamedAnchor(c, e, from, anchor, namesAnchor)) return null;
  // What the pointing words stand for: one earlier event with a date.
  const pointed = c.mentions.filter(
    (m) => m.inherited && m.positions.includes(c.sentence.start) && m.fact.id !== anchor.fact.id,
  );
  const facts = new Set(pointed.map((m) => m.fact.id));
  const subject = pointed[0];
  if (facts.size !== 1 || !subject?.fact.date) return null;
  // No other event named or cued before the gap (a subject of its own; the pointing noun itself
  // may be a keyword of many events).
  if (ownEventBeforeGap(c, e, anchor)) return null;
  // Any other date of the sentence is the anchor's own ("… after Modi and Xi met on Oct. 23").
  const anchorRecord = anchor.fact.date ? factInterval(anchor.fact.date) : null;
  if (!anchorRecord) return null;
  if (otherDateNotTheAnchors(c, e, anchorRecord)) return null;
  const record = factInterval(subject.fact.date);
  if (!record) return null;
  const cmp = compareDates(claimed, record);
  const claim = dateClaim(c, e, { mention: subject, record, cmp }, claimed, read, []);
  return { claim: { ...claim, alsoFactIds: [anchor.fact.id] }, anchor: anchorRecord };
}

/** An event or instrument the sentence names or cues itself before the gap, other than the anchor: a subject of its own. */
export function ownEventBeforeGap(c: Checker, e: Span, anchor: Mention): boolean {
  return c.mentions.some(
    (m) =>
      !m.inherited &&
      !m.derived &&
      RANK[m.strength] >= RANK.cue &&
      m.fact.id !== anchor.fact.id &&
      (m.fact.kind === 'event' || m.fact.kind === 'instrument') &&
      m.positions.some((p) => p >= c.sentence.start && p < e.start),
  );
}

/**
 * Another date of the sentence (not a length) that is not the anchor's own record: it dates something
 * else. Not one after the gap that an event named beside it owns rightly (`datesNamedBeside`).
 */
export function otherDateNotTheAnchors(
  c: Checker,
  e: TemporalExpression,
  anchorRecord: DateInterval,
): boolean {
  return otherExpressionsOfSentence(c, e).some(
    (x) =>
      x.kind !== 'duration' &&
      (x.interval === null || gapDays(x.interval, anchorRecord) !== 0) &&
      !datesNamedBeside(c, e, x),
  );
}

/**
 * "… agreed on patrolling arrangements, easing a military standoff that began in 2020" (ADR 0128): a
 * date after the gap that agrees with the record of an event named or cued in its own clause before
 * it (not taken up from before, nor standing in for a topic) is that event's, rightly; it dates
 * nothing the gap could be about.
 */
function datesNamedBeside(c: Checker, e: TemporalExpression, x: TemporalExpression): boolean {
  const interval = x.interval;
  if (interval === null || x.start < e.end) return false;
  const clause = clauseAt(c.input.text, c.sentence, x.start);
  return c.mentions.some((m) => {
    const record = m.fact.date ? factInterval(m.fact.date) : null;
    return (
      record !== null &&
      !m.inherited &&
      !m.derived &&
      RANK[m.strength] >= RANK.cue &&
      m.positions.some((p) => p >= clause.start && p < x.start) &&
      compareDates(interval, record).agrees
    );
  });
}
