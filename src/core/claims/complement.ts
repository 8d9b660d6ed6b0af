/**
 * "On 30 October, Beijing agreed in Busan to pause its October controls for a year": an event
 * named only in the infinitive complement of a verb of agreeing, deciding or intending is what
 * was agreed, still to happen; a date before the complement dates the agreeing, not the event.
 * (ADR 0040.) An agreement of its own ("agreed on Oct. 21 to restore patrolling", where the fact
 * is the agreement) keeps the date: that fact is the agreeing.
 */

import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { clauseAt } from './ties';

/** Verbs whose infinitive complement is a plan, not a deed ("moved to", "voted to" are deeds). */
const INTENT_VERB =
  /\b(?:agree[sd]?|decide[sd]?|pledge[sd]?|promise[sd]?|vow(?:s|ed)?|resolve[sd]?|undert(?:ook|akes?)|commit(?:s|ted)|offer(?:s|ed)|plan(?:s|ned)?|intend(?:s|ed)?|threaten(?:s|ed)?|propose[sd]?)\b/gi;

/** What follows "to" when it is no verb: a determiner or a noun ("agreed to a truce", "to patrolling arrangements"). */
const NOT_A_VERB =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|your|new|further|more|all|both|some|any|each|no|such|terms)$|(?:ing|tion|tions|ment|ments|ance|ence|ship)$|[^su]s$/i;

/** A fact that is itself an agreement, decision or plan: the agreeing is its own date. */
const AGREEMENT_TITLE =
  /\b(?:agree|agreement|deal|consensus|understanding|truce|pact|accord|arrangement|decision|plan)\b/i;

/**
 * The complement a date in `sentence` stands before, or null: from "to" after an intent verb of
 * the date's clause (the verb before or after the date, the date before "to") to the clause's end.
 */
export function complementAfter(text: string, sentence: Span, e: Span): Span | null {
  const clause = clauseAt(text, sentence, e.start);
  const slice = text.slice(clause.start, clause.end);
  INTENT_VERB.lastIndex = 0;
  for (let m = INTENT_VERB.exec(slice); m; m = INTENT_VERB.exec(slice)) {
    const after = clause.start + m.index + m[0].length;
    // Up to six words (a place, the date itself) between the verb and its "to".
    const to = /^(?:\s+(?!to\b)[^\s]+){0,6}?\s+to\s+([a-z]+)\b/.exec(text.slice(after, clause.end));
    if (!to || NOT_A_VERB.test(to[1] as string)) continue;
    const at = after + to[0].length - (to[1] as string).length - 3;
    if (e.end <= at && e.start >= clause.start) return { start: at, end: clause.end };
  }
  return null;
}

/** Where the sentence names a fact, the date's own words ("October" of "30 October") aside. */
export const namedAside = (positions: readonly number[], sentence: Span, e: Span) =>
  positions.filter((p) => p >= sentence.start && p < sentence.end && (p < e.start || p >= e.end));

/**
 * True when `fact`, named at `positions` only inside `complement` (words of the date `e` itself,
 * "October" of "30 October", aside), is what was agreed, not the agreeing.
 */
export function onlyInComplement(
  fact: Fact,
  positions: readonly number[],
  sentence: Span,
  e: Span,
  complement: Span,
): boolean {
  if (AGREEMENT_TITLE.test(fact.title)) return false;
  const own = namedAside(positions, sentence, e);
  return own.length > 0 && own.every((p) => p >= complement.start && p < complement.end);
}

/** Verbs of saying whose "that" clause is what was said ("acknowledged, for the first time, that …"). */
const SAYING_VERB =
  /\b(?:acknowledge[sd]?|admit(?:s|ted)?|confirm(?:s|ed)?|conceded?|concedes|reveal(?:s|ed)?|disclose[sd]?|announce[sd]?|state[sd]?|said|says|claim(?:s|ed)?|report(?:s|ed)?|declare[sd]?)\b/gi;

/**
 * "The PLA Daily acknowledged, for the first time, that four soldiers had died at Galwan eight
 * months ago": a date inside the "that" clause of a verb of saying dates what was said, not the
 * saying. The saying verb (where a fact of saying is named) and the clause, or null.
 */
export function sayingAround(text: string, sentence: Span, e: Span): { verb: Span; said: Span } | null {
  const before = text.slice(sentence.start, e.start);
  // The nearest "that" before the date, with no clause break (";", a full stop) between.
  const that = /\bthat\b(?![^;]*\bthat\b)[^;]*$/i.exec(before);
  if (!that) return null;
  const thatAt = sentence.start + that.index;
  // The verb right before "that", up to one phrase set off by commas between ("acknowledged, for
  // the first time, that"), or a few plain words ("said on Friday that").
  const lead = text.slice(Math.max(sentence.start, thatAt - 60), thatAt);
  SAYING_VERB.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = SAYING_VERB.exec(lead); m; m = SAYING_VERB.exec(lead)) verb = m;
  if (!verb) return null;
  const between = lead.slice(verb.index + verb[0].length);
  if (!/^(?:\s*,[^,;]{0,40},\s*|(?:\s+[\w'’-]+){0,4}\s+)$/.test(between)) return null;
  const verbAt = thatAt - lead.length + verb.index;
  const rest = text.slice(e.end, sentence.end);
  const stop = /;/.exec(rest);
  return {
    verb: { start: verbAt, end: verbAt + verb[0].length },
    said: { start: thatAt, end: stop ? e.end + stop.index : sentence.end },
  };
}

/** True when `positions` name a fact at the saying verb itself: the fact is the saying. */
export const namedBySaying = (positions: readonly number[], verb: Span): boolean =>
  positions.some((p) => p >= verb.start && p < verb.end);

/**
 * "China's October tightening of controls on rare earths, which Beijing on Thursday agreed to
 * pause": a date right by the verb of agreeing dates the agreeing; a fact named only before the
 * date's clause (the relative clause's antecedent, what the complement acts on) is not its (ADR 0056).
 */
export function namedOnlyBeforeAgreeing(
  text: string,
  fact: Fact,
  positions: readonly number[],
  sentence: Span,
  e: Span,
  complement: Span,
): boolean {
  if (AGREEMENT_TITLE.test(fact.title)) return false;
  // The date stands by the verb: at most two words between ("on Thursday agreed", "agreed on Thursday").
  if (!/^\s*(?:[\w'’-]+\s+){1,2}$/.test(text.slice(e.end, complement.start))) return false;
  if (/\b(?:and|or|but)\b|[,;]/.test(text.slice(e.end, complement.start))) return false;
  // The date's clause: from a relative pronoun after a comma ("…, which Beijing on Thursday").
  const clause = clauseAt(text, sentence, e.start);
  const lead = text.slice(clause.start, e.start);
  const relative = /,\s*(?:which|that)\s+(?:(?!,)[^,])*$/i.exec(lead);
  if (!relative) return false;
  const start = clause.start + relative.index;
  const own = namedAside(positions, sentence, e);
  return own.length > 0 && own.every((p) => p < start);
}
