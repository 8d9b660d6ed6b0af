/**
 * A date that bounds a "between" frame (issue #7, ADR 0100). "Between the Army's report on 30
 * October 2024 that the pullback was complete and the MEA's licence announcement on 30 October
 * 2025, the neighbours restored pilgrimages, tourist visas and direct flights": each date is the
 * day of the act named in its own bound (the report, the announcement); what the main clause tells
 * happened somewhere between them, on neither day. A fact with no word in the date's own bound
 * is not dated by it; a fact the bound names or cues keeps the date ("Between the Galwan clash
 * in June 2020 and …": the clash's own date, and a wrong one is still wrong).
 * Only a bound that names an act before its date counts: "Between June and August 2025, …" is a
 * span of dates, which the main clause's event may own.
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mentions';

/**
 * "Between" that opens the sentence (after "In the ten months" or the like), or that follows a
 * noun of a stretch of time ("in the year between …").
 */
const FRAME_OPEN =
  /(?:^[\s"“'‘]*(?:(?:in|during|over|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:days|weeks|months|years?|period|time|interval|stretch|span)\s+)?|\b(?:days|weeks|months|years?|period|time|interval|stretch|span)\s+)(between)\s/i;

/** Function words and date words a bound may hold before its date without naming an act. */
const NOT_AN_ACT =
  /^(?:the|a|an|on|in|of|at|by|early|late|mid|end|start|beginning|middle|around|about|roughly|some|and)$/i;

/** The bound of a "between" frame that holds the date `e` (from "between" or "and" to the next), or null. */
export function betweenBound(text: string, sentence: Span, e: Span, dates: readonly Span[]): Span | null {
  const slice = text.slice(sentence.start, e.start);
  const open = FRAME_OPEN.exec(slice);
  if (!open?.[1]) return null;
  // ("between" is the match's last word but the space after it.)
  const start = sentence.start + open.index + open[0].length - open[1].length - 1;
  const from = start + 'between '.length;
  const and = text.slice(from, sentence.end).search(/\sand\s/);
  if (and < 0) return null;
  const andAt = from + and;
  // The frame closes at the first comma, semicolon or dash after its "and".
  const close = text.slice(andAt, sentence.end).search(/[,;:]|\s[—–-]\s/);
  const end = close < 0 ? sentence.end : andAt + close;
  if (e.start < from || e.end > end) return null;
  // The bound holding the date must name an act before it ("the Army's report on").
  const bound = e.start < andAt ? { start, end: andAt } : { start: andAt, end };
  // "Between roughly April and June this year": a span of dates, read as one, frames no acts.
  if (dates.some((x) => x.start <= start && start < x.end)) return null;
  // (Nor are a date's words an act: "between 9 October and 7 November".)
  const words =
    text
      .slice(bound.start, e.start)
      .split('')
      .map((ch, i) => (dates.some((x) => x.start <= bound.start + i && bound.start + i < x.end) ? ' ' : ch))
      .join('')
      .match(/[A-Za-z][\w'’-]*/g) ?? [];
  if (!words.some((w) => w.length >= 3 && !/^(?:between|and)$/i.test(w) && !NOT_AN_ACT.test(w))) return null;
  return bound;
}

/** True when the mention has a word (a name, a cue's word, a keyword) inside the bound. */
export function foundInBound(m: Mention, bound: Span): boolean {
  return m.positions.some((p) => p >= bound.start && p < bound.end);
}
