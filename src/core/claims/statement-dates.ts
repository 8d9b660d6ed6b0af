/**
 * Facts that are themselves something said: an assurance, a pledge, a promise (issue #7). The
 * day the speaker told someone is that fact's own day: "Wang Yi told his Indian counterpart
 * last month that Beijing was attending to India's needs" dates the assurance, as "announced
 * on Oct. 9" dates a notice. Used by date-owners.ts, where a reporting date otherwise belongs
 * only to notices, statements and their named speakers.
 *
 * So is a document that says something (a fact sheet, a readout): "A White House fact sheet
 * released last Saturday said China would issue general licences" dates the fact sheet, as
 * "the notice issued on Friday" dates the notice (ADR 0045, round 23).
 */

/** Own words of a fact that is an act of speech addressed to someone. */
const STATEMENT_FACT = /\b(?:assur|pledg|promis|vow)/;

/**
 * A verb of telling someone, then its addressee, right before the date ("told S. Jaishankar on
 * Friday", "assured his counterpart last month"); no other verb or clause boundary between.
 */
const TOLD_BEFORE =
  /\b(?:told|assured|pledged\s+to|promised)\s+(?:(?!(?:that|will|would|is|are|was|were|to|had|has|have)\b)[\w'’.-]+\s+){1,5}?(?:on\s+)?$/i;

/** Own words of a fact that is a document saying something. */
const DOCUMENT_FACT = /\b(?:fact ?sheet|factsheet|readout)\b/i;

/**
 * The document's own noun, then a verb of putting it out, right before the date ("fact sheet
 * released last Saturday", "readout, issued on Monday,"): the day it came out. Not a document
 * that says something on a day of another's ("Beijing's notice today said nothing about the fact
 * sheet"): there the date follows another noun.
 */
const RELEASED_BEFORE =
  /\b(?:fact ?sheets?|factsheets?|readouts?)\s*,?\s+(?:(?:that|which)\s+)?(?:(?:was|were)\s+)?(?:released|issued|published|posted|put\s+out)\s+(?:on\s+)?$/i;

/**
 * A verb of putting the document out, then the document and what it is on, before the date ("released
 * its fact sheet on the Busan outcomes on Friday"): the day it came out (ADR 0117, rule 3).
 */
const RELEASED_DOCUMENT_BEFORE =
  /\b(?:released|issued|published|posted|put\s+out)\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:fact ?sheets?|factsheets?|readouts?)\b(?:\s+(?!(?:will|would|shall|is|are|was|were|to|that|had|has|have)\b)[\w'’.-]+){0,6}?\s+(?:on\s+)?$/i;

/**
 * A speaker's name (one to four capitalised words, after "The" or nothing, at the start of its
 * clause), then a verb of saying, right before the date ("The White House said Wednesday").
 */
const NAMED_SPEAKER_SAID =
  /(?:[.;:]\s+|,\s+|\n)(?:[Tt]he\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:said|stated|announced|confirmed|declared)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/;

/**
 * "The White House said Wednesday that China will issue general licences" (ADR 0107): the fact
 * is a document that says something (a fact sheet, a readout), and the speaker named right before
 * the verb of saying is a name among the document's own words ("White House" of the White House
 * fact sheet): what that speaker said is the document, and the day is its day. Not a speaker the
 * document's words do not name ("Bessent said on Sunday"), nor a verb with words between it and
 * the date.
 */
export function ownSpeakerSaid(text: string, dateStart: number, own: string): boolean {
  if (!DOCUMENT_FACT.test(own)) return false;
  const from = Math.max(0, dateStart - 80);
  // (A clause's start: the text's own start counts as one.)
  const m = NAMED_SPEAKER_SAID.exec(`${from === 0 ? '\n' : ''}${text.slice(from, dateStart)}`);
  return m?.[1] !== undefined && wordsOf(own).includes(wordsOf(m[1]));
}

/** Lower-case words between single spaces, for matching a name as whole words. */
const wordsOf = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim()} `;

/**
 * True when the fact is an assurance or pledge and the date is the day its speaker told
 * someone, or the fact is a document and the date the day it was put out, or the day the
 * speaker its own words name said it.
 */
export function statementOwnsDate(text: string, dateStart: number, own: string): boolean {
  const before = text.slice(Math.max(0, dateStart - 60), dateStart);
  return (
    (STATEMENT_FACT.test(own) && TOLD_BEFORE.test(before)) ||
    (DOCUMENT_FACT.test(own) &&
      (RELEASED_BEFORE.test(before) ||
        RELEASED_DOCUMENT_BEFORE.test(text.slice(Math.max(0, dateStart - 100), dateStart)))) ||
    ownSpeakerSaid(text, dateStart, own)
  );
}
