/**
 * Comparing what an article says with what the record says. Pure functions; each returns
 * whether they agree and the reason as data (see reasons.ts).
 */
import type { Quantity } from '../facts/schema';
import { type DateInterval, formatInterval, gapDays } from './dates';
import { formatNumber } from './format-number';
import { type Reason, reason } from './reasons';
import type { Comparator } from './words';

export type Verdict = 'consistent' | 'differs' | 'outdated' | 'context';

export interface Comparison {
  readonly agrees: boolean;
  readonly reason: Reason;
}

/** A claimed date agrees with the record when the two intervals overlap. */
export function compareDates(claimed: DateInterval, record: DateInterval): Comparison {
  const gap = gapDays(claimed, record);
  const params = { claimed: formatInterval(claimed), record: formatInterval(record) };
  return gap === 0
    ? { agrees: true, reason: reason('dates-overlap', params) }
    : { agrees: false, reason: reason('dates-apart', { ...params, days: gap }) };
}

const COMPARATOR_WORDS: Record<Comparator, string> = {
  about: '~',
  fraction: '~',
  exact: '',
  'more-than': '>',
  'less-than': '<',
  'at-least': '≥',
  'at-most': '≤',
};

/** A number for display: grouped digits, at most two decimals (locale-neutral; no `Intl`, ADR 0031). */
export function fmt(n: number): string {
  return formatNumber(n);
}

/**
 * How far past its number a "more than N" may go and still be what a writer means: news
 * says "more than seven years" for 7.3, not for 20 ("more than three years" for a gap of
 * seven misleads). So "more than N" fits values from N − tolerance to N × this + tolerance.
 */
export const QUALIFIER_SPAN = 1.5;

/** True when a claimed figure, read through its qualifier, fits the record's value ± tolerance. */
export function fits(claimed: number, comparator: Comparator, record: Quantity): boolean {
  const { tolerance: tol, value: v } = record;
  switch (comparator) {
    case 'more-than':
    case 'at-least':
      return v >= claimed - tol && v <= claimed * QUALIFIER_SPAN + tol;
    case 'less-than':
    case 'at-most':
      return v <= claimed + tol && v >= claimed / QUALIFIER_SPAN - tol;
    case 'fraction':
      return Math.abs(v - claimed) <= Math.max(tol, FRACTION_SPREAD);
    default:
      return Math.abs(v - claimed) <= tol;
  }
}

/**
 * How many points a share said as a fraction may be from the record and still be what a writer
 * means: "two-thirds" for 69 %, "nine in ten" for 94 %; not "roughly half" for 69 % (ADR 0151).
 */
export const FRACTION_SPREAD = 8;

/** A claimed figure agrees with the record within its tolerance, read through its qualifier. */
export function compareQuantity(
  claimed: number,
  comparator: Comparator,
  unit: string,
  record: Quantity,
): Comparison {
  const agrees = fits(claimed, comparator, record);
  const params = {
    said: `${COMPARATOR_WORDS[comparator]}${fmt(claimed)} ${unit}`,
    record: `${fmt(record.value)} ${record.unit}`,
    tolerance: fmt(record.tolerance),
    asOf: record.asOf,
  };
  return { agrees, reason: reason(agrees ? 'figure-fits' : 'figure-off', params) };
}
