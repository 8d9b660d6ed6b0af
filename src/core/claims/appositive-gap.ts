/**
 * A gap set after a comma at the end of what it dates (ADR 0070): "Relations have improved since the
 * leaders of the two countries met in Kazan, Russia, in October last year, two days after the two
 * sides reached a resolution on patrolling arrangements". The gap opens a clause of its own, so the
 * event it dates stands in the clauses before it, where keyword evidence is not tied to the gap's
 * own clause. When the event counted from is named (its name or cue), an event the sentence names
 * before the gap, and only one, whose record the counted day agrees with, is what the gap dates;
 * only that agreement is said (which of the earlier clauses' events the gap is set against is a
 * reading), never a disagreement.
 */
import type { Checker } from './check-common';
import { dateClaim } from './date-claim';
import type { DateCheck } from './date-fallbacks';
import { dateTies } from './date-ties';
import type { DateInterval } from './dates';
import { type Mention, RANK } from './mentions';
import type { Reason } from './reasons';
import type { TemporalExpression } from './temporal';

/** Keyword evidence this strong, with two keywords, names the dated event (as an anchor's, expressions.ts). */
export const APPOSED_EVIDENCE = 8;

/** A comma or dash, and words a gap may open its clause with: ", some two days after", "— just a week before". */
const APPOSED =
  /\S\s*(?:,|\s[—–-]|—)\s*(?:(?:just|only|some|about|barely|nearly|roughly|around|almost|exactly|a\s+little\s+(?:over|more\s+than)|less\s+than|more\s+than)\s+)?$/i;

/**
 * A relative clause that dates its antecedent by a gap: ", which came two days after", ", which took
 * place a week before" (ADR 0098). The clause says of the noun before its comma what an appositive
 * gap says, so it is read the same way (agreement only).
 */
const RELATIVE_GAP =
  /\S\s*(?:,|\s[—–-]|—)\s*(?:which|that)\s+(?:(?:itself|also|only)\s+)?(?:came|comes|took\s+place|takes\s+place|was\s+held|is\s+held|happened|followed|follows|was)\s+(?:(?:just|only|some|about|barely|nearly|roughly|around|almost|exactly|a\s+little\s+(?:over|more\s+than)|less\s+than|more\s+than)\s+)?$/i;

/** True when `e` opens a clause of its own after a comma or a dash ("…, two days after", "…, which came two days after"). */
export function opensItsClause(c: Checker, e: TemporalExpression): boolean {
  const before = c.input.text.slice(c.sentence.start, e.start);
  return APPOSED.test(before) || RELATIVE_GAP.test(before);
}

const firmlyNamed = (m: Mention) =>
  RANK[m.strength] >= RANK.cue ||
  (m.strength === 'evidence' && m.score >= APPOSED_EVIDENCE && (m.keywords ?? 0) >= 2);

/**
 * The claim that the one event named before an appositive gap is on the day counted, or null.
 * `from` is the event counted from; `rest` the sentence's other candidates.
 */
export function appositiveGap(
  c: Checker,
  e: TemporalExpression,
  from: Mention,
  rest: readonly Mention[],
  claimed: DateInterval,
  read: Reason,
): DateCheck | null {
  if (RANK[from.strength] < RANK.cue || !opensItsClause(c, e)) return null;
  const inSentence = (p: number) => p >= c.sentence.start && p < c.sentence.end;
  const before = rest.filter((m) => {
    if (!m.fact.date || m.inherited || m.derived || m.loose || !firmlyNamed(m)) return false;
    if (m.fact.id === from.fact.id) return false;
    const own = m.positions.filter(inSentence);
    return own.length > 0 && own.every((p) => p < e.start);
  });
  const ties = dateTies({ ...c, mentions: before }, e, claimed);
  const agreeing = ties.filter((t) => t.cmp.agrees);
  const facts = new Set(agreeing.map((t) => t.mention.fact.id));
  const [t] = agreeing;
  if (facts.size !== 1 || !t) return null;
  return { claim: dateClaim(c, e, t, claimed, read, []), anchor: t.record };
}
