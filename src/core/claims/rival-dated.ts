/**
 * A part the sentence dates itself is no rival of its whole (ADR 0042, round 20). "On October 19
 * China went further, announcing curbs on …, most of which were due to come into force on
 * November 8": the curbs are named by their own name in the date's clause, and the only rival,
 * their start (a part of them in the fact base), is dated by the sentence's other date, rightly
 * and whole. One sentence does not give one event two dates of its own precision, so October 19
 * cannot be the start's: it is the curbs', and wrong.
 *
 * Only for a candidate named by its own name (an alias) in the date's clause: a candidate found
 * by cue words or keywords may itself be the wrong guess ("Pilgrims reached Tibet on 2 June and,
 * on the 20th, the first batch … entered": the 2 June may be a third event's, round 18's guard).
 * Not when that candidate is itself dated rightly by another date of the sentence: then this
 * date is a third event's. Only a rival that is a part or the whole of the candidate: separate
 * events may leave the date to a third one. And the other date must cover the rival's whole
 * record: one day of a span of days ("patrolling resumed in Demchok on November 1", of patrols
 * resumed over 1–4 November) leaves the other days open.
 */
import type { Span } from '../match/sentences';
import type { DateTie } from './date-ties';
import { datedElsewhere } from './rivals-disagree';
import type { TemporalExpression } from './temporal';

const partOf = (a: DateTie, b: DateTie) =>
  (a.mention.fact.relations ?? []).some((r) => r.type === 'part-of' && r.target === b.mention.fact.id);

/** True when another date of the sentence holds the whole of `t`'s record. */
const datedWhole = (t: DateTie, e: Span, expressions: readonly TemporalExpression[]) =>
  expressions.some(
    (x) =>
      x.start !== e.start &&
      x.interval !== null &&
      x.interval.start <= t.record.start &&
      x.interval.end >= t.record.end &&
      datedElsewhere(t, e, [x]),
  );

/** The rivals of `best` that the sentence does not date rightly with another of its dates. */
export function undatedRivals(
  best: DateTie,
  rivals: readonly DateTie[],
  e: Span,
  expressions: readonly TemporalExpression[],
): readonly DateTie[] {
  if (best.mention.strength !== 'alias' || best.mention.loose || !best.sameClause) return rivals;
  if (datedElsewhere(best, e, expressions)) return rivals;
  return rivals.filter((t) => !((partOf(t, best) || partOf(best, t)) && datedWhole(t, e, expressions)));
}
