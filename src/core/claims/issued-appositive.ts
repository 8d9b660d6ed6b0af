import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { type DateInterval, factInterval, gapDays } from './dates';
import type { TemporalExpression } from './temporal';

/**
 * "The measures, issued on Oct. 9, would have brought five more rare earths under licensing":
 * the sentence opens with a pointing noun phrase for an instrument (the measures, that regime,
 * the notices) and an appositive of issuing, between commas, holds the date. The date is the
 * issue date of the instrument the noun points to; its clause names nothing else that could own it.
 */
const ISSUED_APPOSITIVE =
  /^\s*(?:The|That|These|Those|This)\s+(?:[a-z-]+\s+){0,2}(?:measures|controls|rules|regime|restrictions|curbs|notices|announcements|package)\s*,\s*(?:issued|released|announced|unveiled|published)\s+(?:by\s+[^,;.]{1,60}?\s+)?(?:on\s+)?$/;

/**
 * The instrument such an appositive dates, among the instruments with a day-precise record that
 * the sentence names, cues or has keywords of after the date (its words describe what the
 * measures do): the one the date agrees with (none if two do); else, only when every candidate is
 * named or cued, the nearest record — whichever of them the noun points to, the date is not its.
 * A keyword-only candidate may stand beside an instrument the sentence does not name ("That
 * regime, announced Oct. 9, would require licences …" has words of the April notice only).
 */
export function issuedAppositiveOwner(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
): { fact: Fact; words: readonly string[]; record: DateInterval } | null {
  if (claimed.precision !== 'day') return null;
  const text = c.input.text;
  if (!ISSUED_APPOSITIVE.test(text.slice(c.sentence.start, e.start))) return null;
  if (!/^\s*,/.test(text.slice(e.end, e.end + 3))) return null;
  const found = new Map<string, { fact: Fact; words: readonly string[]; record: DateInterval }>();
  const add = (fact: Fact, positions: readonly number[], words: readonly string[]) => {
    const record = fact.date ? factInterval(fact.date) : null;
    if (fact.kind === 'instrument' && record?.precision === 'day' && positions.some((p) => p >= e.end))
      found.set(fact.id, { fact, words, record });
  };
  for (const m of c.mentions) if (!m.inherited && !m.derived) add(m.fact, m.positions, []);
  for (const w of c.weak?.() ?? []) if (!found.has(w.fact.id)) add(w.fact, w.positions, w.words);
  const candidates = [...found.values()];
  // The one that agrees; else, when every candidate disagrees, the nearest record (whichever the
  // measures are, the date is not theirs).
  const agreeing = candidates.filter((x) => gapDays(claimed, x.record) === 0);
  if (agreeing.length) return agreeing.length === 1 ? (agreeing[0] ?? null) : null;
  // A disagreement needs the instruments the sentence cues or names; keywords alone may describe
  // another one the fact base has no words for here.
  if (candidates.some((x) => x.words.length > 0)) return null;
  return candidates.sort((x, y) => gapDays(claimed, x.record) - gapDays(claimed, y.record))[0] ?? null;
}
