/**
 * "Modi, in China for the first time in over seven years, met Xi": a length after being in (or
 * going to) a place "for the first time" is the gap between visits there. A gap of something
 * else cued in the sentence (the two leaders' meetings) does not own it (ADR 0051).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { isJourney } from './journey-date';

/**
 * ", in China for the first time in", "travelled to Beijing for the first time in nearly": being in
 * or going to a place (after a comma, a copula or a verb of travel; not "met in Beijing in December").
 */
const PRESENCE_FIRST =
  /(?:,\s*|\b(?:is|was|are|were|be|been|being|arrived|arrives|arriving|travel(?:l?ed|s|l?ing)?|went|goes|going|came|comes|coming|flew|flies|returned|returns|returning)\s+)(?:in|to|into)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:[A-Z][\w.'’-]*\s+){1,3}for\s+the\s+first\s+time\s+in\s+(?:[a-z]+\s+){0,2}$/;

/** True when the length at `span` counts visits to a place and `fact` is no visit's gap. */
export function presenceGapOfOther(text: string, span: Span, fact: Fact): boolean {
  return PRESENCE_FIRST.test(text.slice(Math.max(0, span.start - 80), span.start)) && !isJourney(fact);
}
