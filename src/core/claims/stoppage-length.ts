/**
 * "Sunday's first flight … revived a link suspended for five years": a length right after a verb
 * of stopping is how long the thing before it was stopped. A gap whose own words name no stoppage
 * or return (Trump and Xi's first face-to-face meeting in six years) is not that length (ADR 0056).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { ownWords } from './phases';

/** A verb of stopping right before the length: "suspended for", "halted for nearly", "frozen". */
const STOPPED_FOR =
  /\b(?:suspended|halted|frozen|stalled|closed|shut|paused|stopped|cancell?ed|canceled|barred|banned|blocked|discontinued)\s+(?:for\s+)?(?:(?:about|almost|nearly|more\s+than|over|some|roughly|around)\s+)?$/i;

/** Own words of a gap that is a stoppage, or the return after one. */
const STOPPAGE_WORDS =
  /suspen|halt|froz|freez|stall|clos|shut|paus|stop|cancel|barr|\bban|block|discontinu|resum|hiatus/;

/** True when the length `e` follows a verb of stopping and `fact`'s own words name no stoppage. */
export function stoppageOfOther(text: string, e: Span, fact: Fact): boolean {
  return (
    STOPPED_FOR.test(text.slice(Math.max(0, e.start - 40), e.start)) && !STOPPAGE_WORDS.test(ownWords(fact))
  );
}
