/**
 * Values the claim engine read that the article does not give (ADR 0022, seventh round):
 * such a value is never a side of a conflict (facts-view.ts).
 */
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
