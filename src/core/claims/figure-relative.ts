/**
 * A measure whose noun a relative clause gives a figure (ADR 0168). "… its hold on refining, at
 * about 90%, or on magnet making, where it accounts for roughly 94% of world output": the
 * where-clause says what the share of magnet making is, so a figure outside that noun phrase and
 * its clause ("about 90%", the share of refining, a measure the sentence names by a word the fact
 * base does not find) is not magnet making's, however near its words stand. The figure in the
 * clause is checked against the measure as before, wrong or right. The figures' counterpart of
 * ADR 0161's keyword noun dated by its own relative clause.
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mentions';
import type { NumberExpression } from './numbers';

/** A comma and a relative word opening a clause on the noun phrase before it. */
const RELATIVE = /,\s*(?:where|in which|of which|for which|which|whose)\b/gi;

/** What ends the noun phrase's reach back and the clause's reach forward. */
const BREAK = /[,;:—–()]/;

/**
 * True when all of `m`'s words in the sentence stand in a noun phrase and the relative clause
 * after it (one of them in the noun phrase), the clause holds a figure of `unit`, and the figure
 * at `span` stands outside both: that clause's figure is the measure's, this one is not.
 */
export function measureOfRelativeFigure(
  text: string,
  sentence: Span,
  span: Span,
  unit: string,
  numbers: readonly NumberExpression[],
  m: Mention,
): boolean {
  const own = m.positions.filter((p) => p >= sentence.start && p < sentence.end);
  if (!own.length) return false;
  const words = text.slice(sentence.start, sentence.end);
  RELATIVE.lastIndex = 0;
  for (let r = RELATIVE.exec(words); r; r = RELATIVE.exec(words)) {
    const marker = sentence.start + r.index;
    const markerEnd = marker + r[0].length;
    const before = text.slice(sentence.start, marker);
    let npStart = sentence.start;
    for (let i = before.length - 1; i >= 0; i--)
      if (BREAK.test(before.charAt(i))) {
        npStart = sentence.start + i + 1;
        break;
      }
    const rest = text.slice(markerEnd, sentence.end);
    const cut = rest.search(BREAK);
    const clauseEnd = cut >= 0 ? markerEnd + cut : sentence.end;
    const inside = (p: number) => p >= npStart && p < clauseEnd;
    if (span.end > npStart && span.start < clauseEnd) continue;
    if (!own.every(inside) || !own.some((p) => p < marker)) continue;
    if (
      numbers.some(
        (n) => n.unit === unit && n.start >= markerEnd && n.start < clauseEnd && n.start !== span.start,
      )
    )
      return true;
  }
  return false;
}
