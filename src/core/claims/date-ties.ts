/**
 * A date's candidates (the facts it may be the date of) and how they rank: the tie of each
 * mention to the date with its record and comparison, agreement and nearness orders, rivals
 * that are clearly farther or of another shape, parts and related facts that may own a date
 * their whole cannot (a start date, a bound), and lists that end before the next event.
 * Used by check-dates.ts.
 */

import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { type Checker, firm, otherExpressionsIn } from './check-common';
import { completedBy } from './completion-by';
import { namedWithin, ownsDate, takesEffect } from './date-owners';
import { type DateInterval, factInterval, gapDays } from './dates';
import { lookupsOf } from './mention-lookups';
import type { Mention } from './mentions';
import { cuedOverKeywords, withWhereAntecedent } from './part-over-keywords';
import { findTemporal, type TemporalExpression } from './temporal';
import { clauseAt, type Tie, tieOf } from './ties';
import { compareDates } from './verdict';

/** How much farther a rival's record must be for the nearest reading to be unambiguous. */
export const CLEAR_MARGIN_DAYS = 14;

/** ... and how many times farther. */
export const CLEAR_RATIO = 1.5;

export type DateTie = Tie & { record: DateInterval; cmp: ReturnType<typeof compareDates> };

export const closeTie = (t: Tie) => Number(t.sameClause && !t.related);

/** How far a record's span is from the claimed span ("Aug. 31" fits the meeting on 31 Aug better than the summit of 31 Aug–1 Sep). */
export const misfit = (claimed: DateInterval, t: DateTie) =>
  Math.abs(claimed.start - t.record.start) + Math.abs(claimed.end - t.record.end);

/** Agreeing candidates: firm first, then tied, then the best-fitting record, then the nearest. */
export const byAgreement = (claimed: DateInterval) => (a: DateTie, b: DateTie) =>
  firm(b) - firm(a) ||
  closeTie(b) - closeTie(a) ||
  misfit(claimed, a) - misfit(claimed, b) ||
  a.distance - b.distance;

/** How far a claimed date is from a record (0 when they overlap). */
export const gapTo = (claimed: DateInterval, t: { record: DateInterval }) => gapDays(claimed, t.record);

/**
 * A disagreeing date is about the candidate whose record it is nearest to ("acknowledged
 * … killed in the clash in March 2021" is about the acknowledgement of Feb 2021, not the
 * clash of June 2020): among named or cued candidates, the nearest comes first.
 */
export function nearestFirst(ties: readonly DateTie[], claimed: DateInterval): DateTie[] {
  return [...ties].sort(
    (a, b) =>
      firm(b) - firm(a) ||
      Number(b.whole) - Number(a.whole) ||
      gapTo(claimed, a) - gapTo(claimed, b) ||
      a.distance - b.distance,
  );
}

/**
 * "the summit in Tianjin, scheduled for Sept. 20 and 21": a span of days is the date of an
 * event that lasted days, not of a one-day meeting at it, when the best candidate lasted days.
 */
export function otherShape(claimed: DateInterval, best: DateTie, other: DateTie): boolean {
  const days = (i: DateInterval) => i.end - i.start;
  return (
    days(claimed) >= 1 && days(best.record) >= 1 && days(other.record) === 0 && claimed.precision === 'range'
  );
}

/** True when `other` is so much farther from the claimed date than `best` that it is no rival. */
export function clearlyFarther(other: DateTie, best: DateTie, claimed: DateInterval): boolean {
  const g = gapTo(claimed, best);
  const h = gapTo(claimed, other);
  return h >= CLEAR_RATIO * g && h - g >= CLEAR_MARGIN_DAYS;
}

export function dateTies(c: Checker, e: Span, claimed: DateInterval): DateTie[] {
  return c.mentions.flatMap((m) => {
    const record = m.fact.date ? factInterval(m.fact.date) : null;
    return record
      ? [{ ...tieOf(c.input.text, c.sentence, e, m), record, cmp: compareDates(claimed, record) }]
      : [];
  });
}

