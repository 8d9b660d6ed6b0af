/**
 * How a date's frame reaches beyond the clause it stands in (ADR 0034): a "when" clause right
 * after the date says what happened then ("The decision was taken in March, when Misri met Sun
 * in Beijing": the talks are the March date's). Used by check-dates.ts.
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import type { Mention } from './mentions';
import { clauseAt, distanceTo } from './ties';

/** ", when …" right after a date (up to a closing comma or the end of the clause it opens). */
const WHEN_AFTER = /^\s*,\s+when\s/i;

/** The clause a ", when" right after the date opens, or null. */
export function whenClauseAfter(text: string, sentence: Span, e: Span): Span | null {
  const m = WHEN_AFTER.exec(text.slice(e.end, Math.min(sentence.end, e.end + 12)));
  if (!m) return null;
  const start = e.end + m[0].length - 1;
  return clauseAt(text, sentence, start);
}

/** True when the mention's words in the sentence are whole inside `span` (its name, each cue group, or all its keywords, two at least). */
function wholeIn(c: Checker, m: Mention, span: Span): boolean {
  const inside = (p: number) => p >= span.start && p < span.end;
  if (m.strength === 'alias') return m.positions.some(inside);
  if (m.strength === 'cue')
    return (m.cueGroups ?? []).length > 0 && (m.cueGroups ?? []).every((g) => g.some(inside));
  const own = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
  return own.length >= 2 && own.every(inside);
}

/**
 * The date's candidates re-read by its frame: an event named whole in a "when" clause right
 * after the date is tied as if in the date's clause (not a measure or topic the clause only
 * mentions: "met on June 22, when India raised the curbs on rare-earth exports").
 */
export function framedTies(c: Checker, e: Span, ties: readonly DateTie[]): DateTie[] {
  const kept = [...ties];
  const when = whenClauseAfter(c.input.text, c.sentence, e);
  if (!when) return kept;
  return kept.map((t) => {
    if (
      t.sameClause ||
      t.mention.fact.kind !== 'event' ||
      t.mention.inherited ||
      t.mention.derived ||
      !wholeIn(c, t.mention, when)
    )
      return t;
    const inside = t.mention.positions.filter((p) => p >= when.start && p < when.end);
    const at = inside.reduce((a, p) => (distanceTo(p, e) < distanceTo(a, e) ? p : a), inside[0] as number);
    return { ...t, sameClause: true, whole: true, related: false, at, distance: distanceTo(at, e) };
  });
}
