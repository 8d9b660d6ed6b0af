/**
 * A date in an aside on the sentence's subject (issue #7, ADR 0100). "Wang Yi, who flew into New
 * Delhi on Monday and met Jaishankar the same day, is scheduled to hold boundary talks with Doval
 * and call on Modi today": the aside (", who … ,", closed by a comma and the main verb) tells the
 * subject's own earlier acts; its dates are theirs. An event the main predicate names or cues
 * (the talks, by Doval's name after the aside) is what the subject does next, not what the
 * aside's date dates. Such a fact is no candidate for the date; a fact the aside itself names
 * still is ("Doval, who held the 24th round with Wang on 18 August, …": a wrong day, still wrong).
 */
import type { Span } from '../match/sentences';
import { isJourney } from './journey-date';
import type { Mention } from './mentions';
import { someCueGroup } from './ties';

/**
 * ", who", ", having": an aside on a person opens after the name. (Not ", which": an aside on an
 * event noun dates that event, which the main predicate goes on to describe — "The trip, which
 * began on Sunday, was Jaishankar's first to China in five years"; relative-clause.ts reads it.)
 */
const ASIDE_OPEN = /,\s*(?:who|having)\s/gi;

/** A comma, then the main clause's verb: the aside closes there. */
const MAIN_VERB_AFTER =
  /^,\s*(?:(?:also|then|later|now|still|since|already|finally)\s+)?(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|shall|should|did|does|[a-z]{3,}ed|met|held|said|told|flew|went|came|gave|took|made|left|saw|spoke|began|won|meets|holds|says|calls|visits|arrives|heads|leads)\b/;

/** The noun an aside hangs on: at most this many words after the last comma (or the start). */
const ANTECEDENT_WORDS = 8;

export interface SubjectAside {
  /** From the comma that opens the aside to the comma that closes it. */
  readonly aside: Span;
  /** From the closing comma to the end of the sentence: the main predicate and what follows. */
  readonly main: Span;
}

/**
 * The aside on the subject before the end of `e` (holding the date, or closed before it with the
 * date in the main predicate), or null.
 */
export function subjectAsideOf(text: string, sentence: Span, e: Span): SubjectAside | null {
  const before = text.slice(sentence.start, e.start);
  let open = -1;
  ASIDE_OPEN.lastIndex = 0;
  for (let m = ASIDE_OPEN.exec(before); m; m = ASIDE_OPEN.exec(before)) open = m.index;
  if (open < 0) return null;
  const head = before.slice(0, open);
  const noun = head.slice(head.lastIndexOf(',') + 1).trim();
  if (!noun || noun.split(/\s+/).length > ANTECEDENT_WORDS) return null;
  const start = sentence.start + open;
  // The aside closes at the first comma that the main verb follows.
  for (let at = text.indexOf(',', start + 1); at >= 0 && at < sentence.end; at = text.indexOf(',', at + 1))
    if (MAIN_VERB_AFTER.test(text.slice(at, at + 40)))
      return { aside: { start, end: at }, main: { start: at, end: sentence.end } };
  return null;
}

/**
 * True when the main predicate after the aside names or cues the fact, and the aside does not name
 * it. Not a journey: the person's visit holds the aside's arrival as well as the main predicate's
 * acts ("Jaishankar, who arrived on Sunday, is due to attend the SCO meeting in Tianjin on Tuesday").
 */
export function ofTheMainPredicate(m: Mention, sentence: Span, a: SubjectAside): boolean {
  if (isJourney(m.fact)) return false;
  const inMain = (p: number) => p >= a.main.start && p < a.main.end;
  const inAside = (p: number) => p >= a.aside.start && p < a.aside.end;
  if (m.strength === 'cue') return someCueGroup(m, sentence, inMain);
  return m.positions.some(inMain) && !m.positions.some(inAside);
}

/** A journey to a named place ("who reached Kazan", "who flew into New Delhi"). */
const TRAVEL_TO_PLACE =
  /\b(?:fl(?:ew|own)|arrived|landed|reached|travell?ed|came|went|headed|touched\s+down)\s+(?:(?:to|for|in|at|into)\s+)?(?:the\s+)?[A-Z]/;

/**
 * True when the fact is found only inside the aside: the subject's earlier act, which a date of
 * the main predicate does not date ("Jaiswal, who confirmed on Thursday that firms had received
 * licences, said on Friday that …": Friday is the saying's, not the licences'). Not a name in an
 * aside of a journey: "Trump, who reached Busan on Wednesday, meets Xi today" names by its place
 * the meeting the main predicate tells.
 */
export function ofTheAsideOnly(text: string, m: Mention, sentence: Span, a: SubjectAside): boolean {
  if (m.strength === 'alias' && TRAVEL_TO_PLACE.test(text.slice(a.aside.start, a.aside.end))) return false;
  const own = m.positions.filter((p) => p >= sentence.start && p < sentence.end);
  return own.length > 0 && own.every((p) => p >= a.aside.start && p < a.aside.end);
}
