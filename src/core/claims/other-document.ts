/**
 * "… their US-specific curbs stem from 2024's Announcement No. 46, partly suspended on 9 Nov until
 * 27 Nov 2026": news names a regulator's document by its number, and a number the fact base has
 * under no fact's name is another document. A date in that document's clause is its own, or its
 * act's (here the suspension of No. 46); a fact found there only by cue or keywords ("suspended …
 * until", which also fits the suspension of the October 2025 controls) is not what the date
 * dates. Only a fact named by its own name there is (issue #7, ADR 0071).
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { clauseAt } from './ties';

/** A numbered document: "Announcement No. 46", "Order No 12", "Decree Number 3". */
const NUMBERED_DOCUMENT =
  /\b(?:Announcement|Notice|Notification|Order|Decree|Circular|Resolution|Regulation|Directive|Proclamation|Ordinance|Decision)\s+(?:No\.?|Number)\s*\d+\b/gi;

/** True when the date's clause names, before the date, a numbered document that is no fact's name in the fact base. */
export function unknownDocumentBefore(c: Checker, e: Span): boolean {
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  const words = text.slice(clause.start, e.start);
  NUMBERED_DOCUMENT.lastIndex = 0;
  for (let m = NUMBERED_DOCUMENT.exec(words); m; m = NUMBERED_DOCUMENT.exec(words)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    if (!c.input.analysis.terms.some((t) => t.start < end && start < t.end)) return true;
  }
  return false;
}
