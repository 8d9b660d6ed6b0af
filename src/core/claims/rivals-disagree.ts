/**
 * A date that disagrees with a part and with its whole alike ("Modi and Xi met in Tianjin on
 * Aug. 13": the meeting was on 31 August, the summit it was part of ran 31 August – 1 September)
 * is wrong whichever of the two it is about: the two are not rivals that make it ambiguous, they
 * are one event told at two scales (ADR 0042, round 18). Only a part and its whole: candidates
 * that are separate events may leave the date to a third one the fact base does not hold.
 */
import type { Span } from '../match/sentences';
import type { DateTie } from './date-ties';
import { type DateInterval, gapDays } from './dates';
import type { TemporalExpression } from './temporal';

const partOf = (a: DateTie, b: DateTie) =>
  (a.mention.fact.relations ?? []).some((r) => r.type === 'part-of' && r.target === b.mention.fact.id);

/**
 * "out of the 750 selected in May", "for the pilgrims chosen in April": a past participle right
 * after a noun phrase that is a preposition's object (so not the clause's subject) opens a
 * reduced relative; a date after it dates that noun's own act, a third event.
 */
const REDUCED_RELATIVE_BEFORE =
  /\b(?:of|from|among|for|with|to|by)\s+(?:the|its|their|those|these)\s+(?:[\d,]+(?:\s+[a-z][\w-]*s)?|[a-z][\w-]*s)\s+[a-z]{3,}(?:ed|en)(?:\s+(?:in|on|at|during))?\s*$/;

/**
 * "Pilgrims reached Tibet on 2 June and, on the 20th, the first batch … entered Tibet": a candidate
 * the sentence dates itself, rightly, with another of its dates is that date's event; this date
 * may be a third one's.
 */
export const datedElsewhere = (t: DateTie, e: Span, expressions: readonly TemporalExpression[]): boolean =>
  expressions.some(
    (x) =>
      x.start !== e.start &&
      x.interval !== null &&
      gapDays(x.interval, t.record) === 0 &&
      // (At about its own precision: "this year's yatra" does not date the yatra's weeks.)
      x.interval.end - x.interval.start <= t.record.end - t.record.start + SAME_PRECISION_DAYS,
  );
/** How much wider than a record another date of the sentence may be and still date it. */
export const SAME_PRECISION_DAYS = 7;

/** True when every rival is a part or the whole of `best` and disagrees with the date as `best` does. */
export function partAndWholeDisagree(
  text: string,
  e: TemporalExpression & Span,
  best: DateTie,
  rivals: readonly DateTie[],
  expressions: readonly TemporalExpression[],
  ties: readonly DateTie[] = [],
): boolean {
  return (
    rivals.length > 0 &&
    !best.cmp.agrees &&
    !REDUCED_RELATIVE_BEFORE.test(text.slice(Math.max(0, e.start - 80), e.start)) &&
    rivals.every((t) => !t.cmp.agrees && (partOf(best, t) || partOf(t, best))) &&
    ![best, ...rivals].some((t) =>
      datedElsewhere(
        t,
        e,
        expressions.filter((x) => !datesOtherPart(x, t, best, ties)),
      ),
    )
  );
}

/**
 * "the first batch crossing at Nathu La on June 3 and the first group at Lipulekh on July 10": the
 * other date is the right day of another part of the whole, named or cued in the sentence; it dates
 * that part, not the whole (whose weeks merely hold it), so the whole is no rival (ADR 0042, round 24).
 */
const datesOtherPart = (
  x: TemporalExpression,
  whole: DateTie,
  best: DateTie,
  ties: readonly DateTie[],
): boolean =>
  x.interval !== null &&
  ties.some(
    (o) =>
      o.mention.fact.id !== best.mention.fact.id &&
      o.mention.strength !== 'evidence' &&
      partOf(o, whole) &&
      x.interval !== null &&
      gapDays(x.interval, o.record) === 0 &&
      // At about the part's own precision, as datedElsewhere reads it: "a fortnight ago" (a week's
      // seven days, ADR 0076) dates a one-day crossing as "on July 10" does.
      x.interval.end - x.interval.start <= o.record.end - o.record.start + SAME_PRECISION_DAYS,
  );

/**
 * "The two heads of state met in Tianjin on Aug. 13": of a part and its whole that both disagree, a
 * single day names the part that lasted one day (the meeting), not the summit of two days around it.
 */
export function dayPart(claimed: DateInterval, best: DateTie, rivals: readonly DateTie[]): DateTie {
  if (claimed.precision !== 'day' || best.record.end === best.record.start) return best;
  return rivals.find((t) => partOf(t, best) && t.record.end === t.record.start) ?? best;
}
