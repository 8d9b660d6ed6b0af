/**
 * Dates counted from publication forwards or over a span up to it, and a span named by a bare unit
 * (ADR 0076): "five days from now", "less than ten months away", "over the past two months",
 * "its year-old ban". Each needs its own words ("from now", "away", "the past", "-old"), so none
 * runs where they are not (ADR 0048's screens in temporal-rules.ts).
 */
import { addMonths, type DateInterval, dayInterval, monthInterval, yearInterval, ymd } from './dates';
import { defineRule } from './temporal-common';
import type { TemporalRule } from './temporal-types';
import { CARDINALS, comparatorOf, parseNumberWord, QUALIFIER_WORDS } from './words';

type CountUnit = 'day' | 'week' | 'month' | 'year';

const N = `(?<n>${CARDINALS})`;
const COUNT_UNIT = '(?<unit>day|week|fortnight|month|year)s?';

/** The amount and unit a count names, a fortnight as two weeks; null when the number is not one. */
function countOf(n: string | undefined, unit: string | undefined): { n: number; unit: CountUnit } | null {
  const u = (unit ?? '').toLowerCase().replace(/s$/, '');
  const k = parseNumberWord(n ?? '') * (u === 'fortnight' ? 2 : 1);
  if (!Number.isFinite(k) || k <= 0) return null;
  return { n: k, unit: u === 'fortnight' ? 'week' : (u as CountUnit) };
}

/** The day `n` units after `from` (before it for a negative n). */
function shifted(from: number, n: number, unit: CountUnit): number {
  if (unit === 'day') return from + n;
  if (unit === 'week') return from + 7 * n;
  return addMonths(from, unit === 'month' ? n : 12 * n);
}

/**
 * The date `n` units from publication as "two weeks ago" reads it backwards: a day, a week's
 * seven days, a month, a year (temporal-rules-relative.ts, `ago`).
 */
function countedDate(at: number, unit: CountUnit): DateInterval {
  if (unit === 'day') return dayInterval(at);
  if (unit === 'week') return { start: at - 3, end: at + 3, precision: 'range' };
  const d = ymd(at);
  return unit === 'month' ? monthInterval(d.year, d.month) : yearInterval(d.year);
}

/** Days a hedged count ("about ten days from now") is read wider at each end: a seventh of it, at least one. */
const hedgeDays = (days: number) => Math.max(1, Math.round(days / 7));

/** Counted-date rules; they sit with the relative ones. */
export const COUNTED_RULES: readonly TemporalRule[] = [
  defineRule({
    // "scheduled to enter Tibet on June 20, five days from now", "about a year from now": a date
    // ahead of publication, never behind it. Without a publication date, unresolved.
    name: 'from-now',
    pattern: new RegExp(
      `\\b(?:(?<qual>${QUALIFIER_WORDS})\\s+)?${N}\\s+${COUNT_UNIT}\\s+(?:from\\s+(?:now|today)|away|hence)\\b`,
      'gi',
    ),
    needs: { published: true },
    unresolved: 'a date counted forwards from publication',
    read(g, { published: pub }) {
      const count = countOf(g.n, g.unit);
      if (!count) return null;
      const comparator = comparatorOf(g.qual);
      const at = shifted(pub, count.n, count.unit);
      const date = countedDate(at, count.unit);
      const params = { n: count.n, unit: count.unit, direction: 1, ...(g.qual ? { qualifier: g.qual } : {}) };
      const how = `${count.n} ${count.unit}(s) after publication`;
      // "more than a year away", "less than ten months away": a bound, not a date. Read as the span
      // to publication, the latter would agree with any day before the one it names, and beside a
      // calendar date ("Nov. 10, 2026 — less than ten months away") would seem to give the record
      // whatever that date says (record-given.ts). Null: nor is it a duration.
      if (comparator !== 'exact' && comparator !== 'about') return null;
      if (comparator === 'about') {
        const w = hedgeDays(at - pub);
        return {
          kind: 'relative',
          interval: { start: date.start - w, end: date.end + w, precision: 'range' },
          how,
          params,
        };
      }
      return { kind: 'relative', interval: date, how, params };
    },
  }),
  defineRule({
    // "Over the past two months, Chinese authorities have held up clearances": the span up to
    // publication, not a length to compare with a record's. Only after "over" or "during": "for the
    // past five years" and "in the past five years" stay durations (a gap, a recency).
    name: 'past-span',
    pattern: new RegExp(
      `\\b(?:[Oo]ver|[Dd]uring)\\s+the\\s+(?:past|last)\\s+${N}\\s+(?<unit>day|week|month|year)s\\b`,
      'g',
    ),
    needs: { published: true },
    unresolved: 'a span up to publication',
    read(g, { published: pub }) {
      const count = countOf(g.n, g.unit);
      if (!count) return null;
      return {
        kind: 'relative',
        interval: { start: shifted(pub, -count.n, count.unit), end: pub, precision: 'range' },
        how: `the ${count.n} ${count.unit}(s) up to publication`,
        params: { n: count.n, unit: count.unit, direction: -1 },
        bound: null,
      };
    },
  }),
  defineRule({
    // "when it relaxed its year-old ban on urea exports": a unit with no number before "-old" is one
    // of it, about ("a 20-year-old man" has its number, and is no span of an event).
    name: 'unit-old',
    pattern:
      /(?<=\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er|[Tt]his)\s+)(?<unit>year|decade|month|week)-old\b/g,
    needs: { published: false },
    read(g) {
      const unit = (g.unit ?? '').toLowerCase();
      const years = unit === 'decade' ? 10 : unit === 'year' ? 1 : unit === 'month' ? 1 / 12 : 7 / 365.25;
      return {
        kind: 'duration',
        interval: null,
        duration: { years, comparator: 'about' },
        how: `a duration of about one ${unit}`,
        params: { n: 1, unit, qualifier: 'about' },
      };
    },
  }),
];
