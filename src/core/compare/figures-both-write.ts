/**
 * Conflicts of two paired sentences that write the same figures (ADR 0112). A conflict says
 * the two articles give different values for one fact. When its two sides are a pair and each
 * sentence writes the other's figure too ("would fall to 10% from 20%" / "will lower its 20
 * percent tariff by 10 percentage points"), the articles do not disagree: both write both
 * figures, and the claim engine tied a different one of them to the fact on each side (the
 * value before a change on one, the value after it on the other). A figure only one side writes
 * ("fell to 10% from 20%" / "fell to 15% from 20%") is still a conflict, and so is any date
 * (its digits are not its value: "since June 2020" / "since May 2020").
 */
import { isDate } from './facts';
import { figuresOf } from './tokens';
import type { Conflict } from './types';

/**
 * The conflicts of `conflicts` except those of two figures (not dates) whose two sentences are
 * paired (`paired`) and whose quoted figures each appear among the figures of the other side's
 * sentence.
 */
export function differentFiguresOnly(
  conflicts: readonly Conflict[],
  sentences: { readonly a: readonly string[]; readonly b: readonly string[] },
  paired: (a: number, b: number) => boolean,
): Conflict[] {
  return conflicts.filter((c) => {
    // Figures only: a date's digits ("June 2020" / "May 2020") do not say the whole value.
    if (!paired(c.a.sentence, c.b.sentence) || isDate(c.a.value) || isDate(c.b.value)) return true;
    const qa = figuresOf(c.a.quote);
    const qb = figuresOf(c.b.quote);
    if (!qa.length || !qb.length) return true;
    const inA = new Set(figuresOf(sentences.a[c.a.sentence] ?? ''));
    const inB = new Set(figuresOf(sentences.b[c.b.sentence] ?? ''));
    return !(qa.every((f) => inB.has(f)) && qb.every((f) => inA.has(f)));
  });
}
