/**
 * "…with most provisions due to kick in on Nov. 28 and the rest on Dec. 1": of two parts of one
 * whole (the October package's 8 Nov start and No. 61's 1 Dec start), the wrong day is nearer the
 * second part's record, but the sentence's other date gives that part its own day, rightly, at the
 * same precision. One sentence does not give one event two dates of its own precision
 * (rival-dated.ts), so the wrong day is the other part's. With the right day ("Nov. 8") the first
 * part agrees and is chosen: the attachment must not depend on the value (issue #7, ADR 0105).
 *
 * Only between one-day events that are siblings (parts of one whole), only
 * when the best candidate disagrees and another day of the sentence is its day exactly, and only for
 * a firm sibling that no other day of the sentence dates.
 */
import { firm } from './check-common';
import type { DateTie } from './date-ties';
import type { DateInterval } from './dates';
import { forwardReading } from './other-readings';
import type { TemporalExpression } from './temporal';

const partsOf = (t: DateTie) =>
  (t.mention.fact.relations ?? []).filter((r) => r.type === 'part-of').map((r) => r.target);

/** True when `a` and `b` are parts of one whole (not a part and its whole: the whole's day is its own). */
const siblings = (a: DateTie, b: DateTie) => partsOf(a).some((w) => partsOf(b).includes(w));

/** True when words stand between `e` and `x` ("on Wednesday, November 10" is one day said twice). */
const apart = (text: string, e: TemporalExpression, x: TemporalExpression) =>
  /[a-z]{2,}/i.test(x.start > e.start ? text.slice(e.end, x.start) : text.slice(x.end, e.start));

/** A calendar day written out ("Dec. 1", "1 December 2025"), not counted from another day ("five days from now"). */
const writtenDay = (x: TemporalExpression) =>
  x.interval?.precision === 'day' &&
  (x.kind === 'absolute' || x.rule === 'day-month' || x.rule === 'month-day');

/**
 * Day-precision dates written out (absolute) in the sentence other than `e` (a month or a year does not
 * date a day's event twice; "on June 28, five days from now" restates its own day), each also in its
 * upcoming reading when it has one ("from Dec. 1", a year-less day still ahead).
 */
const dayDates = (
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
  published: number | null,
) =>
  expressions
    .filter((x) => x.start !== e.start && writtenDay(x) && apart(text, e, x))
    .flatMap((x) => {
      const next = forwardReading(x, published);
      return next ? [x, { ...x, interval: next }] : [x];
    });

/** A one-day record. */
const oneDay = (t: DateTie) => t.record.start === t.record.end;

/** True when one of `days` is `t`'s own day exactly. */
const datedExactly = (t: DateTie, days: readonly TemporalExpression[]) =>
  days.some((x) => x.interval?.start === t.record.start && x.interval?.end === t.record.end);

/**
 * `order` with its first candidate dropped in favour of a sibling, when the first disagrees and
 * another date of the sentence dates it rightly; `order` itself otherwise.
 */
export function siblingOfDated(
  text: string,
  order: readonly DateTie[],
  e: TemporalExpression,
  claimed: DateInterval,
  expressions: readonly TemporalExpression[],
  published: number | null,
): DateTie[] {
  const [best] = order;
  if (!best || best.cmp.agrees || claimed.precision !== 'day') return [...order];
  const days = dayDates(text, e, expressions, published);
  if (!oneDay(best) || !datedExactly(best, days)) return [...order];
  const sibling = order.find(
    (t) => t !== best && firm(t) && !t.related && oneDay(t) && siblings(best, t) && !datedExactly(t, days),
  );
  return sibling ? [sibling, ...order.filter((t) => t !== best && t !== sibling)] : [...order];
}
