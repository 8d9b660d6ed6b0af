/**
 * "By the end of the month", "at the end of this month", "by the end of that month": the last
 * days of a month named by its relation, not its name (ADR 0044). "This month" is publication's;
 * "that month" the month of the last date naming one before it in the paragraph; "the month"
 * that month when there is one, else publication's ("On October 2 the ministry said services
 * would restart by the end of the month": October's end). The end is read from the month's 21st
 * to the first day of the next: "the summit at the end of the month" held on 31 August and
 * 1 September is at the end of August.
 */
import { addMonths, dayNumber, monthInterval, ymd } from './dates';
import { defineRule } from './temporal-common';
import type { Reading, TemporalRule } from './temporal-types';

/** The first day of a month's end, as "the end of the month" is read. */
export const MONTH_END_FROM_DAY = 21;

/** The month-end rule; it sits with the relative rules. */
export const MONTH_END_RULES: readonly TemporalRule[] = [
  defineRule({
    name: 'month-end',
    pattern: /\b(?:the\s+)?(?:end|close)\s+of\s+(?<rel>the|this|that|next|last)\s+month\b/gi,
    needs: { published: false },
    read(g, ctx): Reading | null {
      const rel = (g.rel ?? '').toLowerCase();
      const that = rel === 'that' || rel === 'the' ? ctx.thatMonth : null;
      if (rel === 'that' && !that) return null;
      if (!that && ctx.published === null)
        return {
          kind: 'relative',
          interval: null,
          how: `the end of ${rel} month; unresolved: the article has no publication date`,
          params: { rel, part: 'end' },
        };
      const pub = ymd(ctx.published ?? 0);
      const shift = rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
      const month = that ?? ymd(addMonths(dayNumber(pub.year, pub.month, 1), shift));
      const { end } = monthInterval(month.year, month.month);
      return {
        kind: that ? 'absolute' : 'relative',
        interval: {
          start: dayNumber(month.year, month.month, MONTH_END_FROM_DAY),
          end: end + 1,
          precision: 'range',
        },
        how: that ? 'the end of the month named before it' : `the end of ${rel} month, from publication`,
        params: { rel, month: month.month, year: month.year, part: 'end' },
      };
    },
  }),
];
