/**
 * Two sentences that date one fact differently, each within the record (ADR 0022, seventh
 * round). The claim engine ties "Modi is in Kazan on a two-day visit, October 22 and 23" and
 * "the BRICS summit is being held in Kazan from Oct. 22 to 24" to one event, and both fit its
 * record: neither is wrong, so they do not disagree about the fact; they date two different
 * things under it (the visit, the summit). Such a pair says two facts, not one fact twice,
 * and is taken only when the wording is close throughout (NEAR). A date the record does not
 * support is another matter: that is a conflict, and its pair stands (facts-view.ts).
 */
import type { SideClaim } from './facts';
import { isDate } from './facts';

/** A pair whose sentences date one fact differently, both within the record, needs this score. */
export const NEAR = 0.6;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
/** A range wider than this many days ("last week", "between June and August") dates nothing precisely. */
export const RANGE_DAYS = 4;

/** Days since the epoch of "23 Oct 2024", or NaN. */
function dayOf(d: string, m: string, y: string): number {
  const month = MONTHS.indexOf(m);
  return month < 0 ? Number.NaN : Date.UTC(Number(y), month, Number(d)) / DAY;
}

/**
 * A resolved date as days [first, last]: "31 Aug 2025", "22–23 Oct 2024", "31 Aug – 1 Sep
 * 2025"; null for a month, a year, a figure, or a range wider than RANGE_DAYS.
 */
export function daySpan(resolved: string | null): readonly [number, number] | null {
  if (!resolved) return null;
  const one = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(resolved);
  if (one) {
    const d = dayOf(one[1] as string, one[2] as string, one[3] as string);
    return Number.isNaN(d) ? null : [d, d];
  }
  const range = /^(\d{1,2})(?: ([A-Z][a-z]{2}))? ?[–-] ?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(resolved);
  if (!range) return null;
  const y = range[5] as string;
  const first = dayOf(range[1] as string, (range[2] ?? range[4]) as string, y);
  const last = dayOf(range[3] as string, range[4] as string, y);
  if (Number.isNaN(first) || Number.isNaN(last) || last < first || last - first > RANGE_DAYS) return null;
  return [first, last];
}

/**
 * Two dates of one fact that can say the same: one day inside the other's span (a day of a
 * visit, "June 15" of "the night of June 15-16"), or the same span. Two different days, or
 * two different spans ("October 22 and 23" / "Oct. 22 to 24"), date two things.
 */
function compatible(x: readonly [number, number], y: readonly [number, number]): boolean {
  if (x[0] === y[0] && x[1] === y[1]) return true;
  const single = x[0] === x[1] || y[0] === y[1];
  return single && x[0] <= y[1] && y[0] <= x[1];
}

/** The precise dates a sentence's claims give each fact they fit (not said-on dates, not denied). */
function spansByFact(claims: readonly SideClaim[]): Map<string, (readonly [number, number])[]> {
  const out = new Map<string, (readonly [number, number])[]>();
  for (const c of claims) {
    if (c.verdict !== 'consistent' || c.reporting || c.negated || !isDate(c.resolved)) continue;
    const span = daySpan(c.resolved);
    if (!span) continue;
    const list = out.get(c.factId);
    if (list) list.push(span);
    else out.set(c.factId, [span]);
  }
  return out;
}

/**
 * True when the two sentences' claims date one fact precisely, each within the record, and no
 * date of one can say what a date of the other says: they tell two things the record groups
 * under one fact.
 */
export function datedApart(a: readonly SideClaim[], b: readonly SideClaim[]): boolean {
  if (!a.length || !b.length) return false;
  const sa = spansByFact(a);
  if (!sa.size) return false;
  for (const [fact, spans] of spansByFact(b)) {
    const mine = sa.get(fact);
    if (mine && !spans.some((x) => mine.some((y) => compatible(x, y)))) return true;
  }
  return false;
}

const MONTH_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d|,\d|\s*(?:%|per ?cent|percent))\b/i;
const SHARE = /%|\bper ?cent\b|\bpercent\b/i;

/**
 * A figure the claim engine read from words that do not give it (ADR 0022, seventh round):
 * a day of a month taken for a count ("June 15" read as 15 people, "Feb 19 — Four Chinese
 * soldiers" as 19), or a share taken for an amount ("about 69%" read as tonnes). Such a value
 * is not what the article says, so it is never a side of a conflict. Dates are not checked.
 */
export function misreadFigure(quote: string, resolved: string | null): boolean {
  if (!resolved || isDate(resolved)) return false;
  if (MONTH_DAY.test(quote)) return true;
  return SHARE.test(quote) && !/\bpercent\b/.test(resolved);
}
