/**
 * A part named where only keywords find its whole (issue #7, ADR 0042): "On Aug. 25 in New Delhi
 * he held the 24th round of talks …" in a report on Wang Yi's visit. The date agrees with neither
 * the round nor the visit; the visit's keywords (New Delhi, talks) sit nearer, so the nearness
 * order puts the visit first, and a visit found by keywords alone may not take a wrong date. But
 * the sentence names the round itself, and the round is part of the visit: the more specific
 * event, named, is what the date is about, and the whole found only by its words is no rival to
 * its own part. Used by check-dates.ts before the best candidate is chosen.
 */
import { otherExpressionsIn } from './check-common';
import type { DateTie } from './date-ties';
import { RANK } from './mentions';
import type { TemporalExpression } from './temporal';

/** True when `t` is named (by name or by a whole cue) in the date's clause, not by a stand-in. */
const namedHere = (t: DateTie) =>
  RANK[t.mention.strength] >= RANK.cue &&
  t.whole &&
  t.sameClause &&
  !t.related &&
  !t.mention.derived &&
  !t.mention.inherited &&
  !t.mention.loose;

const partOf = (t: DateTie, whole: DateTie) =>
  (t.mention.fact.relations ?? []).some((r) => r.type === 'part-of' && r.target === whole.mention.fact.id);

/**
 * The candidates with the named part first and its whole dropped, when the first candidate is a
 * whole found only by keywords too weak to own a date (`weak`) that the date does not agree with,
 * and a part of it is named in the date's clause with no other date between the two ("with
 * Jaishankar on Saturday and, the next day, sat down with Doval for the 24th round": the round
 * has its own day). Otherwise the candidates as they are.
 */
export function partOverWhole(
  tied: readonly DateTie[],
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
  weak: (t: DateTie) => boolean,
  sentence = '',
): DateTie[] {
  const whole = tied[0];
  if (!whole || whole.cmp.agrees) return [...tied];
  const part = tied.find(
    (t) => namedHere(t) && partOf(t, whole) && !t.cmp.agrees && !dateBetween(expressions, e, t.at),
  );
  // (Also a whole only cued, when its part is named by its name: "Wang Yi … held the 24th round
  // of talks between the Special Representatives in New Delhi on Thursday", round 17.)
  if (!part || !(weak(whole) || (namedOverCued(part, whole) && !ownNounIn(whole, sentence))))
    return [...tied];
  return [part, ...tied.filter((t) => t !== part && t !== whole)];
}

/** The part named by its name, the whole only by a cue or keywords. */
const namedOverCued = (part: DateTie, whole: DateTie) =>
  part.mention.strength === 'alias' && RANK[whole.mention.strength] < RANK.alias;

/**
 * True when the sentence holds a common noun of the whole's own title, as a word or its verb
 * ("Last month, Wang Yi visited New Delhi and … held the 24th round": the visit is what the
 * sentence dates, its round one of the things done on it).
 */
function ownNounIn(whole: DateTie, sentence: string): boolean {
  const nouns = whole.mention.fact.title
    .replace(/\([^)]*\)/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => /^\p{Ll}{4,}$/u.test(w));
  return nouns.some((n) => new RegExp(`\\b${n.slice(0, 5)}`, 'i').test(sentence));
}

/** Another temporal expression between the date and offset `at`. */
function dateBetween(expressions: readonly TemporalExpression[], e: TemporalExpression, at: number): boolean {
  const [start, end] = at < e.start ? [at, e.start] : [e.end, at];
  return otherExpressionsIn(expressions, e, { start, end }).length > 0;
}
