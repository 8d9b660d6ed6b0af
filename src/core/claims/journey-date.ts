/**
 * "Modi is expected to travel to Kazan tomorrow for the BRICS summit": a date right after a verb
 * of travel and its destination dates the journey, not an event held there; a meeting at the
 * place may fall a day or more later. Such a date is a claim only for a journey (a visit, a trip)
 * or for a fact it agrees with (ADR 0050).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { clauseAt } from './ties';

const JOURNEY_BEFORE =
  /\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|arriv(?:e|es|ed|ing)|leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|land(?:s|ed|ing)?|set(?:s|ting)? off|set out)\s+(?:(?:to|for|in|at|into|from)\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:on\s+|in\s+)?$/;

/**
 * "Xi, who reached Kazan on Tuesday, …": a person reaching a place (ADR 0100). Only after "who":
 * a patrol that "reaches Depsang" or a framework "reached in Kuala Lumpur" is the event itself.
 */
const PERSON_REACHED = /,\s*who\s+(?:had\s+|has\s+)?reached\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:on\s+|in\s+)?$/;

/** True when the date at `e` is the day of a journey to (or from) a named place. */
export function journeyDate(text: string, sentence: Span, e: Span): boolean {
  const clause = clauseAt(text, sentence, e.start);
  const before = text.slice(Math.max(clause.start, e.start - 80), e.start);
  return JOURNEY_BEFORE.test(before) || PERSON_REACHED.test(before);
}

/** A fact that is itself a journey ("Jaishankar visits China", "Modi's trip to Tianjin"). */
export const isJourney = (fact: Fact): boolean =>
  /\b(?:visits?|visited|trip|tour|travels?|journey|arriv\w*|flights?|yatra|pilgrimage|crossing)\b/i.test(
    fact.title,
  );
