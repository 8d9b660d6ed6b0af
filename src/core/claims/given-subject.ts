/**
 * "… met in Tianjin on Sunday. The meeting came ten months after the two leaders held talks in
 * Kazan": the gap's subject is only pointed back to (an earlier sentence named and dated it), so
 * what the sentence tells is the event it counts from, named there by its name or cue, and how
 * far back it was. A gap that agrees with the subject's record is said of that event instead
 * (the date the gap gives it, counted back from the subject's record). Not when the sentence
 * dates the event counted from itself. Only agreement moves: a gap that disagrees stays what it
 * was (ADR 0044, round 20). The claim lists the subject too, as a gap claim lists the event it
 * counts from (ADR 0070 rule 8; ADR 0109).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import type { Claim } from './claim';
import { dateClaim } from './date-claim';
import { factInterval, formatInterval } from './dates';
import { type Mention, RANK } from './mentions';
import { reason } from './reasons';
import { applyOffset, type TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { compareDates } from './verdict';

export function givenSubjectGap(
  c: Checker,
  e: TemporalExpression & Span,
  anchor: Mention,
  claim: Claim,
): Claim | null {
  const offset = e.offset;
  if (!offset || offset.amount === 0) return null;
  if (anchor.inherited || anchor.derived || anchor.loose || RANK[anchor.strength] < RANK.cue) return null;
  // The subject is before the gap through pointing words ("The meeting"), and the sentence
  // names it no more firmly than by keywords.
  const own = c.mentions.filter((m) => m.fact.id === claim.factId);
  const before = (m: Mention) => m.positions.some((p) => p >= c.sentence.start && p < e.start);
  if (!own.some((m) => m.inherited && before(m))) return null;
  if (own.some((m) => !m.inherited && RANK[m.strength] > RANK.evidence)) return null;
  // "eight days after Trump and Xi agreed … at their Oct. 30 meeting": the sentence dates the
  // event counted from itself; the gap is then news of the subject.
  // (The event's own phrase: up to a comma or the clause's end; "…, easing a standoff that
  // began in 2020" dates another thing.)
  const text = c.input.text;
  const comma = text.indexOf(',', e.end);
  const phraseEnd = Math.min(
    clauseAt(text, c.sentence, e.end).end,
    comma >= 0 ? comma : Number.POSITIVE_INFINITY,
  );
  if ((c.expressions ?? []).some((x) => x.start >= e.end && x.start < phraseEnd && x.kind !== 'duration'))
    return null;
  const subject = own[0]?.fact as Fact;
  const from = subject.date ? factInterval(subject.date) : null;
  const record = anchor.fact.date ? factInterval(anchor.fact.date) : null;
  if (!from || !record) return null;
  const given = applyOffset(from, { ...offset, direction: offset.direction > 0 ? -1 : 1 });
  const cmp = compareDates(given, record);
  if (!cmp.agrees) return null;
  const read = reason('read-between', {
    said: e.text,
    resolved: formatInterval(given),
    anchorFact: subject.title,
    anchor: formatInterval(from),
  });
  // The gap is about both events (ADR 0070 rule 8): the one it counts from, then the subject the
  // pointing words stand for ("The meeting came two days after …": the meeting too, ADR 0109).
  return { ...dateClaim(c, e, { mention: anchor, record, cmp }, given, read, []), alsoFactIds: [subject.id] };
}
