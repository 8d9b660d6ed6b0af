/**
 * How firmly a date or figure is tied to a fact mentioned in the same sentence: whether
 * they share a clause, how far apart they are, and whether a relational word stands
 * between them ("in July 2020, after the Galwan clash": the date is not the clash's).
 * Clause boundaries are punctuation that separates clauses (; : parentheses, spaced
 * dashes) and commas that open a subordinate, reporting or coordinate clause — but not a
 * relative clause, which belongs to the noun before it ("the standoff, which began in May
 * 2020"), nor "when" (no comma) with a pronoun subject, which goes on about the clause's own people
 * ("Misri pressed Sun on the curbs when they met in New Delhi on Thursday"; but ", when he
 * handed over the invitation" adds another event).
 */

import type { Span } from '../match/sentences';
import { concessiveClauseBefore } from './concessive-clause';
import type { Mention } from './mentions';
import { withWhereAntecedent } from './part-over-keywords';
import { relationalAsideBefore } from './relational-aside';
import { cueGroupPastRelational } from './split-cue';

/**
 * A parenthesis of one to three capitalised words ("the Special Representatives (SR) on the
 * boundary question", "(LAC)", "(Xinhua)") is an abbreviation or a name in apposition inside the
 * clause, not a break (ADR 0042, round 21).
 */
const CLAUSE_BREAK =
  /;|:\s|\s[—–-]\s|—|\((?![A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,2}\))|(?<!\([A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,2})\)|,\s+(?=(?:while|whereas|but|although|though|as|after|before|when|since|until|and|according|even as|amid|a day|two days|days|weeks|months|the (?:ministry|spokesperson|official|statement)s?)\b)|,\s+(?=(?:where|during which|in which|at which|when)\b)|\s(?=(?:while|whereas|although|after|before|since|until|when(?!\s+(?:they|he|she|the two|both)\s))\s)/g;

/**
 * A break before a bound word that directly precedes the value ("… until " + value), also after a
 * dash ("merely suspended — until November 10", "on November 7 — but only until November 10").
 */
const BOUND_BEFORE =
  /^(?:,|\s?[—–])?\s(?:but\s+)?(?:only\s+|just\s+)?(?:until|since|before|after)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$/i;

/** A dash that may follow a timeline entry's date. */
const TIMELINE_DASH = /^\s?[—–-]\s?$|^—$/;

/** The clause of `sentence` that contains `pos`. */
export function clauseAt(text: string, sentence: Span, pos: number): Span {
  const slice = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    const at = sentence.start + m.index;
    // "suspended the controls until Nov. 10": a bound word right before the value is a
    // preposition of the clause it ends, not the start of another clause.
    // (", until Nov. 10, 2026" after "was suspended … on November 7": the same, after a comma.)
    if (m[0].length <= 3 && BOUND_BEFORE.test(text.slice(at, pos))) continue;
    // "February 2022 — China, through the PLA Daily, publicly admits …": a timeline's entry, the
    // date alone before its dash, dates the clause after it (ADR 0055).
    if (
      at >= pos &&
      TIMELINE_DASH.test(m[0]) &&
      /^[\s•*-]*$/.test(text.slice(sentence.start, pos)) &&
      !/[;:]|,(?!\s*\d{4}\b)/.test(text.slice(pos, at))
    )
      continue;
    if (at + m[0].length <= pos) start = at + m[0].length;
    else if (at >= pos) return { start, end: at };
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  return { start, end: sentence.end };
}

/** Words that relate a date to another event than the one named beside it. */
const RELATIONAL =
  /\b(after|before|following|since|until|till|amid|during|ahead of|prior to|in the wake of|preceded|followed|triggered by|sparked by|over the|(?:in\s+)?retaliation (?:for|against)|(?:in\s+)?(?:response|reply|answer) to|in return for|retaliat(?:e|ed|es|ing) (?:for|against)|to (?:try to |help )?(?:ease|end|resolve|defuse|discuss|address|settle|break))\b/i;

export interface Tie {
  readonly mention: Mention;
  /** Characters between the expression and the nearest position of the mention. */
  readonly distance: number;
  /** The nearest position is in the expression's clause. */
  readonly sameClause: boolean;
  /** A relational word stands between them. */
  readonly related: boolean;
  /** Where the mention's nearest word is (a text offset). */
  readonly at: number;
  /** The mention's words in the value's clause: all of them, or at least two (a cue's groups). */
  readonly whole: boolean;
}

/** Characters from offset `p` to `span` (0 inside it). */
export const distanceTo = (p: number, span: Span): number =>
  p < span.start ? span.start - p : p >= span.end ? p - span.end : 0;

