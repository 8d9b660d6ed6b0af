/**
 * Values the claim engine read that the article does not give (ADR 0022, seventh round):
 * such a value is never a side of a conflict (facts-view.ts).
 */
import type { DayEdge } from './day-edge';
import { isDate } from './facts';

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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
const day = (y: number, m: number, d: number) => Date.UTC(y, m, d) / DAY;

/**
 * A resolved date as the days it covers [first, last]: "23 Oct 2024", "22–23 Oct 2024",
 * "31 Aug – 1 Sep 2025", "Oct 2024" (the month), "2024" (the year); null otherwise.
 */
export function daysOf(resolved: string | null): readonly [number, number] | null {
  if (!resolved) return null;
  const m = (name: string | undefined) => (name === undefined ? -1 : MONTHS.indexOf(name));
  let r = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(resolved);
  if (r && m(r[2]) >= 0) {
    const d = day(Number(r[3]), m(r[2]), Number(r[1]));
    return [d, d];
  }
  r = /^(\d{1,2})(?: ([A-Z][a-z]{2}))? ?[–-] ?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(resolved);
  if (r && m(r[4]) >= 0 && (r[2] === undefined || m(r[2]) >= 0)) {
    const y = Number(r[5]);
    return [day(y, r[2] === undefined ? m(r[4]) : m(r[2]), Number(r[1])), day(y, m(r[4]), Number(r[3]))];
  }
  r = /^([A-Z][a-z]{2}) (\d{4})$/.exec(resolved);
  if (r && m(r[1]) >= 0) return [day(Number(r[2]), m(r[1]), 1), day(Number(r[2]), m(r[1]) + 1, 1) - 1];
  r = /^(\d{4})$/.exec(resolved);
  if (r) return [day(Number(r[1]), 0, 1), day(Number(r[1]) + 1, 0, 1) - 1];
  return null;
}

/** An approximate figure ("about 70 percent", "nearly 70%") may be this share off and still agree. */
export const APPROX_SHARE = 0.05;

/** Words that make a figure approximate (not bounds: "more than 20" is not "about 20"). */
const HEDGE =
  /\b(?:about|around|nearly|almost|roughly|approximately|close to|some|an estimated|estimated)\s+$/i;

/** A value as the conflict finder sees it: what was resolved, and the words it was read from. */
export interface ReadValue {
  readonly resolved: string | null;
  readonly quote: string;
}

/** The figure is approximate: marked so by the claim engine ("~70 percent") or hedged in its quote. */
function approximate(v: ReadValue): boolean {
  if (v.resolved?.startsWith('~')) return true;
  const at = v.quote.search(/\d/);
  return (
    HEDGE.test(at >= 0 ? v.quote.slice(0, at) : '') ||
    /^(?:about|around|nearly|almost|roughly)\b/i.test(v.quote)
  );
}

/**
 * Two values that say the same at the coarser precision of the two (ADR 0022, seventh
 * round): a date inside the other's period ("Oct 2024" / "23 Oct 2024"), or an approximate
 * figure within APPROX_SHARE of the other ("nearly 70%" / "69%"). Such values are no
 * conflict between the two articles, even when both differ from the record.
 */
export function sameValue(x: ReadValue, y: ReadValue): boolean {
  if (x.resolved === y.resolved) return true;
  if (isDate(x.resolved) && isDate(y.resolved)) {
    const dx = daysOf(x.resolved);
    const dy = daysOf(y.resolved);
    if (!dx || !dy) return false;
    return (dx[0] <= dy[0] && dy[1] <= dx[1]) || (dy[0] <= dx[0] && dx[1] <= dy[1]);
  }
  const fx = /^([~<>≤≥]?)([\d.,]+)\s+(\p{L}+)$/u.exec(x.resolved ?? '');
  const fy = /^([~<>≤≥]?)([\d.,]+)\s+(\p{L}+)$/u.exec(y.resolved ?? '');
  if (!fx || !fy || fx[3] !== fy[3]) return false;
  if (!approximate(x) && !approximate(y)) return false;
  const a = Number((fx[2] as string).replace(/,/g, ''));
  const b = Number((fy[2] as string).replace(/,/g, ''));
  return Math.abs(a - b) <= APPROX_SHARE * Math.max(Math.abs(a), Math.abs(b));
}

/** A figure with its unit: "3 years", ">20 people". */
const FIGURE = /^([~<>≤≥]?)([\d.,]+)\s+(\p{L}+)$/u;
/** Words that make a figure a bound: "more than three years", "over 20", "fewer than 50". */
const LOWER_BOUND = /^(?:more than|over|upwards of|at least|in excess of)\b/i;
const UPPER_BOUND = /^(?:less than|fewer than|under|below|at most|up to)\b/i;
/**
 * How far a bound must miss a figure to say another thing (round 21): by two whole units and
 * by a quarter. "More than three years" is three-something, as a writer who knew it was five
 * would have written "five" or "more than four"; "more than 5,000 applicants" and "5,561" agree.
 */
