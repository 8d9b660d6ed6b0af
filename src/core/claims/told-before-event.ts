/**
 * A report dated before the event it tells of as done, without an "after" phrase (ADR 0045,
 * round 17): "Indian troops carried out a patrol in Depsang, the army said late on Thursday",
 * "The army had said last Sunday that the pullback … was complete", "Disengagement … was
 * declared complete last Sunday". What is reported is over when the report is made, so a report
 * day earlier than the first day of that event's record contradicts the record. A report after
 * the event is never contradicted (reports come late). Used by check-dates.ts where no fact
 * owns the date, after report-before-event.ts.
 */

import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { firm } from './check-common';
import { certainDateClaim } from './date-claim';
import type { DateCheck } from './date-fallbacks';
import type { DateTie } from './date-ties';
import type { DateInterval } from './dates';
import { RANK } from './mentions';
import type { Reason } from './reasons';
import { otherSideSpeaks } from './statement-speaker';
import type { TemporalExpression } from './temporal';

/** Rules whose day is counted from publication and is a single day. */
const DAY_RULES = new Set(['weekday', 'day-word']);

/** The reporting verb right before the date, and the speaker's words before it after a comma. */
const SPEAKER_THEN_VERB =
  /,\s*(?<speaker>(?:[\w’'.-]+\s+){1,8}?)(?:said|told\s+[\w\s]{0,30}?|confirmed|announced|stated|reported|added)(?:\s+(?:late|early|in\s+a\s+statement|on|in))*\s*$/i;

/** "said on Thursday that …": the reported clause after the date. */
const THAT_AFTER = /^\s*,?\s*that\b/i;

/** "… was declared complete last Sunday": the declaration of what the subject says is over. */
const DECLARED_OVER =
  /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+declared\s+(?:complete|completed|over|finished)\s*(?:on\s+)?$/i;

/** A verb that says the reported event is over (a past form, a perfect, "was complete"). */
const OVER =
  /\b(?:was|were)\s+(?:complete|completed|over|finished|done)\b|\b(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|ne|ld|et|ut|ok|un)\b|\b[a-z]{3,}ed\b|\b(?:met|held|began|took\s+place|sat\s+down|spoke|went|came|made|set\s+up|sent)\b/;

/** Words that put the reported event after the report, or leave it a plan, a wish or a guess. */
const NOT_YET =
  /\b(?:will|would|shall|could|may|might|should|expected|due|scheduled|planned|slated|upcoming|next|soon|(?:agreed|decided|plans?|planning|wants?|aims?|hopes?|sought|seeks|promised|pledged|vowed|expects?|intends?|ready|set|about|going|likely|prepared|preparing)\s+to)\b/i;

/** A fact that is someone's statement ("MEA confirms … licences", "China acknowledges PLA deaths"). */
const STATEMENT_FACT =
  /\b(?:confirm(?:s|ed)?|announce(?:s|d)?|acknowledges?|acknowledged|admits?|admitted|claims?|statement|briefing)\b/i;
/** Words of a statement in the reported clause ("… that China had acknowledged the deaths"). */
const STATEMENT_WORD = /\b(?:confirm|acknowledg|admit|announc|claim|stat|declar|disclos|said|says)/i;

/**
 * "Beijing confirmed on Tuesday that some Indian companies had received licences", two days
 * before the record of India's ministry confirming it: the reported clause tells of what the
 * statement was about (licences received), which came before that statement, so an earlier
 * report by the other side does not contradict the statement's day (statement-speaker.ts). A
 * reported clause that tells of the statement itself ("… that China had acknowledged the deaths")
 * is still dated by it (ADR 0081).
 */
function statementNotTold(
  c: Checker,
  e: TemporalExpression,
  fact: Fact,
  clause: { from: number; to: number },
): boolean {
  return (
    STATEMENT_FACT.test(fact.title.replace(/\([^)]*\)/g, '')) &&
    !STATEMENT_WORD.test(c.input.text.slice(clause.from, clause.to)) &&
    otherSideSpeaks(c, e, fact)
  );
}

/** The span of the reported clause, or null when the sentence is no report of a done event. */
function reportedClause(c: Checker, e: TemporalExpression): { from: number; to: number } | null {
  const text = c.input.text;
  const before = text.slice(c.sentence.start, e.start);
  const declared = DECLARED_OVER.exec(before);
  if (declared) return { from: c.sentence.start, to: c.sentence.start + declared.index };
  if (!e.reporting) return null;
  const after = THAT_AFTER.exec(text.slice(e.end, c.sentence.end));
  if (after) {
    const from = e.end + after[0].length;
    const rest = text.slice(from, c.sentence.end);
    const stop = /[,;:]|\s[-–—]\s/.exec(rest);
    const to = stop ? from + stop.index : c.sentence.end;
    return OVER.test(text.slice(from, to)) ? { from, to } : null;
  }
  const speaker = SPEAKER_THEN_VERB.exec(before);
  if (!speaker || /[,;:]/.test(speaker.groups?.speaker ?? '')) return null;
  const to = c.sentence.start + speaker.index;
  // (After the dateline, if the sentence opens the story: "NEW DELHI, Nov 5 - Indian soldiers …".)
  const from = Math.max(
    c.sentence.start,
    ...(c.input.skip ?? [])
      .filter((s) => s.start <= c.sentence.start && s.end > c.sentence.start)
      .map((s) => s.end),
  );
  const content = text.slice(from, to);
  // The reported clause is a whole sentence of its own, with a past verb ("Indian troops carried
  // out a patrol …, the army said"), not a subordinate phrase before the speaker.
  return OVER.test(content) && !/[,;:]/.test(content) ? { from, to } : null;
}

/** The claim that the report's day is wrong for the event it reports as done, or null when that is not certain. */
export function toldBeforeEvent(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
  ties: readonly DateTie[],
): DateCheck | null {
  const pub = c.input.published;
  if (!DAY_RULES.has(e.rule) || claimed.precision !== 'day' || pub === null) return null;
  const clause = reportedClause(c, e);
  if (!clause) return null;
  if (NOT_YET.test(c.input.text.slice(clause.from, clause.to))) return null;
  const inside = ties.filter(
    (t) =>
      firm(t) &&
      !t.related &&
      !t.mention.derived &&
      !t.mention.loose &&
      !t.mention.inherited &&
      t.mention.fact.kind === 'event' &&
      t.mention.positions.some((p) => p >= clause.from && p < clause.to),
  );
  // The one event named most firmly there (a name or its cue over keywords).
  const top = Math.max(0, ...inside.map((t) => RANK[t.mention.strength]));
  const strongest = inside.filter((t) => RANK[t.mention.strength] === top);
  const t = strongest[0];
  if (!t || new Set(strongest.map((s) => s.mention.fact.id)).size !== 1) return null;
  if (statementNotTold(c, e, t.mention.fact, clause)) return null;
  if (top < RANK.cue && new Set(inside.map((s) => s.mention.fact.id)).size !== 1) return null;
  if (!(claimed.end < t.record.start) || t.record.start > pub) return null;
  const cmp = { agrees: false, reason: t.cmp.reason };
  return {
    claim: certainDateClaim(c, e, claimed, read, t.mention.fact, t.mention.via, t.record, cmp),
    anchor: t.record,
  };
}
