/**
 * A day that is the reference of an offset (ADR 0061): "The licences come nearly seven months after
 * China's April 4 curbs, and on the same day Xi agreed …". April 4 is what the clause counts from,
 * not the clause's day: its event happened seven months later, on a day the sentence leaves
 * unsaid. A later "the same day" means that unsaid day as readily as April 4, so, as with two days
 * before it (ADR 0043), which one it means is a guess: only agreement is said of it.
 */
import type { TemporalExpression } from './temporal';

/** "seven months after", "two weeks before the", "days after China's": a length counted to or from what follows. */
const OFFSET_BEFORE =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|some)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\s+(?:(?:the|its|their|[A-Z][\w-]*['’]s)\s+)?$/i;

/**
 * "three weeks after Beijing unveiled a new layer of controls on 9 October": the offset's reference
 * is an event told in a clause of its own, whose date closes it. With no comma, semicolon or
 * sentence-ending full stop between ("No. 61" ends none), the date is still the reference's, not the main clause's (ADR 0113).
 */
const OFFSET_SCOPE =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|some)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\s+(?:[^,;.:!?]|\.(?!\s+[A-Z])){0,80}?\b(?:on|of|dated)\s+$/i;

/** True when a day-precise date before `e` in its sentence is an offset's reference. */
export function dayOfAnOffset(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): boolean {
  return expressions.some(
    (x) =>
      x.end <= e.start &&
      (x.kind === 'absolute' || x.kind === 'relative') &&
      x.interval?.precision === 'day' &&
      (OFFSET_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start)) ||
        OFFSET_SCOPE.test(text.slice(Math.max(0, x.start - 140), x.start))),
  );
}
