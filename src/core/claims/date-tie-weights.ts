/**
 * How much a date's candidate weighs by the way it was found: a cue or name over keywords in the
 * date's clause, and keywords strong enough (or too weak) to decide a date. Split from
 * check-dates.ts.
 */
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import { cueCompletedByParagraph } from './paragraph-cue';
import type { TemporalExpression } from './temporal';
import { clauseAt, type Tie } from './ties';

/**
 * "Indian troops carried out their first patrol in the Depsang Plains on Thursday": the patrol
 * named by its cue in the date's clause, the disengagement only by its keywords there (troops,
 * Depsang): a fact found only by words is no rival to one cued or named there (round 17).
 */
export const cuedOverKeywords = (best: DateTie, t: DateTie) =>
  t.mention.strength === 'evidence' &&
  // (A part and its whole stay close candidates: "Modi and Xi met … at the summit in Tianjin".)
  !partOfOther(best, t) &&
  !partOfOther(t, best) &&
  best.mention.strength !== 'evidence' &&
  best.sameClause &&
  best.whole &&
  !best.mention.derived &&
  !best.mention.inherited &&
  !best.mention.loose;

/**
 * "Xi recalled their meeting in Kazan last April": a date that agrees with no candidate goes first
 * to the one whose record is nearest it, here a meeting found only by its word "meeting". Keywords
 * too weak to decide a date do not take it from an event named or cued, whole, in the date's clause
 * (the rule `cuedOverKeywords` states for rivals): that event comes first (ADR 0045, round 23).
 */
export function namedOverKeywords(order: readonly DateTie[], weak: (t: DateTie) => boolean): DateTie[] {
  const [first] = order;
  if (!first || first.cmp.agrees || !weak(first)) return [...order];
  const named = order.find((t) => t !== first && cuedOverKeywords(t, first));
  return named ? [named, ...order.filter((t) => t !== named)] : [...order];
}

const partOfOther = (a: DateTie, b: DateTie) =>
  (a.mention.fact.relations ?? []).some((r) => r.type === 'part-of' && r.target === b.mention.fact.id);

/** Keyword evidence strong enough to decide a date: several of the fact's words, all in the value's clause. */
const strongEvidence = (t: Tie) =>
  (t.whole && t.mention.framed === true) ||
  (t.whole && (t.mention.keywords ?? 0) >= STRONG_KEYWORDS && t.mention.score >= STRONG_EVIDENCE);
export const STRONG_KEYWORDS = 3;

/** Keywords alone, too weak to decide a date: not strong, and no cue of the fact completed by its paragraph. */
export const weakKeywords = (c: Checker, e: TemporalExpression, t: DateTie) =>
  t.mention.strength === 'evidence' &&
  !strongEvidence(t) &&
  !cueCompletedByParagraph(c.input.spans, c.sentence, e, t.mention.fact) &&
  !betweenSubjectAndVerb(c, e, t);

/** A finite verb in the past right after a date: "… on Friday issued", "on Tuesday announced". */
const VERB_AFTER =
  /^\s+(?:(?:formally|jointly|also|officially)\s+)?(?:[a-z]+ed|issued|made|held|met|took|began|set|shut|put|sent|gave|brought|laid)\b/;

/**
 * "China's Ministry of Commerce and the General Administration of Customs on Friday issued an
 * announcement suspending …": a date between a clause's subject and its verb dates that clause's
 * act. When the fact's words stand on both sides of it in that clause (the actor before, the act
 * after) and no other date stands between, the keywords describe the very act the date dates.
 */
export function betweenSubjectAndVerb(c: Checker, e: TemporalExpression, t: DateTie): boolean {
  const text = c.input.text;
  if (!t.whole || (t.mention.keywords ?? 0) < 2 || !VERB_AFTER.test(text.slice(e.end, e.end + 40)))
    return false;
  const clause = clauseAt(text, c.sentence, e.start);
  const own = t.mention.positions.filter((p) => p >= clause.start && p < clause.end);
  const before = own.filter((p) => p < e.start);
  const after = own.filter((p) => p >= e.end);
  if (!before.length || !after.length) return false;
  // (No other date between the fact's words and this one: "measures released on Oct. 9" dates another act.)
  const others = (c.expressions ?? []).filter((o) => o.start !== e.start);
  const from = Math.min(...before);
  const to = Math.max(...after);
  return !others.some((o) => o.start >= from && o.end <= to + 1);
}
export const STRONG_EVIDENCE = 12;
