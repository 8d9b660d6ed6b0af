/**
 * "Troops pulled back from Depsang and Demchok on Oct. 30, more than four years after the
 * standoff began in May 2020": a gap in years between two events whose length the fact base
 * records (a quantity in years related to the event the gap counts from) states that length.
 * The claim is the length ("more than four years"), read with its qualifier, which the gap as a
 * date offset loses (ADR 0044).
 *
 * Only agreement is taken from this reading; a length that does not fit is left to the gap's
 * reading as a date, which decides as before. Unless the gap runs between the very two events the
 * length is recorded between: the event counted from, and the last event named before the gap in
 * its sentence ("… completed their pullback on Oct. 30, more than six years after a standoff that
 * began in May 2020"). Then a length that does not fit is wrong (ADR 0095).
 */

import { wordTable } from '../collections';
import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { checkDuration } from './check-durations';
import { agreesWithRecord, type Claim } from './claim';
import { type Mention, RANK } from './mentions';
import type { TemporalExpression } from './temporal';
import { comparatorOf, QUALIFIER_WORDS } from './words';

/** A qualifier right before the gap ("more than four years after"). */
const QUALIFIER_BEFORE = new RegExp(`\\b(${QUALIFIER_WORDS})\\s+$`, 'i');

/** The gap's number and unit, without the pointing word ("four years" of "four years after"). */
const LENGTH_WORDS = /^(.*?\b(?:years?|months?))\b/i;

/** Years in one unit of an offset. */
const YEARS_PER: Readonly<Record<string, number>> = wordTable({ year: 1, month: 1 / 12 });

/**
 * The length claim for anchored gap `e` counted from `from`, when a quantity in years of the
 * sentence (cued or named) is related to one of those events and the length agrees with it.
 */
export function gapLength(c: Checker, e: TemporalExpression, from: readonly Mention[]): Claim | null {
  const offset = e.offset;
  const per = offset ? YEARS_PER[offset.unit] : undefined;
  if (!offset || per === undefined || offset.amount <= 0) return null;
  const anchors = new Set(from.map((m) => m.fact.id));
  const lengths = c.mentions.filter(
    (m) =>
      m.fact.quantity?.unit === 'years' &&
      RANK[m.strength] >= RANK.cue &&
      (m.fact.relations ?? []).some((r) => anchors.has(r.target)),
  );
  if (lengths.length !== 1) return null;
  const text = c.input.text;
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(c.sentence.start, e.start - 24), e.start));
  const start = qualifier ? e.start - qualifier[0].length : e.start;
  const words = LENGTH_WORDS.exec(e.text)?.[1] ?? e.text;
  const length: TemporalExpression = {
    ...e,
    kind: 'duration',
    start,
    end: e.start + words.length,
    text: text.slice(start, e.start + words.length),
    interval: null,
    duration: { years: offset.amount * per, comparator: comparatorOf(qualifier?.[1]) },
    params: { n: offset.amount, unit: offset.unit, ...(qualifier ? { qualifier: qualifier[1] ?? '' } : {}) },
  };
  const claim = checkDuration({ ...c, mentions: lengths }, length);
  if (!claim) return null;
  return agreesWithRecord(claim) || betweenItsEvents(c, e, (lengths[0] as Mention).fact, from) ? claim : null;
}

/** Keyword evidence this strong, of two keywords or more, names the event a gap ends at. */
export const END_EVIDENCE = 8;

/** Named by name or cue, or by strong keyword evidence; not a place's name, a topic's stand-in or an earlier sentence's. */
const firmlyNamed = (m: Mention) =>
  !m.loose &&
  !m.derived &&
  !m.inherited &&
  (RANK[m.strength] >= RANK.cue || (m.score >= END_EVIDENCE && (m.keywords ?? 0) >= 2));

/**
 * True when `length` is recorded between an event the gap counts from (named firmly) and the one
 * event named firmly nearest before the gap in its sentence: the gap is then that very length.
 */
function betweenItsEvents(
  c: Checker,
  e: TemporalExpression,
  length: Fact,
  from: readonly Mention[],
): boolean {
  const related = new Set((length.relations ?? []).map((r) => r.target));
  const anchors = new Set(from.filter((m) => related.has(m.fact.id) && firmlyNamed(m)).map((m) => m.fact.id));
  if (!anchors.size) return false;
  const last = (m: Mention) =>
    Math.max(-1, ...m.positions.filter((p) => p >= c.sentence.start && p < e.start));
  const before = c.mentions.filter(
    (m) =>
      (m.fact.kind === 'event' || m.fact.kind === 'instrument') &&
      m.fact.date !== undefined &&
      !anchors.has(m.fact.id) &&
      !m.inherited &&
      last(m) >= 0,
  );
  const nearest = Math.max(-1, ...before.map(last));
  const ends = before.filter((m) => last(m) === nearest);
  return ends.length === 1 && related.has((ends[0] as Mention).fact.id) && firmlyNamed(ends[0] as Mention);
}
