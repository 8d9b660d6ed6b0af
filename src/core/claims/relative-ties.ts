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
import { genericNounOnly } from './generic-noun';
import type { Reason } from './reasons';
import { namedByNoun, namedInRelative, type RelativeClause, relativeClauseOf } from './relative-clause';
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
  // "required licences for exports … under rules it introduced on April 4": a noun and verb that
  // every instrument shares do not say which one the clause's noun is (generic-noun.ts).
  if (genericNounOnly(named, ties)) return ties;
  // "the US tariffs announced on Wednesday": a participle relative only says no fact of the
  // sentence owns its date when none is named in it; when one is ("measures released on Oct.
  // 9, covering …"), the phrase goes on past it, and the ties are weighed as usual.
  if (!relative.participle) return nameOfTheNoun(relative, named);
  // "a White House fact sheet released on Nov. 2, which said …": when the participle's noun
  // phrase itself names a fact, the date is that fact's, whatever the rest of the sentence is about.
  const byNoun = named.filter((t) => t.mention.strength === 'alias' && namedByNoun(relative, t.mention));
  const noun = byNoun.length === 1 ? byNoun[0] : undefined;
  return noun ? { claim: dateClaim(c, e, noun, claimed, read, []), anchor: noun.record } : ties;
}

/** The words a name was found by: from its start, as long as the words it quotes. */
function aliasSpan(m: DateTie['mention']): { start: number; end: number } | null {
  const at = m.positions[0];
  const quote = m.via.params?.quote;
  return at === undefined || typeof quote !== 'string' ? null : { start: at, end: at + quote.length };
}

/**
 * "the two-day SCO summit in Tianjin, which runs to September 1": when the clause's noun phrase
 * is one fact's name, a fact cued there only through that name's words ("SCO" of the Modi–Xi
 * meeting's "Modi + Xi + SCO") is not the noun; the clause dates the named fact.
 */
function nameOfTheNoun(rel: RelativeClause, named: DateTie[]): DateTie[] {
  const byNoun = named.filter((t) => t.mention.strength === 'alias' && namedByNoun(rel, t.mention));
  const name = byNoun.length === 1 ? aliasSpan((byNoun[0] as DateTie).mention) : null;
  if (!name) return named;
  const inNoun = (p: number) => [rel.head, rel.last].some((s) => p >= s.start && p < s.end);
  const inClause = (p: number) => p >= rel.clause.start && p < rel.clause.end;
  const kept = named.filter((t) => {
    if (t.mention.strength !== 'cue' || t.mention.positions.some(inClause)) return true;
    const own = t.mention.positions.filter(inNoun);
    return !own.length || own.some((p) => p < name.start || p >= name.end);
  });
  return kept.length ? kept : named;
}
