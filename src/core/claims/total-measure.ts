/**
 * A figure of a total ("brings the overall US tariff on Chinese goods to roughly 47%"): a
 * totalising word ("overall", "total", "combined", "average" …) in the words that name the
 * figure's measure, where the record's measure has none, says the figure is the whole the
 * record's part belongs to, not the part. Used by check-quantities.ts only against a figure
 * that disagrees: it keeps a false `differs` away, never makes one.
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import type { Mention } from './mentions';
import { clauseAt } from './ties';

/**
 * A totalising modifier before its noun ("the overall tariff"); not a total that is itself the
 * figure's noun ("a world total of 300,000 tonnes", "a world total the USGS puts at …").
 */
const TOTAL =
  /(?<!\b(?:world|global|worldwide)\s+)\b(?:overall|total|combined|cumulative|aggregate|blended)\b(?=\s+(?!(?:of|the|a|an|that|which|is|was|were|are|stood|stands|put|puts)\b)[a-z])/gi;

/** How far before the measure's nearest word its own modifiers may stand. */
const MODIFIER_CHARS = 32;

/** True when the figure's measure words carry a totalising word the record's measure lacks. */
export function totalOfAnotherMeasure(c: Checker, figure: Span, m: Mention, measure: string): boolean {
  const clause = clauseAt(c.input.text, c.sentence, figure.start);
  const before = m.positions.filter((p) => p >= clause.start && p < figure.start);
  if (!before.length) return false;
  const from = Math.max(clause.start, Math.min(...before) - MODIFIER_CHARS);
  const words = c.input.text.slice(from, figure.start).match(TOTAL) ?? [];
  return words.some((w) => !new RegExp(`\\b${w}\\b`, 'i').test(measure));
}

/** Words right after a figure that make it a share of ownership ("50% owned", "a 25%-held unit", "51% stake"). */
const OWNED_AFTER = /^\s*(?:[-–]\s*)?(?:owned|held|controlled|ownership|stake|equity|shareholding)\b/i;
/** …or right before it ("a stake of 25%", "ownership of at least 50%"). */
const OWNED_BEFORE =
  /\b(?:stake|ownership|equity|shareholding)\s+of\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+)?$/i;

/**
 * "subsidiaries at least 50% owned by Chinese firms": a percentage that measures ownership is no
 * tariff, share of output or rate, unless the record's own measure is ownership (ADR 0053).
 */
export function ownershipShare(c: Checker, figure: Span, measure: string): boolean {
  const text = c.input.text;
  if (/\b(?:own|stake|equity|sharehold)/i.test(measure)) return false;
  return (
    OWNED_AFTER.test(text.slice(figure.end, figure.end + 30)) ||
    OWNED_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start))
  );
}

/** A figure whose measure words name another quantity than the record's: a total, or a share of ownership. */
export const measureOfAnother = (c: Checker, figure: Span, m: Mention, measure: string): boolean =>
  totalOfAnotherMeasure(c, figure, m, measure) || ownershipShare(c, figure, measure);
