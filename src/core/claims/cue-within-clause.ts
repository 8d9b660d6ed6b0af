/**
 * A measure cued inside the figure's clause against one whose cue reaches into another clause
 * (issue #7, ADR 0058): "India resumed tourist visas on July 24, and Indian pilgrims returned to
 * Kailash in June after a three-year suspension". The pilgrimage's gap is cued wholly in the
 * clause of "three-year" (Kailash … suspension); the visas' gap only by joining "visas" in the
 * first clause to "returned" and "suspension" in the second. A coordinated clause with its own
 * subject and verb is its own statement: a cue that needs the other clause for one of its groups
 * is no rival to a cue with every group in the figure's own clause.
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import type { Mention } from './mentions';
import { clauseAt } from './ties';

/** A clause opened by a relational word ("after a three-year suspension") with the clause it modifies. */
const RELATIONAL_OPENING = /^\s*(?:after|since|following|before|until)\b/i;

/** The figure's clause, joined to the clause before when the figure's is only a relational phrase. */
function ownClause(c: Checker, figure: Span): Span {
  const clause = clauseAt(c.input.text, c.sentence, figure.start);
  if (
    clause.start <= c.sentence.start ||
    !RELATIONAL_OPENING.test(c.input.text.slice(clause.start, figure.start))
  )
    return clause;
  return { start: clauseAt(c.input.text, c.sentence, clause.start - 1).start, end: clause.end };
}

/** True when every group of `m`'s cue has a word inside `clause`. */
const everyGroupIn = (m: Mention, clause: Span) =>
  m.cueGroups !== undefined &&
  m.cueGroups.length > 0 &&
  m.cueGroups.every((g) => g.some((p) => p >= clause.start && p < clause.end));

/**
 * True when some group of `m`'s cue has words in the sentence but none inside `clause`. A gap that
 * stands for a cued event ("the first … in five years": context.ts withRelated) has the event's
 * words but not its groups: there, one word inside the clause and the others outside it (ADR 0071).
 */
const groupOutside = (c: Checker, m: Mention, clause: Span) => {
  const inSentence = (p: number) => p >= c.sentence.start && p < c.sentence.end;
  const inClause = (p: number) => p >= clause.start && p < clause.end;
  if (!m.cueGroups) {
    const own = new Set(m.positions.filter(inSentence));
    return [...own].filter(inClause).length === 1 && own.size > 1;
  }
  return m.cueGroups.some((g) => g.some(inSentence) && !g.some(inClause));
};

/**
 * True when `best` is cued with every group in the figure's clause and `rival` has a group whose
 * words are all in another clause of the sentence, the figure being its clause's only figure of
 * its unit.
 */
export function cuedWithinOverAcross(
  c: Checker,
  figure: Span,
  unit: string,
  best: Mention,
  rival: Mention,
): boolean {
  if (best.strength !== 'cue' || rival.strength !== 'cue') return false;
  const clause = ownClause(c, figure);
  // Several figures of the unit in the clause ("produces about 92% of refined output and some
  // 94% of the world's magnets"): which words are whose is for the list rules, not this one.
  const figures = (c.numbers ?? []).filter(
    (n) => n.unit === unit && n.start >= clause.start && n.end <= clause.end && n.start !== figure.start,
  );
  if (figures.length) return false;
  return everyGroupIn(best, clause) && groupOutside(c, rival, clause);
}
