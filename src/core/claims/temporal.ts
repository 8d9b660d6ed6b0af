/**
 * Finds date and duration expressions in a sentence and resolves them against the
 * article's publication date:
 * - absolute: "21 October 2024", "Oct 21, 2024", "May 2020", "in 2024", "15–16 June 2020";
 * - relative to publication: "on Thursday", "last year", "October last year", "in June",
 *   "this week", "two months ago" (unresolved, and said so, when there is no publication date);
 * - anchored to an earlier date in the text: "the following month", "two days later";
 * - durations: "more than four years", "a four-year standoff", "six decades".
 * The patterns are in temporal-rules.ts.
 */
import type { Span } from '../match/sentences';
import { addMonths, type DateInterval, dayInterval, monthInterval, yearInterval, ymd } from './dates';
import { type Candidate, RULES } from './temporal-rules';
import type { Comparator } from './words';

export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

export interface AnchorOffset {
  readonly amount: number;
  readonly unit: Exclude<TimeUnit, 'decade'>;
  /** +1 later, -1 earlier. */
  readonly direction: 1 | -1;
  /** "the following month" names a month; "two days later" a day. */
  readonly granularity: 'day' | 'week' | 'month' | 'year';
}

export interface DurationValue {
  readonly years: number;
  readonly comparator: Comparator;
}

export interface TemporalExpression {
  /** Offsets in the full text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'absolute' | 'relative' | 'anchored' | 'duration';
  /** The resolved interval (absolute, relative); null when it cannot be resolved. */
  readonly interval: DateInterval | null;
  readonly offset?: AnchorOffset;
  readonly duration?: DurationValue;
  /** Governed by a reporting verb ("said on Thursday"): dates the report, not the event. */
  readonly reporting: boolean;
  /** "until 2023", "since May 2020": a bound of a state, not the date of an event. */
  readonly bound: 'until' | 'since' | null;
  /** How it was read, for the explanation. */
  readonly how: string;
}

const REPORTING =
  /\b(said|says|told|tells|confirmed|confirms|announced|announces|stated|states|added|noted|informed|reported|briefing|statement)\b[^.;:!?]{0,30}$/i;

/** Finds the temporal expressions of `span` in `text` (longest first where they overlap). */
export function findTemporal(text: string, span: Span, published: number | null): TemporalExpression[] {
  const slice = text.slice(span.start, span.end);
  const found: Candidate[] = [];
  // A pattern that matched but does not make a date ("31 June 2024") blocks shorter
  // readings of the same words ("June 2024").
  const blocked: Span[] = [];
  for (const [pattern, rule] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      const got = rule(m, published);
      if (got) found.push({ ...got, ...at });
      else blocked.push(at);
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const c of found) {
    const blocker = blocked.find((b) => overlaps(b, c) && b.end - b.start > c.end - c.start);
    if (!blocker && !kept.some((k) => overlaps(k, c))) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => {
    const before = text.slice(Math.max(span.start, c.start - 60), c.start);
    const lead = text.slice(c.start, c.end);
    const boundWord =
      /\b(until|till|up to|since)\s*$/i.exec(before)?.[1] ?? /^(until|till|since)\b/i.exec(lead)?.[1];
    return {
      start: c.start,
      end: c.end,
      text: lead,
      kind: c.kind,
      interval: c.interval,
      ...(c.offset ? { offset: c.offset } : {}),
      ...(c.duration ? { duration: c.duration } : {}),
      reporting: c.kind === 'relative' && REPORTING.test(before),
      bound: boundWord ? (boundWord.toLowerCase() === 'since' ? 'since' : 'until') : null,
      how: c.how,
    };
  });
}

/** Applies an anchored offset ("two days later") to the anchor interval it follows. */
export function applyOffset(anchor: DateInterval, offset: AnchorOffset): DateInterval {
  const base = offset.direction > 0 ? anchor.start : anchor.start;
  const n = offset.amount * offset.direction;
  switch (offset.unit) {
    case 'day':
      return dayInterval(base + n);
    case 'week':
      return { start: base + 7 * n - 3, end: base + 7 * n + 3, precision: 'range' };
    case 'month': {
      const d = ymd(addMonths(base, n));
      return offset.granularity === 'month' && offset.amount <= 1
        ? monthInterval(d.year, d.month)
        : { start: addMonths(base, n) - 15, end: addMonths(base, n) + 15, precision: 'range' };
    }
    default: {
      const y = ymd(base).year + n;
      return yearInterval(y);
    }
  }
}
