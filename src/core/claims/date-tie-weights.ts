/**
 * How much a date's candidate weighs by the way it was found: a cue or name over keywords in the
 * date's clause, and keywords strong enough (or too weak) to decide a date. Split from
 * check-dates.ts.
 */
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import { cueCompletedByParagraph } from './paragraph-cue';
import type { TemporalExpression } from './temporal';
import type { Tie } from './ties';

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
  !cueCompletedByParagraph(c.input.text, c.sentence, e, t.mention.fact);
export const STRONG_EVIDENCE = 12;
