/**
 * A date framed as the day of an act the sentence sets apart from its main clause (issue #7,
 * ADR 0100): a bound of a "between" frame (between-frame.ts), or an aside on the subject and the
 * main predicate after it (subject-aside.ts). A fact of the other part is no candidate for the
 * date. Used by check-dates.ts.
 */
import { betweenBound, foundInBound } from './between-frame';
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import { ofTheAsideOnly, ofTheMainPredicate, subjectAsideOf } from './subject-aside';
import type { TemporalExpression } from './temporal';

/** The ties left once a frame's or an aside's date leaves out the facts of the main clause. */
export function ownActTies(c: Checker, e: TemporalExpression, ties: DateTie[]): DateTie[] {
  const text = c.input.text;
  const bound = betweenBound(text, c.sentence, e, c.expressions ?? []);
  if (bound) return ties.filter((t) => foundInBound(t.mention, bound));
  const aside = subjectAsideOf(text, c.sentence, e);
  if (!aside) return ties;
  // A date in the aside: not the main predicate's facts; a date after it: not the aside's.
  return e.start < aside.aside.end
    ? ties.filter((t) => !ofTheMainPredicate(t.mention, c.sentence, aside))
    : ties.filter((t) => !ofTheAsideOnly(text, t.mention, c.sentence, aside));
}
