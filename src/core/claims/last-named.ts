/**
 * "The two leaders last met in Kazan, Russia, in July last year": a "last <verb>" followed by
 * the fact's own name before the date says which meeting was the last one, the named one; the
 * date is that fact's, not an earlier instance's (issue #7). Without the name between them
 * ("the pilgrimage was last held in 2019", "last held talks in December 2019") the phrase still
 * speaks of another instance (phases.ts).
 */

import type { Fact } from '../facts/schema';
import { globalMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';
import { escapeRegExp } from './words';

/** Each fact's aliases as one pattern (whole, with their case), built once per fact (ADR 0068). */
const aliasPatterns = new WeakMap<Fact, RegExp>();

function aliasPattern(fact: Fact): RegExp {
  let re = aliasPatterns.get(fact);
  if (!re) {
    re = new RegExp(`(?<![\\w-])(?:${fact.aliases.map((a) => escapeRegExp(a.text)).join('|')})(?![\\w-])`);
    aliasPatterns.set(fact, re);
  }
  return re;
}

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
  const alias = aliasPattern(fact);
  const words = text.slice(clause.start, to);
  let seen = false;
  for (const m of globalMatches(words, phase)) {
    const end = clause.start + m.index + m[0].length;
    if (end > value.start || !alias.test(text.slice(end, value.start))) return false;
    seen = true;
  }
  return seen;
}
