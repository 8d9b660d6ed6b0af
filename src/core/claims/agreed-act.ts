/**
 * "The agreement in Beijing to resume the Kailash pilgrimage comes nearly six weeks after the
 * Special Representatives met there on Dec. 18" (ADR 0123): an act named only inside the
 * complement of a noun of agreeing or deciding ("the agreement … to resume the pilgrimage", "the
 * decision to lift the curbs") is what was agreed, not what the sentence dates; a date outside
 * that complement (in the main clause after its verb, or before the noun) is the agreement's,
 * so it is never called wrong for the act. The inverse of agreed-content.ts (a date inside what
 * a meeting agreed is not the meeting's). Only withholds; not for a meeting (the agreement may be
 * the meeting's own), nor for a date inside the complement ("the agreement to resume it in June").
 */
import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { isMeeting } from './meeting-phrase';
import type { TemporalExpression } from './temporal';

/** A noun of agreeing or deciding, up to six words of its own, then "to" and a verb. */
const AGREEMENT_TO =
  /\b(?:agreement|agreements|decision|decisions|deal|pact|accord|consensus|understanding|plan|plans|pledge|commitment|promise|move|bid|offer|proposal)\b((?:\s+(?!to\b)[\p{L}'’.-]+){0,6}?)\s+to\s+(?!(?:the|a|an|this|that|its|their|his|her|both|each|India|China)\b)\p{Ll}+\b/giu;

/** What ends the complement: a clause edge (not one opening a relative clause), or a main verb. */
const COMPLEMENT_END =
  /[;:()—–]|,(?!\s*(?:which|that|who|when|where)\b)|\b(?:comes|came|come|was|were|is|are|has|have|had|took|takes|followed|follows|happened|occurred|marks|marked|means|meant)\b/i;

/** True when `fact`, named in the sentence only inside an agreement's complement, is dated by `e` from outside it. */
export function agreedActOutside(c: Checker, e: TemporalExpression, fact: Fact): boolean {
  if (isMeeting(fact)) return false;
  const text = c.input.text;
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  const own = c.mentions
    .filter((m) => m.fact.id === fact.id && !m.inherited)
    .flatMap((m) => m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end));
  if (!own.length) return false;
  const g = new RegExp(AGREEMENT_TO.source, AGREEMENT_TO.flags);
  for (let m = g.exec(sentence); m; m = g.exec(sentence)) {
    const noun = c.sentence.start + m.index;
    const opener = noun + m[0].length;
    // The noun's own words hold no clause edge.
    if (/[,;:()—–]/.test(m[1] ?? '')) continue;
    const rest = text.slice(opener, c.sentence.end);
    const stop = COMPLEMENT_END.exec(rest);
    const end = stop ? opener + stop.index : c.sentence.end;
    if (!own.every((p) => p >= opener && p < end)) continue;
    if (e.end <= noun || e.start >= end) return true;
  }
  return false;
}
