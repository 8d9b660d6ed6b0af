/**
 * A recency gap read from its start date ("the first face-to-face meeting since 2019"): the
 * length from that date to the event's day, checked as a quantity in years. Split from
 * expressions.ts.
 */
import { type Checker, otherExpressionsOfSentence } from './check-common';
import { RECENCY } from './context';
import { ymd } from './dates';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/**
 * "The first face-to-face meeting since 2019", "the first … since the pilgrimage was
 * halted five years ago": the date marks the start of a gap, and the claim is the gap's
 * length, checked against the record's gap (a quantity in years).
 */
export function recencyGap(c: Checker, e: TemporalExpression): TemporalExpression | null {
  const sentence = c.input.text.slice(c.sentence.start, c.sentence.end);
  if (!RECENCY.test(sentence) || !c.mentions.some((m) => m.fact.quantity?.unit === 'years')) return null;
  if (placeNarrowsSeries(c, e)) return null;
  let years: number | null = null;
  if (e.rule === 'ago' && e.params.unit === 'year') years = Number(e.params.n);
  else if (
    e.bound === 'since' &&
    e.interval &&
    c.input.published !== null &&
    e.interval.precision !== 'day'
  ) {
    // "A year ago today the Special Representatives met … for the first time since December
    // 2019": the gap runs to the day its clause dates the event, not to publication (ADR 0050).
    const until = eventDayInClause(c, e) ?? c.input.published;
    const [to, from] = [ymd(until), ymd(e.interval.start)];
    // "the first since Dec. 2019", written on 2 January 2025: five years and a month, counted in
    // months where the date gives one, not the six that the two years' numbers differ by.
    years =
      e.interval.precision === 'month'
        ? (to.year * 12 + to.month - (from.year * 12 + from.month)) / 12
        : to.year - from.year;
    // "the first … since 2019", written in 2025: six years since it last happened, five years
    // without it; a record may count either, so the gap is read between the two.
    if (e.interval.precision === 'year') years -= 0.5;
  }
  if (years === null || !Number.isFinite(years) || years <= 0) return null;
  return {
    ...e,
    kind: 'duration',
    interval: null,
    duration: { years, comparator: 'about' },
    params: { ...e.params, unit: 'year', n: years, toPublication: 1 },
  };
}

/**
 * The day another date of the gap's clause gives its event ("A year ago today … met … for the
 * first time since December 2019"): a resolved, unbounded, non-reporting date before the gap,
 * at least a month before publication. Null when there is none.
 */
function eventDayInClause(c: Checker, e: TemporalExpression): number | null {
  const pub = c.input.published;
  if (pub === null) return null;
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  const other = otherExpressionsOfSentence(c, e, { start: clause.start, end: e.start }).find(
    (x) =>
      (x.kind === 'absolute' || x.kind === 'relative') &&
      x.bound === null &&
      !x.reporting &&
      x.interval !== null &&
      x.interval.end < pub - 30,
  );
  return other?.interval ? other.interval.start : null;
}

/**
 * "the first Special Representatives meeting in New Delhi since December 2019": a place after
 * the first-word narrows the series to the instances held there, so the gap is the place's (the
 * last meeting anywhere may be later), not a recorded gap whose title names no such place
 * (ADR 0057). "Modi's first visit to China since 2018" is no narrowing: "to" names the visit's
 * destination, part of the series itself.
 */
function placeNarrowsSeries(c: Checker, e: TemporalExpression): boolean {
  const text = c.input.text;
  const lead = text.slice(c.sentence.start, e.start);
  const first = /\bfirst\b(?![\s\S]*\bfirst\b)/i.exec(lead);
  if (!first) return false;
  const place = /\s(?:in|at)\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+since\s+$/.exec(
    lead.slice(first.index),
  );
  if (!place?.[1]) return false;
  const name = place[1].toLowerCase();
  return !c.mentions.some(
    (m) => m.fact.quantity?.unit === 'years' && m.fact.title.toLowerCase().includes(name),
  );
}