/** The candidate `claimed` agrees with, best first (keyword evidence only within its clause). */
export function agreeingTie(ties: readonly DateTie[], claimed: DateInterval): DateTie | undefined {
  return ties
    .filter((t) => t.cmp.agrees && (t.mention.strength !== 'evidence' || t.sameClause))
    .sort(byAgreement(claimed))[0];
}

/** A part of the agreeing fact (its `part-of` relation), named or cued whole in the date's clause, that disagrees. */
export function partNamedIn(
  c: Checker,
  e: Span,
  close: readonly DateTie[],
  hit: DateTie,
  byKeywords = false,
): boolean {
  // "… via Nathu La in Sikkim, where the first group entered Tibet on June 21" (part-over-keywords.ts).
  const clause = withWhereAntecedent(c.input.text, c.sentence, clauseAt(c.input.text, c.sentence, e.start));
  // With `byKeywords`, keyword evidence with every keyword in the clause before the date names the part too.
  const inside = (p: number) => p >= clause.start && p < e.start;
  const keywordsWithin = (t: DateTie) =>
    byKeywords &&
    t.mention.strength === 'evidence' &&
    (t.mention.keywordGroups ?? []).length > 1 &&
    (t.mention.keywordGroups ?? []).every((g) => g.some(inside));
  return close.some(
    (t) =>
      !t.cmp.agrees &&
      firm(t) &&
      !t.mention.derived &&
      !t.mention.inherited &&
      (t.mention.fact.relations ?? []).some(
        (r) => r.type === 'part-of' && r.target === hit.mention.fact.id,
      ) &&
      (t.distance < hit.distance || cuedOverKeywords(t.mention, hit.mention)) &&
      (namedWithin(t.mention, clause, e) || keywordsWithin(t)),
  );
}

/**
 * True when a date that agrees with `t`'s record lies between `t`'s nearest word and the date
 * `e`, or holds that word ("The decision on Monday … follows the December 18 SR talks": the
 * talks' month is their word, inside their own date) and is at least as precise as `e`.
 */
export function dateBetween(c: Checker, t: DateTie, e: TemporalExpression): boolean {
  const holding = c.expressions?.find(
    (x) => x !== e && x.start <= t.at && t.at < x.end && x.interval !== null && e.interval !== null,
  );
  if (
    holding?.interval &&
    e.interval &&
    holding.interval.end - holding.interval.start <= e.interval.end - e.interval.start &&
    compareDates(holding.interval, t.record).agrees
  )
    return true;
  const [start, end] = t.at < e.start ? [t.at, e.start] : [e.end, t.at];
  if (end - start < 4) return false;
  const between = c.expressions ? otherExpressionsIn(c.expressions, e, { start, end }) : null;
  return (between ?? findTemporal(c.input.text, { start, end }, c.input.published)).some(
    (x) => x.interval !== null && compareDates(x.interval, t.record).agrees,
  );
}

/** True when the event tied most closely to a date (named or cued, in its clause) was still ahead at publication. */
export function upcomingEvent(ties: readonly DateTie[], published: number | null): boolean {
  if (published === null) return false;
  const nearest = ties
    .filter((t) => firm(t) && t.sameClause && !t.related && t.whole)
    .sort((a, b) => a.distance - b.distance)[0];
  return (
    nearest !== undefined &&
    nearest.record.start > published &&
    nearest.record.start - published <= UPCOMING_EVENT_DAYS
  );
}

/** An event this close after publication may be the upcoming one a year-less date or weekday names. */
export const UPCOMING_EVENT_DAYS = 92;

/**
 * Relations that only order two events in time: the event before or after the one named is
 * another event, and owns none of the named one's bounds ("India has accepted tourist visa
 * applications since July 24" is not the pilgrimage the visas came after).
 */
const SEQUENCE: ReadonlySet<string> = new Set(['after', 'before']);

