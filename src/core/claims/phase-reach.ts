/**
 * Which phase word of a clause is a value's phase (ADR 0034). A phase word says a value belongs
 * to another phase than the fact's ("stopped issuing visas in 2020"), but only when it is the
 * word that governs the value:
 * - not set off between commas while the value and the fact's words are outside ("Direct
 *   passenger flights, suspended for five years, resumed on 26 October": the suspension is the
 *   flights' past, the date the resumption's);
 * - not when the fact is the object of the phase verb and a notice's verb dates the fact
 *   itself ("formally suspended the controls on rare earths … it announced on Oct. 9": the date
 *   is the controls' announcement, not their suspension); only a notice's fact is dated so:
 *   "stopped honouring tourist visas issued … in 2020" dates the visas' issue, not their
 *   resumption (ADR 0055).
 * Used by phases.ts.
 */
import { globalMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';

/** Verbs of a notice or measure that date the noun before them ("the controls it announced on …"). */
const NOTICE_VERB =
  /\b(?:announced|unveiled|issued|released|published|imposed|introduced|declared|notified|adopted|signed)\b/gi;

/** The comma after `from` that is not inside the value ("April 20, 2022"). */
function commaAfter(text: string, from: number, value: Span): number {
  let at = text.indexOf(',', from);
  while (at >= value.start && at < value.end) at = text.indexOf(',', at + 1);
  return at;
}

/** True when the phase word is set off by commas that hold neither the value nor the fact's words. */
function setOff(text: string, clause: Span, word: Span, value: Span, positions: readonly number[]): boolean {
  const open = text.lastIndexOf(',', word.start);
  if (open < clause.start) return false;
  const close = commaAfter(text, word.end, value);
  if (close < 0 || close >= clause.end) return false;
  if (value.start > open && value.end <= close) return false;
  if (positions.some((p) => p > open && p < close)) return false;
  return !/[;:]/.test(text.slice(open, close));
}

/** True when a notice's verb between the phase word and the value dates the fact named between them. */
function noticeOfFact(text: string, word: Span, value: Span, positions: readonly number[]): boolean {
  if (word.end > value.start) return false;
  const between = text.slice(word.end, value.start);
  NOTICE_VERB.lastIndex = 0;
  for (let m = NOTICE_VERB.exec(between); m; m = NOTICE_VERB.exec(between)) {
    const verb = word.end + m.index;
    if (positions.some((p) => p >= word.end && p < verb)) return true;
  }
  return false;
}

/**
 * True when some match of `phase` in `[from, to)` of the clause governs the value. Without the
 * fact's positions, every match does (the rule as it was).
 */
export function governsValue(
  text: string,
  clause: Span,
  to: number,
  phase: RegExp,
  value: Span,
  positions: readonly number[] | null,
  /** The fact is a notice's own (an instrument, an announcement): a notice's verb after its name dates it. */
  noticeDatesFact = true,
  /** The clause's other dates: a phase word that has one of its own is not the value's (ADR 0094). */
  otherDates: readonly Span[] = [],
): boolean {
  const words = text.slice(clause.start, to);
  for (const m of globalMatches(words, phase)) {
    const word = { start: clause.start + m.index, end: clause.start + m.index + m[0].length };
    if (positions === null) {
      if (ownDateBefore(text, word, value, otherDates)) continue;
      return true;
    }
    if (
      setOff(text, clause, word, value, positions) ||
      (noticeDatesFact && noticeOfFact(text, word, value, positions)) ||
      phaseOfOtherDate(text, clause, word, value, positions, otherDates)
    )
      continue;
    if (coordinatedAfter(text, word, value)) continue;
    return true;
  }
  return false;
}

/**
 * "The previous round took place in Beijing last December and ended a five-year hiatus": a phase
 * verb right after "and" or "but" past the value heads a co-ordinated predicate of its own; the
 * value is the first predicate's (ADR 0042, round 21).
 */
const coordinatedAfter = (text: string, word: Span, value: Span) =>
  word.start >= value.end &&
  /^\s*,?\s*(?:and|but)\s+(?:then\s+|later\s+|also\s+)?$/i.test(text.slice(value.end, word.start));

/**
 * "announced on Oct. 9 and due to start tomorrow, was suspended today": a phase word before the
 * value whose own date follows it closely, before the value, is that date's phase (ADR 0161).
 */
function ownDateBefore(text: string, word: Span, value: Span, otherDates: readonly Span[]): boolean {
  const next = otherDates
    .filter((o) => o.start >= word.end && o.end <= value.start)
    .sort((a, b) => a.start - b.start)[0];
  return (
    next !== undefined &&
    next.start - word.end <= PHASE_OWN_DATE_CHARS &&
    !/[,;:]/.test(text.slice(word.end, next.start))
  );
}

/** How far after a phase word its own date may stand ("partly eased the ban in June 2025"). */
export const PHASE_OWN_DATE_CHARS = 30;

/**
 * "China, which banned urea exports in June 2022, partly eased the ban in June 2025": a phase word
 * whose own date follows it closely is that date's phase, not the value's (ADR 0094). So is a
 * phase verb before the value when the value only premodifies the fact's noun and the verb's date
 * comes after that noun ("loosened its June 2022 ban on urea exports this June").
 */
export function phaseOfOtherDate(
  text: string,
  clause: Span,
  word: Span,
  value: Span,
  positions: readonly number[],
  otherDates: readonly Span[],
): boolean {
  const next = otherDates
    .filter(
      (o) => o.start >= word.end && o.end <= clause.end && (o.start >= value.end || o.end <= value.start),
    )
    .sort((a, b) => a.start - b.start)[0];
  if (!next) return false;
  if (word.start >= value.end)
    return next.start - word.end <= PHASE_OWN_DATE_CHARS && !/[,;:]/.test(text.slice(word.end, next.start));
  // Before the value: the value stands between a determiner and the fact's own noun ("its June 2022 ban").
  if (next.start < value.end) return false;
  const nounAt = value.end + (/^\s*/.exec(text.slice(value.end))?.[0].length ?? 0);
  return (
    /\b(?:its|the|their|a|an)\s*$/i.test(text.slice(word.end, value.start)) &&
    text.slice(word.end, value.start).length <= 12 &&
    positions.includes(nounAt) &&
    !/[,;:]/.test(text.slice(value.end, next.start))
  );
}
