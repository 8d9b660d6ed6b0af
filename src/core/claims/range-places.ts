/**
 * "Oct. 30 in Busan to Nov. 7 in Beijing", "from 18 December in Beijing to 19 August in New
 * Delhi": in a span whose two ends each carry a place, a fact named only as the first end's place
 * is that end's; it does not own the date at the other end (ADR 0043).
 */
import type { Mention } from './mentions';
import type { TemporalExpression } from './temporal';

/** Between a range's first date and its second: "in Busan to", "at Galwan until". */
const PLACE_THEN_TO =
  /^\s*,?\s*(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*,?\s+(?:to|until|till|through)\s+$/;

export function placedAtRangeStart(
  text: string,
  e: TemporalExpression,
  mention: Mention,
  expressions: readonly TemporalExpression[],
): boolean {
  const first = expressions.find((x) => x.end <= e.start && PLACE_THEN_TO.test(text.slice(x.end, e.start)));
  if (!first || mention.positions.length === 0) return false;
  return mention.positions.every((p) => p > first.end && p < e.start);
}
