/**
 * A day written without a year in an article with no publication date and no year of its own
 * paragraph (ADR 0042, round 17): "the meeting between Modi and Xi in Kazan, Russia, on Oct.
 * 13". Read in the year of the record of the event it is tied to, it agrees or not with that
 * record whatever year the writer meant, so it is checked as that day (every ownership rule
 * of checkDate applying). Used by expressions.ts.
 */
import type { Checker } from './check-common';
import { checkDate, type DateCheck } from './check-dates';
import { agreesWithRecord } from './claim';
import { factInterval, formatInterval, ymd } from './dates';
import { RANK } from './mentions';
import { reason } from './reasons';
import { findTemporal, type TemporalExpression } from './temporal';
import { tieOf } from './ties';

/** Rules that read a day (or days) of a month without a year. */
const DAYS = new Set(['day-month', 'month-day']);

export function undatedDay(c: Checker, e: TemporalExpression): DateCheck | null {
  if (c.input.published !== null || e.interval !== null || !DAYS.has(e.rule)) return null;
  // The events named or cued in the date's clause, each with a record within one year.
  const all = c.mentions
    .filter((m) => m.fact.date && RANK[m.strength] >= RANK.cue)
    .map((m) => tieOf(c.input.text, c.sentence, e, m))
    .filter((x) => x.sameClause);
  // Named ones (an alias) before those only cued: "in Kazan … on Oct. 13" beside a cue of Modi and Xi.
  const top = Math.max(...all.map((t) => RANK[t.mention.strength]));
  const years = new Set<number>();
  for (const t of all.filter((x) => RANK[x.mention.strength] === top)) {
    const date = t.mention.fact.date;
    const record = date ? factInterval(date) : null;
    if (!record) return null;
    const y = ymd(record.start).year;
    if (y !== ymd(record.end).year) return null;
    years.add(y);
  }
  // "Modi and Xi met there on Aug. 31": Kazan (2024) and Tianjin (2025) are both candidates;
  // which year is meant is a guess, so only a reading that agrees is said.
  // Each year read only until one agrees (a reading is a full check of the date: ADR 0022, round 21).
  if (years.size === 1) return readIn(c, e, [...years][0] as number);
  for (const y of years) {
    const g = readIn(c, e, y);
    if (g?.claim && agreesWithRecord(g.claim)) return g;
  }
  return null;
}

/** `e` read in `year` and checked; only a claim on a fact whose record is of that year. */
function readIn(c: Checker, e: TemporalExpression, year: number): DateCheck | null {
  const [read] = findTemporal(c.input.text, e, null, { yearHint: year }).filter(
    (x) => x.start === e.start && x.end === e.end && x.interval !== null,
  );
  if (!read?.interval) return null;
  const got = checkDate(
    c,
    e,
    read.interval,
    reason('read-date', { said: e.text, resolved: formatInterval(read.interval), rule: e.rule }),
  );
  const fact = got.claim ? c.input.factById(got.claim.factId) : undefined;
  const record = fact?.date ? factInterval(fact.date) : null;
  // Another event's record may lie in another year.
  return record && ymd(record.start).year === year ? got : null;
}
