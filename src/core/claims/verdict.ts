/**
 * Comparing what an article says with what the record says. Pure functions; each returns
 * the verdict and the reason in words, for the explanation.
 */
import type { Quantity } from '../facts/schema';
import { type DateInterval, formatInterval, gapDays } from './dates';
import type { Comparator } from './words';

export type Verdict = 'consistent' | 'differs' | 'outdated' | 'context';

export interface Comparison {
  readonly agrees: boolean;
  readonly reason: string;
}

/** A claimed date agrees with the record when the two intervals overlap. */
export function compareDates(claimed: DateInterval, record: DateInterval): Comparison {
  const gap = gapDays(claimed, record);
  if (gap === 0)
    return {
      agrees: true,
      reason: `${formatInterval(claimed)} includes or overlaps ${formatInterval(record)}`,
    };
  return {
    agrees: false,
    reason: `${formatInterval(claimed)} is ${gap} day${gap === 1 ? '' : 's'} away from ${formatInterval(record)}`,
  };
}

const COMPARATOR_WORDS: Record<Comparator, string> = {
  about: 'about',
  exact: '',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'at most',
};

function fmt(n: number): string {
  return Number.isInteger(n)
    ? n.toLocaleString('en-GB')
    : n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** A claimed figure agrees with the record within its tolerance, read through its qualifier. */
export function compareQuantity(
  claimed: number,
  comparator: Comparator,
  unit: string,
  record: Quantity,
): Comparison {
  const tol = record.tolerance;
  const v = record.value;
  let agrees: boolean;
  switch (comparator) {
    case 'more-than':
    case 'at-least':
      agrees = v >= claimed - tol;
      break;
    case 'less-than':
    case 'at-most':
      agrees = v <= claimed + tol;
      break;
    default:
      agrees = Math.abs(v - claimed) <= tol;
  }
  const said = `${COMPARATOR_WORDS[comparator]} ${fmt(claimed)} ${unit}`.trim();
  const rec = `${fmt(v)} ${record.unit} (± ${fmt(tol)}, as of ${record.asOf})`;
  return {
    agrees,
    reason: agrees ? `"${said}" fits the record of ${rec}` : `"${said}" does not fit the record of ${rec}`,
  };
}
