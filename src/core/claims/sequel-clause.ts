/**
 * A later clause dated by its own sequence word (issue #7, ADR 0058): "Disengagement at Depsang and
 * Demchok was completed in mid-November, and coordinated patrolling has since resumed". The
 * clause after ", and" places its event after the first clause's with "since", "later", "then",
 * "afterwards", "subsequently" or "thereafter": it is dated relative to that event, not by the
 * first clause's date. So an event named only there is no rival for the first clause's date,
 * even when its own record happens to fit that date. Used by check-dates.ts for facts of another
 * clause that agree with a date; it only keeps a doubt away from the date's own event.
 */
import type { Span } from '../match/sentences';
import { clauseAt } from './ties';

/** A coordinated clause's opening: "and", "but", "and then" after the clause break. */
const COORDINATED = /^\s*(?:and|but)\b/i;

/** A sequence word of the clause's own: it comes after the event before it. */
const SEQUENCE =
  /\b(?:later|afterwards|afterward|subsequently|thereafter|then|(?:has|have|had|having)\s+since|since\s+then)\b/i;

/**
 * True when every offset of `at` (a candidate's words) lies in a clause after the date's clause,
 * opened by "and" or "but", that holds a sequence word.
 */
export function inSequelClause(text: string, sentence: Span, date: Span, at: readonly number[]): boolean {
  const own = clauseAt(text, sentence, date.start);
  return (
    at.length > 0 &&
    at.every((p) => {
      if (p < own.end) return false;
      const later = clauseAt(text, sentence, p);
      if (later.start < own.end) return false;
      // (To the next coordination: "has since resumed" is split at "since" by clauseAt.)
      const rest = text.slice(later.start, sentence.end);
      const next = rest.slice(3).search(/[,;]\s*(?:and|but)\b|;/);
      const words = next < 0 ? rest : rest.slice(0, next + 3);
      return COORDINATED.test(words) && SEQUENCE.test(words);
    })
  );
}
