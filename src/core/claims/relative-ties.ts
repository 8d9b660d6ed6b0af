/**
 * The ties of a date that stands in a relative clause (ADR 0047, 0051): "ending a five-year gap …
 * that began in 2020" is its noun's; only a fact named there (or in the clause) may own it.
 * Split from check-dates.ts.
 */
import type { Checker } from './check-common';
import { dateClaim } from './date-claim';
import type { DateCheck } from './date-fallbacks';
import type { DateTie } from './date-ties';
import type { DateInterval } from './dates';
import type { Reason } from './reasons';
import { namedByNoun, namedInRelative, relativeClauseOf } from './relative-clause';
import type { TemporalExpression } from './temporal';

/** The ties left by the date's relative clause, or the check it settles; the ties unchanged without one. */
export function relativeTies(
  c: Checker,
  e: TemporalExpression,
  ties: DateTie[],
  claimed: DateInterval,
  read: Reason,
): DateTie[] | DateCheck {
  const relative = relativeClauseOf(c.input.text, c.sentence, e);
  if (!relative) return ties;
  // (A topic's event standing in, which the date agrees with, is kept: "the crisis on the
  // border, which began in May 2020" is the standoff the topic stands for.)
  const named = ties.filter(
    (t) => namedInRelative(c.input.text, relative, t.mention) || (t.mention.derived && t.cmp.agrees),
  );
  if (!named.length) return { claim: null, anchor: claimed };
  // "the US tariffs announced on Wednesday": a participle relative only says no fact of the
  // sentence owns its date when none is named in it; when one is ("measures released on Oct.
  // 9, covering …"), the phrase goes on past it, and the ties are weighed as usual.
  if (!relative.participle) return named;
  // "a White House fact sheet released on Nov. 2, which said …": when the participle's noun
  // phrase itself names a fact, the date is that fact's, whatever the rest of the sentence is about.
  const byNoun = named.filter((t) => t.mention.strength === 'alias' && namedByNoun(relative, t.mention));
  const noun = byNoun.length === 1 ? byNoun[0] : undefined;
  return noun ? { claim: dateClaim(c, e, noun, claimed, read, []), anchor: noun.record } : ties;
}
