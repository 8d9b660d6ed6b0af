/**
 * "Troops pulled back from Depsang and Demchok on Oct. 30, more than four years after the
 * standoff began in May 2020": a gap in years between two events whose length the fact base
 * records (a quantity in years related to the event the gap counts from) states that length.
 * The claim is the length ("more than four years"), read with its qualifier, which the gap as a
 * date offset loses (ADR 0044).
 *
 * Only agreement is taken from this reading; a length that does not fit is left to the gap's
 * reading as a date, which decides as before.
 */
import type { Checker } from './check-common';
import { checkDuration } from './check-quantities';
import { agreesWithRecord, type Claim } from './claim';
import { type Mention, RANK } from './mentions';
import type { TemporalExpression } from './temporal';
import { comparatorOf, QUALIFIER_WORDS } from './words';

/** A qualifier right before the gap ("more than four years after"). */
const QUALIFIER_BEFORE = new RegExp(`\\b(${QUALIFIER_WORDS})\\s+$`, 'i');

/** The gap's number and unit, without the pointing word ("four years" of "four years after"). */
const LENGTH_WORDS = /^(.*?\b(?:years?|months?))\b/i;

/** Years in one unit of an offset. */
const YEARS_PER: Record<string, number> = { year: 1, month: 1 / 12 };

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
  return claim && agreesWithRecord(claim) ? claim : null;
}