/**
 * Facts related to the tied ones that own a bound date (as firm as the fact they relate to). Of a
 * tied fact named by its own name that owns the bound itself (one of `owners`), only related facts
 * the date agrees with: "can apply for tourist visas again from Monday" is the visas' day; the
 * pilgrimage and the flights related to them are no rivals to a day they do not fit either (ADR
 * 0045, round 23). (Not of a cued fact: a cue may reach into another clause, whose act a related
 * fact may be: "inspections, in place since October 2021" beside the cued urea ban.)
 */
export function relatedOwners(
  c: Checker,
  e: TemporalExpression,
  close: readonly DateTie[],
  claimed: DateInterval,
  owners: readonly DateTie[] = [],
): DateTie[] {
  const owning = new Set(
    owners.filter((o) => o.mention.strength === 'alias' && !o.mention.loose).map((o) => o.mention.fact.id),
  );
  if (e.bound === null && !takesEffect(c.input.text, e)) return [];
  // "was completed by Oct. 30": the act named owns its own latest day (completion-by.ts).
  if (completedBy(c.input.text, e)) return [];
  const out: DateTie[] = [];
  const startBound = e.bound === 'since' || e.bound === 'from';
  const parts = lookupsOf(c.input.index, c.input.factById, c.input.memo).partsOf;
  for (const t of close) {
    // A topic's event stands in for the topic (context.ts withRelated): its own relations are
    // two steps from anything the sentence names ("the Special Representatives mechanism …,
    // dormant since late 2019" is not the disengagement the Kazan meeting preceded; ADR 0055).
    if (!firm(t) || t.mention.derived) continue;
    // The fact's related facts, and its parts the sentence names by their own words ("the
    // start date for parts of Announcement No. 61").
    const targets = [
      ...(t.mention.fact.relations ?? [])
        .filter((r) => !(startBound && t.mention.strength === 'alias' && SEQUENCE.has(r.type)))
        .map((r) => c.input.factById(r.target))
        // Of a fact found by keywords alone, a related fact owns the bound only where the sentence
        // has words of its own ("Delhi–Shanghai flights from Nov. 9" is no day of the tourist
        // visas the flights are related to; ADR 0066).
        .filter((f) => !(f && t.mention.strength === 'evidence' && !partNamedByWords(c, f))),
      ...(parts.get(t.mention.fact.id) ?? []).filter((p) => partNamedByWords(c, p)),
    ];
    for (const fact of new Set(targets)) {
      const record = fact?.date ? factInterval(fact.date) : null;
      if (!fact || !record || !ownsDate(c.input.text, e, fact)) continue;
      const cmp = compareDates(claimed, record);
      if (owning.has(t.mention.fact.id) && !cmp.agrees) continue;
      out.push({ ...t, mention: { ...t.mention, fact }, record, cmp });
    }
  }
  return out;
}

/**
 * "the Kuala Lumpur round on October 25–26 and the Busan summit": an event named only after the
 * date, past "and" (or "or", "as well as"), is the next item of a list, not what the date dates.
 */
export function namedAfterAnd(text: string, sentence: Span, e: Span, m: Mention): boolean {
  const own = m.positions.filter((p) => p >= sentence.start && p < sentence.end);
  if (!own.length || own.some((p) => p < e.end)) return false;
  return /^\s*,?\s*(?:and|or|as well as)\s/i.test(text.slice(e.end, Math.min(...own)));
}

/** True when the sentence has one of the fact's own keywords or aliases (not take-effect words). */
export function partNamedByWords(c: Checker, fact: Fact): boolean {
  const words = ` ${c.input.text
    .slice(c.sentence.start, c.sentence.end)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.%]+/gu, ' ')} `;
  return [...(fact.keywords ?? []), ...fact.aliases.map((a) => a.text)]
    .map((k) =>
      k
        .toLowerCase()
        .replace(/[^\p{L}\p{N}.%]+/gu, ' ')
        .trim(),
    )
    .some((k) => k.length > 2 && !/effect|force|kick/.test(k) && words.includes(` ${k} `));
}
