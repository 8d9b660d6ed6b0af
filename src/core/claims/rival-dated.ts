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
import { gapDays } from './dates';
import { datedElsewhere } from './rivals-disagree';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

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

/**
 * True when another date of the sentence dates `t` rightly in a clause of `t`'s own words, away
 * from the date at `e` (ADR 0058): "with Sun Weidong when he was in the capital in mid-June, and
 * again with Wang Yi during his New Delhi visit in June": the talks with Sun have their date in
 * their own clause, so "in June" two clauses on is not theirs, however well it would fit them. The
 * other date must hold the whole record ("resumed in Demchok on November 1" leaves the rest of
 * patrols resumed over 1–4 November open).
 */
export function datedInOwnClause(
  text: string,
  sentence: Span,
  t: DateTie,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): boolean {
  const dateClause = clauseAt(text, sentence, e.start);
  return expressions.some((x) => {
    if (x.start === e.start || (x.start >= dateClause.start && x.start < dateClause.end)) return false;
    // (Not a date that overlaps this one: "A week ago today, …; today, …" leaves it open which is whose.)
    if (x.interval && e.interval && gapDays(x.interval, e.interval) === 0) return false;
    const clause = clauseAt(text, sentence, x.start);
    return t.mention.positions.some((p) => p >= clause.start && p < clause.end) && datedWhole(t, e, [x]);
  });
}
