/**
 * A "when" clause right after a date says what happened then (issue #7, ADR 0038): "The
 * squeeze dates to April 4, when China's commerce ministry began insisting on export licences
 * …". The date's own clause names no event ("the squeeze"); the event is in the clause the date
 * introduces. Used by check-dates.ts to tie a fact named whole there as if in the date's clause.
 */
import type { Span } from '../match/sentences';
import type { DateTie } from './date-ties';
import { RANK } from './mentions';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** Words of a measure of time before a fronted preposition ("a year", "two days", "late", "just"). */
const TIME_MEASURE =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|few|several|some|many|\\d+|half|a\\s+half|and|more|than|less|about|around|nearly|almost|barely|just|only|even|shortly|soon|long|late|early|exactly|precisely|days?|weeks?|months?|years?|decades?|hours?|nights?|mornings?|evenings?)';

/**
 * "when" right after the date, after a comma or not ("nosedived in June 2020 when troops clashed in
 * the Galwan Valley", ADR 0134); not "when" before it, nor a "when" further on.
 */
const WHEN_AFTER = /^\s*,?\s*when\s/i;

/**
 * A phrase that opens the sentence and ends with the date, before any verb ("A year after the
 * night of June 15–16", "On October 21"): an adverbial in front of the main clause. What may
 * stand before its preposition is a measure of time ("a year", "two days", "late", "just"), not a
 * subject and its verb ("It turned deadly on the night of June 15, 2020, when …": a main clause,
 * whose "when" clause runs on past its commas; ADR 0042 round 22).
 */
const FRONTED_ADVERBIAL = new RegExp(
  `^[\\s"“'‘]*(?:${TIME_MEASURE}\\s+){0,3}(?:after|before|since|following|on|in|by|until)\\s+(?:[\\w’'-]+\\s+){0,4}$`,
  'i',
);

/** The clause a ", when" right after the date opens, or null. */
export function whenClauseAfter(text: string, sentence: Span, e: Span): Span | null {
  const m = WHEN_AFTER.exec(text.slice(e.end, e.end + 12));
  if (!m) return null;
  const clause = clauseAt(text, sentence, e.end + m[0].length);
  if (clause.start < e.end) return null;
  // "A year after the night of June 15–16, when 20 Indian soldiers died in Galwan, Beijing has
  // acknowledged …": in a phrase fronted before the main clause, the "when" clause ends at its
  // comma; what follows is the main clause, not what happened on the date.
  if (FRONTED_ADVERBIAL.test(text.slice(sentence.start, e.start))) {
    const comma = text.indexOf(',', clause.start);
    if (comma >= 0 && comma < clause.end) return { start: clause.start, end: comma };
  }
  return clause;
}

/** A verb of raising a matter ("raised the curbs", "took up", "discussed"): its object is a topic. */
const DISCUSSING =
  /\b(?:raised|raising|discussed|discussing|took\s+up|taking\s+up|brought\s+up|flagged|pressed\s+(?:on|over|about)|complained\s+(?:about|of)|talked\s+about|spoke\s+about|sought|urged|asked\s+about)\b/i;

/**
 * "met again in New Delhi on June 22, when India raised the curbs on rare-earth exports": a fact
 * named after a verb of raising a matter is what was talked about then, not what happened then.
 */
function discussedIn(text: string, when: Span, t: DateTie): boolean {
  const first = Math.min(...t.mention.positions.filter((p) => p >= when.start && p < when.end));
  return DISCUSSING.test(text.slice(when.start, first));
}

/** True when the tie's words are whole inside `span`: its name, each cue group, or all its keywords (two at least). */
function wholeIn(t: DateTie, span: Span): boolean {
  const inside = (p: number) => p >= span.start && p < span.end;
  const m = t.mention;
  if (m.strength === 'alias') return m.positions.some(inside);
  if (m.strength === 'cue')
    return (m.cueGroups ?? []).length > 0 && (m.cueGroups ?? []).every((g) => g.some(inside));
  return m.positions.length >= 2 && m.positions.every(inside);
}

/**
 * The date's ties re-read by a "when" clause right after it: when the date's own clause names
 * no fact by its name or cue (keywords may stand there: "agreed to restore flights in April, when
 * Misri held talks in Beijing with Sun Weidong"), a fact named whole in the "when" clause, or
 * there and in the date's own clause (not pointed back to, nor standing in for a topic), is tied
 * as if in the date's clause, and whole (ADR 0042 round 22).
 */
export function tiedByWhenClause(
  text: string,
  sentence: Span,
  e: Span,
  ties: readonly DateTie[],
  expressions: readonly TemporalExpression[] = [],
): DateTie[] {
  const when = whenClauseAfter(text, sentence, e);
  if (!when) return [...ties];
  // "got a reprieve last week when China agreed to hold off on the controls it unveiled Oct. 9":
  // a "when" with no comma before it that gives a date of its own dates its events itself
  // (ADR 0134; after a comma, "nine months earlier, when Misri met Sun Weidong in Beijing on
  // 26–27 January", the clause's date restates the same time, as ADR 0038 reads it).
  if (
    !/^\s*,/.test(text.slice(e.end, when.start)) &&
    expressions.some((x) => x !== e && x.kind !== 'duration' && x.start >= when.start && x.end <= when.end)
  )
    return [...ties];
  const joint = { start: clauseAt(text, sentence, e.start).start, end: when.end };
  const inWhen = (t: DateTie) =>
    !t.mention.inherited &&
    !t.mention.derived &&
    t.mention.positions.some((p) => p >= when.start && p < when.end) &&
    wholeIn(t, joint) &&
    !discussedIn(text, when, t);
  // "agreed to bring back the flights in January, when …": a fact named or cued in the date's
  // own clause is what the date tells; the "when" clause says what went with it. "Misri and Sun met
  // again in New Delhi on June 12, when the Indian side raised the curbs on rare-earth exports": a
  // cue met in the date's clause whose other groups are in the "when" clause is whole there, the
  // clause saying what was done on the date it gives (ADR 0134).
  if (ties.some((t) => t.sameClause && RANK[t.mention.strength] >= RANK.cue && !inWhen(t)))
    return ties.map((t) =>
      t.sameClause &&
      !t.whole &&
      t.mention.strength === 'cue' &&
      !t.mention.inherited &&
      !t.mention.derived &&
      wholeIn(t, joint)
        ? { ...t, whole: true }
        : t,
    );
  return ties.map((t) =>
    inWhen(t) && !(t.sameClause && t.whole) ? { ...t, sameClause: true, related: false, whole: true } : t,
  );
}
