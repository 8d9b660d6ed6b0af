/**
 * Which figure a measure's words belong to in a list of measure–figure pairs (issue #7, class 5;
 * ADR 0037, round 2). "The IEA puts China's share of refining at about 92% and of magnet
 * manufacturing at roughly 94%": each figure follows its own measure's words, so the words just
 * after a figure ("and of magnet manufacturing") introduce the next figure, not this one, even
 * when they sit nearer it than its own words before it. A measure whose nearest words come
 * after the figure is left out when the next figure of the same unit follows those words in the
 * same clause, and another measure's words stand before the figure with no figure between.
 */
import type { Span } from '../match/sentences';
import type { NumberExpression } from './numbers';
import { clauseAt } from './ties';

/** A measure's word right before "at" and the figure: "share of refining at about 92%". */
const SET_AT = /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+at\s+$/u;

/** What a tie of a measure to a figure gives this rule: where the measure's words are. */
interface Placed {
  readonly mention: { readonly positions: readonly number[] };
}

/**
 * True when tie `t`'s words introduce the next figure of the list, not the figure at `span`:
 * none of its words in the clause stand before the figure, all stand before the next figure of
 * the same unit, and another measure's words end just before the figure with "at" and none
 * stand after the next figure (in "produces about 92% of refined output and some 94% of the magnets" each measure
 * follows its figure, and the rule stays out).
 */
export function introducesNextFigure(
  text: string,
  sentence: Span,
  span: Span,
  unit: string,
  numbers: readonly NumberExpression[],
  t: Placed,
  ties: readonly Placed[],
): boolean {
  const clause = clauseAt(text, sentence, span.start);
  const inClause = (x: Placed) => x.mention.positions.filter((p) => p >= clause.start && p < clause.end);
  const next = numbers.find(
    (n) => n.unit === unit && n.start >= span.end && n.start < clause.end && n.start !== span.start,
  );
  if (!next) return false;
  const own = inClause(t);
  if (!own.length || own.some((p) => p < span.end || p >= next.start)) return false;
  return ties.some((u) => {
    if (u === t) return false;
    const words = inClause(u);
    return (
      words.some((p) => p < span.start && SET_AT.test(text.slice(p, span.start))) &&
      !words.some((p) => p >= next.start)
    );
  });
}
