/**
 * How a date's clause frames its candidates, beyond the clause the date stands in (ADR 0034):
 * - a "when" clause right after the date says what happened then ("The decision was taken in
 *   March, when Misri met Sun in Beijing": the talks are the March date's);
 * - a part and its whole, the part's record inside the whole's, are one candidate for a date
 *   outside the whole: wrong for either, and the part (named in the clause) is the one checked.
 * Used by check-dates.ts.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { firmMention } from './check-common';
import type { DateTie } from './date-ties';
import type { DateInterval } from './dates';
import { factInterval } from './dates';
import type { Mention } from './mentions';
import { clauseAt, distanceTo } from './ties';
import { compareDates } from './verdict';

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
 * The date's candidates re-read by its frame: a fact named whole in a "when" clause right after the date tied as if in the date's clause.
 */
export function framedTies(c: Checker, e: Span, ties: readonly DateTie[]): DateTie[] {
  const kept = [...ties];
  const when = whenClauseAfter(c.input.text, c.sentence, e);
  if (!when) return kept;
  return kept.map((t) => {
    if (t.sameClause || t.mention.inherited || t.mention.derived || !wholeIn(c, t.mention, when)) return t;
    const inside = t.mention.positions.filter((p) => p >= when.start && p < when.end);
    const at = inside.reduce((a, p) => (distanceTo(p, e) < distanceTo(a, e) ? p : a), inside[0] as number);
    return { ...t, sameClause: true, whole: true, related: false, at, distance: distanceTo(at, e) };
  });
}

const recordOf = (f: Fact | undefined): DateInterval | null => (f?.date ? factInterval(f.date) : null);

/** The whole `part` is part of (`part-of`), when the part's record lies inside the whole's. */
function containingWholes(part: Fact, byId: Checker['input']['factById']): Fact[] {
  const inner = recordOf(part);
  if (!inner) return [];
  return (part.relations ?? [])
    .filter((r) => r.type === 'part-of')
    .map((r) => byId(r.target))
    .filter((w): w is Fact => {
      const outer = recordOf(w);
      return outer !== null && outer.start <= inner.start && inner.end <= outer.end;
    });
}

/**
 * True when `a` and `b` are one thing for `claimed`: one is a part of the other, or both are
 * parts of one whole, the parts' records inside the whole's, and `claimed` lies outside that
 * whole's record altogether — a date wrong for the whole is wrong for anything within it.
 */
export function withinOneWhole(
  a: DateTie,
  b: DateTie,
  claimed: DateInterval,
  byId: Checker['input']['factById'],
): boolean {
  const wholesOf = (f: Fact) => [f, ...containingWholes(f, byId)];
  const common = wholesOf(a.mention.fact).filter((w) => wholesOf(b.mention.fact).some((o) => o.id === w.id));
  return common.some((w) => {
    const r = recordOf(w);
    return r !== null && !compareDates(claimed, r).agrees;
  });
}

/**
 * Among the tied candidates (best first), a date outside a whole's record is checked against
 * the whole's part when the sentence names or cues that part firmly, whole in the date's clause:
 * "On Aug. 25 in New Delhi he held the 24th round of talks …" is the talks' wrong day, not the visit's.
 */
export function partFirst(
  tied: readonly DateTie[],
  claimed: DateInterval,
  byId: Checker['input']['factById'],
): DateTie[] {
  const best = tied[0];
  if (!best || best.cmp.agrees) return [...tied];
  const part = tied.find(
    (t) =>
      t !== best &&
      !t.cmp.agrees &&
      firmMention(t.mention) &&
      t.whole &&
      t.sameClause &&
      !t.mention.derived &&
      !t.mention.inherited &&
      t.mention.strength !== 'evidence' &&
      containingWholes(t.mention.fact, byId).some((w) => w.id === best.mention.fact.id) &&
      withinOneWhole(t, best, claimed, byId),
  );
  return part ? [part, ...tied.filter((t) => t !== part)] : [...tied];
}