/** A fact right after a relational word ("after the Galwan clash"), a few words in. */
const OBJECT_OF_RELATIONAL =
  /\b(?:after|before|following|since|ahead of|prior to|in the wake of)\s+(?:(?:the|a|an|its|their|this|last)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/**
 * "Five years and four months after the Galwan clash, IndiGo flew … on Sunday": a fact named as
 * the object of a relational phrase closed by a comma is what the phrase counts from, not the
 * event of the clause after it. Not a phrase that goes on about it ("after the agreement, signed
 * on October 21, …").
 */
function anchorOfFrontedPhrase(text: string, sentence: Span, at: number, e: Span, between: string): boolean {
  if (at >= e.start) return false;
  const comma = between.indexOf(',');
  if (comma < 0 || /^,\s*(?:[a-z]+ed|held|made|signed|reached|struck|set|begun)\b/.test(between.slice(comma)))
    return false;
  // The clause after the last comma has words of its own before the date ("…, IndiGo flew the
  // first service on Sunday"), not just a preposition ("in Kazan, Russia, in October 2024").
  const main = between.slice(between.lastIndexOf(',') + 1).trim();
  if (main.split(/\s+/).length < 3 || /^(?:in|on|at|of|from|to|for|by|during|since)\b/i.test(main))
    return false;
  return OBJECT_OF_RELATIONAL.test(text.slice(Math.max(sentence.start, at - 60), at));
}

/**
 * A phrase that opens the sentence with a bound word, up to the value ("After supplies to India
 * picked up in ", "Weeks before the talks on "): a few words may come first ("Just two days after").
 */
const OPENS_WITH_BOUND =
  /^[\s"“'‘]*(?:[\w’'-]+\s+){0,3}?(?:after|before|following|ahead of|prior to)\s(?:[^,;:]*\s)?$/i;

/**
 * "After supplies to India reportedly picked up in August, Beijing shut its fertiliser export
 * window from October 15": a value inside a bound phrase that opens the sentence dates what the
 * phrase tells, and bounds the main clause after its comma; a fact named there is related to
 * it, not dated by it. The phrase ends at the first comma after the value that does not go on
 * with the value's year ("After October 21, 2024, troops …").
 */
function boundPhraseBefore(text: string, sentence: Span, at: number, e: Span): boolean {
  if (at < e.end || !OPENS_WITH_BOUND.test(text.slice(sentence.start, e.start))) return false;
  const rest = text.slice(e.end, at);
  const comma = /,(?!\s*\d{4}\b)/.exec(rest);
  return comma !== null && !/[;:]/.test(rest.slice(0, comma.index));
}

/**
 * "Friday's rare-earth licensing requirement was read as retaliation for Trump's April 2 tariffs":
 * when the mention's nearest word is a word of the value itself ("April", of "the April
 * controls"), the value is related to it as its nearest word outside the value is: a relational
 * word between the two relates the date to another event.
 */
function relatedBeyondOwnWord(text: string, e: Span, m: Mention): boolean {
  return m.positions.some((p) => p >= e.start && p < e.end) && relatedFromNearest(text, e, m.positions);
}
/**
 * "Beijing's rare-earth curbs came after Washington announced its tariffs on April 2": a cue's own
 * words decide what the date relates to, not a keyword of the fact that the other event's clause
 * happens to hold ("announced"): a relational word between the cue's nearest word and the value
 * relates the date to another event (ADR 0055).
 */
function relatedPastCue(text: string, e: Span, m: Mention): boolean {
  return relatedFromNearest(text, e, (m.cueGroups ?? []).flat());
}

/** A relational word between the value and the nearest of `positions` outside it. */
function relatedFromNearest(text: string, e: Span, positions: readonly number[]): boolean {
  const outside = nearestTo(
    positions.filter((p) => p < e.start || p >= e.end),
    e,
  );
  return outside !== null && RELATIONAL.test(wordsBetween(text, outside.at, e));
}
/** The position nearest `e` and its distance, or null when there is none. */
function nearestTo(positions: readonly number[], e: Span): { at: number; distance: number } | null {
  let best: { at: number; distance: number } | null = null;
  for (const p of positions) {
    const d = distanceTo(p, e);
    if (!best || d < best.distance) best = { at: p, distance: d };
  }
  return best;
}

/** The text between position `at` and the value (the value's own bound word before it left out: "suspends until Nov. 10"). */
const wordsBetween = (text: string, at: number, e: Span) =>
  at < e.start ? text.slice(at, e.start).replace(/\b(?:until|till|since)\s*$/i, '') : text.slice(e.end, at);

/** The tie between expression `e` and mention `m` in `sentence`. */
export function tieOf(text: string, sentence: Span, e: Span, m: Mention): Tie {
  const { at, distance: best } = nearestTo(m.positions, e) ?? {
    at: e.start,
    distance: Number.POSITIVE_INFINITY,
  };
  const clause = clauseAt(text, sentence, e.start);
  const whereClause = withWhereAntecedent(text, sentence, clause);
  // The value's own bound word ("suspends until Nov. 10") relates it to nothing else.
  const between = wordsBetween(text, at, e);
  return {
    mention: m,
    distance: best,
    at,
    sameClause: at >= clause.start && at < clause.end,
    related:
      RELATIONAL.test(between) ||
      relatedBeyondOwnWord(text, e, m) ||
      relatedPastCue(text, e, m) ||
      cueGroupPastRelational(text, e, m) ||
      anchorOfFrontedPhrase(text, sentence, at, e, between) ||
      boundPhraseBefore(text, sentence, at, e) ||
      concessiveClauseBefore(text, sentence, at, e) ||
      relationalAsideBefore(text, sentence, at, e),
    // "… via Nathu La in Sikkim, where the first group entered Tibet": "where" brings its place in.
    whole: ((n) => n === m.positions.length || n >= 2)(
      new Set(m.positions.filter((p) => p >= whereClause.start && p < clause.end)).size,
    ),
  };
}

/** True when the text between position `p` and `span` holds a semicolon: `p` is in the other independent clause. */
export const acrossSemicolon = (text: string, p: number, span: Span): boolean =>
  text.slice(Math.min(p, span.end), Math.max(p, span.start)).includes(';');

/**
 * True when some group of `m`'s cue has words within `scope` (those `keep` keeps) and every one of
 * them passes `test`: the one mechanism behind "a group only the date's words fill" and "a group
 * all across a semicolon".
 */
export function someCueGroup(
  m: Mention,
  scope: Span,
  test: (p: number) => boolean,
  keep: (p: number) => boolean = () => true,
): boolean {
  return (m.cueGroups ?? []).some((g) => {
    const own = g.filter((p) => p >= scope.start && p < scope.end && keep(p));
    return own.length > 0 && own.every(test);
  });
}
