/**
 * A named part against its whole found by keywords (ADR 0042, round 26), for partNamedIn in
 * date-ties.ts.
 *
 * "The first group of pilgrims crossed the Nathu La pass on June 28": the pilgrimage (the whole)
 * is found only by keywords ("pilgrims", "Nathu La", "Tibet"), the first Nathu La batch (its part)
 * by its cue, all of it in the date's clause. Keywords say what a sentence is about, not which
 * event a date is; a cue of the part in the date's own clause is the more specific reading, even
 * where one of the whole's keywords stands nearer the date ("entered Tibet on June 21") or is the
 * very word of the part's cue ("Nathu La").
 *
 * "… ten batches via Nathu La in Sikkim, where the first group entered Tibet on June 21": a
 * relative "where" stands for the place named right before it, so that place is read as part of
 * the clause it opens. The antecedent is the last conjunct before ", where" (after the last
 * "and"/"or" or comma), never the whole clause before ("via Lipulekh and … via Nathu La").
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mention-types';

/** A part cued or named, against a whole found only by keywords. */
export const cuedOverKeywords = (part: Mention, whole: Mention): boolean =>
  whole.strength === 'evidence' && part.strength !== 'evidence';

/** ", where" opening a clause, with the text before it. */
const WHERE_OPENS = /^\s*where\b/i;
/** The start of the last conjunct before ", where": after the last "and", "or" or comma. */
const LAST_CONJUNCT = /(?:^|,|\band\b|\bor\b)(?![\s\S]*(?:,|\band\b|\bor\b))/i;

/**
 * The clause `clause` widened back over the antecedent of its opening "where", or `clause` itself
 * when it does not open with "where" after a comma.
 */
export function withWhereAntecedent(text: string, sentence: Span, clause: Span): Span {
  if (!WHERE_OPENS.test(text.slice(clause.start, clause.start + 12))) return clause;
  const before = text.slice(sentence.start, clause.start).replace(/[\s,]+$/, '');
  if (before.length === text.slice(sentence.start, clause.start).length) return clause;
  const m = LAST_CONJUNCT.exec(before);
  if (!m) return clause;
  return { start: sentence.start + m.index + m[0].length, end: clause.end };
}
