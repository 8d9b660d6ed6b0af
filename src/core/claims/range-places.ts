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

/** "From Galwan in June 2020 to": the first end, a name of up to four words before its date. */
const FROM_NAME_IN = /\bfrom\s+((?:[\w’'–-]+\s+){0,3}[\w’'–-]+)\s+(?:in|on|at)\s+$/i;
/** ", to Kazan in": the second end's name after the first date. */
const TO_NAME_IN = /^\s*,?\s+to\s+((?:[\w’'–-]+\s+){0,3}[\w’'–-]+)\s+(?:in|on|at)\s+$/i;

/**
 * "From Galwan in June 2020 to Kazan in October 2024, the leaders went four years without a
 * meeting": in a span whose two ends each name what happened there, each date is its own end's;
 * a fact not named in the date's end (the meeting at Kazan, for June 2020) does not own it
 * (ADR 0056).
 */
export function namedOnlyAtOtherEnd(
  text: string,
  e: TemporalExpression,
  mention: Mention,
  expressions: readonly TemporalExpression[],
): boolean {
  const own = (start: number, end: number) => mention.positions.some((p) => p >= start && p < end);
  const head = FROM_NAME_IN.exec(text.slice(Math.max(0, e.start - 60), e.start));
  const second = expressions.find((x) => x.start >= e.end && TO_NAME_IN.test(text.slice(e.end, x.start)));
  if (head && second) {
    const start = e.start - head[0].length + head[0].indexOf(head[1] as string);
    return !own(start, start + (head[1] as string).length);
  }
  const first = expressions.find((x) => {
    if (x.end > e.start) return false;
    const to = TO_NAME_IN.exec(text.slice(x.end, e.start));
    return to !== null && FROM_NAME_IN.test(text.slice(Math.max(0, x.start - 60), x.start));
  });
  if (!first) return false;
  const to = TO_NAME_IN.exec(text.slice(first.end, e.start)) as RegExpExecArray;
  const start = first.end + to[0].indexOf(to[1] as string, to[0].indexOf('to') + 2);
  return !own(start, start + (to[1] as string).length);
}
