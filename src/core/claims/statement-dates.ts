/**
 * Facts that are themselves something said: an assurance, a pledge, a promise (issue #7). The
 * day the speaker told someone is that fact's own day: "Wang Yi told his Indian counterpart
 * last month that Beijing was attending to India's needs" dates the assurance, as "announced
 * on Oct. 9" dates a notice. Used by date-owners.ts, where a reporting date otherwise belongs
 * only to notices, statements and their named speakers.
 */

/** Own words of a fact that is an act of speech addressed to someone. */
const STATEMENT_FACT = /\b(?:assur|pledg|promis|vow)/;

/**
 * A verb of telling someone, then its addressee, right before the date ("told S. Jaishankar on
 * Friday", "assured his counterpart last month"); no other verb or clause boundary between.
 */
const TOLD_BEFORE =
  /\b(?:told|assured|pledged\s+to|promised)\s+(?:(?!(?:that|will|would|is|are|was|were|to|had|has|have)\b)[\w'’.-]+\s+){1,5}?(?:on\s+)?$/i;

/** True when the fact is an assurance or pledge and the date is the day its speaker told someone. */
export function statementOwnsDate(text: string, dateStart: number, own: string): boolean {
  return STATEMENT_FACT.test(own) && TOLD_BEFORE.test(text.slice(Math.max(0, dateStart - 60), dateStart));
}