export const BOUND_MISS = { units: 2, share: 0.25 } as const;

function boundOf(
  v: ReadValue,
): { kind: 'lower' | 'upper' | 'exact' | 'approx'; n: number; unit: string } | null {
  const f = FIGURE.exec(v.resolved ?? '');
  if (!f) return null;
  const n = Number((f[2] as string).replace(/,/g, ''));
  const unit = f[3] as string;
  const quote = v.quote.trim();
  if (f[1] === '>' || f[1] === '≥' || LOWER_BOUND.test(quote)) return { kind: 'lower', n, unit };
  if (f[1] === '<' || f[1] === '≤' || UPPER_BOUND.test(quote)) return { kind: 'upper', n, unit };
  return { kind: approximate(v) ? 'approx' : 'exact', n, unit };
}

/**
 * One value is a bound and the other an exact figure in the same unit that the bound misses by
 * BOUND_MISS or more ("more than three years" / "five years"): both may fit the record, yet the
 * two articles give the length differently, which an editor flags.
 */
export function boundMisses(x: ReadValue, y: ReadValue): boolean {
  const bx = boundOf(x);
  const by = boundOf(y);
  if (!bx || !by || bx.unit !== by.unit) return false;
  const [bound, exact] = bx.kind === 'exact' ? [by, bx] : by.kind === 'exact' ? [bx, by] : [null, null];
  if (!bound || !exact) return false;
  const miss = BOUND_MISS.units;
  if (bound.kind === 'lower') return exact.n >= bound.n + miss && exact.n >= bound.n * (1 + BOUND_MISS.share);
  if (bound.kind === 'upper') return exact.n <= bound.n - miss && exact.n <= bound.n * (1 - BOUND_MISS.share);
  return false;
}

/** The value is a bound ("more than three years", "under 50"). */
export function isBound(v: ReadValue): boolean {
  const b = boundOf(v);
  return !!b && (b.kind === 'lower' || b.kind === 'upper');
}

/** A span of days written with both ends: "18–20 Aug 2025", "31 Aug – 1 Sep 2025". */
const DAY_SPAN = /^\d{1,2}(?: [A-Z][a-z]{2})? ?[–-] ?\d{1,2} [A-Z][a-z]{2} \d{4}$/;

/**
 * A length in days against a span of dates of another length (round 21): "a two-day visit" and
 * "visiting India from Aug. 18 to 20" (three days, counted inclusively, as a visit's days are)
 * give the visit's length differently. An approximate length or a bound is left alone.
 */
export function lengthAgainstSpan(x: ReadValue, y: ReadValue): boolean {
  const [length, span] = DAY_SPAN.test(y.resolved ?? '')
    ? [x, y]
    : DAY_SPAN.test(x.resolved ?? '')
      ? [y, x]
      : [null, null];
  if (!length || !span) return false;
  const b = boundOf(length);
  if (b?.kind !== 'exact' || !/^days?$/.test(b.unit)) return false;
  const days = daysOf(span.resolved);
  return !!days && days[1] - days[0] + 1 !== b.n;
}

/** A value with the edge of its day, as the conflict finder sees it. */
export interface EdgedDate {
  readonly resolved: string | null;
  readonly edge?: DayEdge;
}

/**
 * Two single days one apart where the earlier is written at its late edge or the later at its
 * early edge ("Sunday night" / "early Monday"): one overnight moment, not two dates.
 */
export function acrossMidnight(x: EdgedDate, y: EdgedDate): boolean {
  const dx = daysOf(x.resolved);
  const dy = daysOf(y.resolved);
  if (!dx || !dy || dx[0] !== dx[1] || dy[0] !== dy[1] || Math.abs(dx[0] - dy[0]) !== 1) return false;
  const [earlier, later] = dx[0] < dy[0] ? [x, y] : [y, x];
  return earlier.edge === 'late' || later.edge === 'early';
}

/** A date that names days, not a month or a year: at most this many days long. */
const DAY_PRECISE = 7;

/**
 * `y` tells `x`'s value at `x`'s own precision (ADR 0132): the same value, a figure sameValue
 * takes for it, or — for a date of days — a date of days that covers or falls within it
 * ("15 Jun 2020" / "15–16 Jun 2020"). A month or a year never tells a day ("2020" does not tell
 * "15 Jun 2020"), so a coarse mention cannot hide a precise conflict.
 */
export function tellsValue(x: ReadValue, y: ReadValue): boolean {
  if (x.resolved === y.resolved) return true;
  if (!isDate(x.resolved) || !isDate(y.resolved)) return sameValue(x, y);
  const dx = daysOf(x.resolved);
  const dy = daysOf(y.resolved);
  if (!dx || !dy || dy[1] - dy[0] >= DAY_PRECISE) return false;
  return dy[0] <= dx[0] && dx[1] <= dy[1];
}
