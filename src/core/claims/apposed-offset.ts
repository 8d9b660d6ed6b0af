/**
 * "the export controls Beijing unveiled on Oct. 9, three weeks earlier": an offset ("three weeks
 * earlier", "two days later") set in apposition right after a date, with only a comma or a dash
 * between and nothing after it in its clause, restates that date by its distance from the
 * sentence's main event (issue #7, ADR 0060). It does not count from the date before it — a
 * writer who meant "three weeks before Oct. 9" would not set the two side by side — so it is no
 * new date to check: the date it restates is checked on its own.
 */
import { dateRightBefore } from './restated-date';
import type { TemporalExpression } from './temporal';

/** The offset ends its clause: a stop, a comma, a semicolon, a closing dash or the text's end. */
const ENDS_CLAUSE = /^\s*(?:[.,;:!?)—–]|$)/;

/** True when anchored offset `e` stands in apposition right after a date of `expressions`. */
export function apposedOffset(
  text: string,
  e: TemporalExpression,
  expressions: readonly TemporalExpression[],
): boolean {
  if (e.kind !== 'anchored') return false;
  if (!ENDS_CLAUSE.test(text.slice(e.end, e.end + 3))) return false;
  return dateRightBefore(text, e, expressions);
}
