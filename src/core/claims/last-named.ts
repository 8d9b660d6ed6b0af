/**
 * "The two leaders last met in Kazan, Russia, in July last year": a "last <verb>" followed by
 * the fact's own name before the date says which meeting was the last one, the named one; the
 * date is that fact's, not an earlier instance's (issue #7). Without the name between them
 * ("the pilgrimage was last held in 2019", "last held talks in December 2019") the phrase still
 * speaks of another instance (phases.ts).
 */

import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { escapeRegExp } from './words';

/**
 * True when every match of the "last" phase in the clause before `to` is followed, before the
 * value, by one of the fact's aliases (its names, matched whole and with their case).
 */
export function lastNamesOwnFact(
  text: string,
  clause: Span,
  to: number,
  phase: RegExp,
  value: Span,
  fact: Fact,
): boolean {
  if (!fact.aliases.length) return false;
  const alias = new RegExp(
    `(?<![\\w-])(?:${fact.aliases.map((a) => escapeRegExp(a.text)).join('|')})(?![\\w-])`,
  );
  const re = new RegExp(phase.source, phase.flags.includes('g') ? phase.flags : `${phase.flags}g`);
  const words = text.slice(clause.start, to);
  let seen = false;
  for (let m = re.exec(words); m; m = re.exec(words)) {
    const end = clause.start + m.index + m[0].length;
    if (end > value.start || !alias.test(text.slice(end, value.start))) return false;
    seen = true;
  }
  return seen;
}
