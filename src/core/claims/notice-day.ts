/**
 * "The Indian embassy in Beijing announced the decision on Wednesday in a post on Weibo": a date
 * after a verb of announcing or of putting a notice out is the notice's day (date-owners.ts), which
 * no event owns. When the date's clause names (or firmly finds by its words) one event, and only
 * one, the notice is that event's: the reader is shown the event's record beside the notice's
 * day, as `context` — an announcement may come days before what it announces, or after it, so
 * the two days are never compared (ADR 0117, rule 2). Used by check-dates.ts where no fact owns
 * the date, after the reports dated before their events.
 */

import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { firm } from './check-common';
import { buildClaim } from './claim';
import type { DateCheck } from './date-fallbacks';
import { appositiveStart } from './date-owners';
import type { DateTie } from './date-ties';
import { type DateInterval, factInterval, formatInterval } from './dates';
import { noticeActBefore } from './notice-act';
import { type Reason, reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/** A word of start or bound right before the date: the date is not the notice's own. */
const START_OR_BOUND_BEFORE =
  /\b(?:starting|beginning|commencing|effective|from|until|till|through|by|since|to|for)\s*$/i;

/** The `context` claim of a notice's day on the one event its clause tells of, or null. */
export function noticeDay(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
  ties: readonly DateTie[],
): DateCheck | null {
  if (e.kind === 'anchored' || e.kind === 'duration' || e.reporting || e.bound) return null;
  if (!noticeActBefore(c.input.text, e.start)) return null;
  // "announced flights starting Nov. 9": the day the flights start, not the notice's.
  if (START_OR_BOUND_BEFORE.test(c.input.text.slice(Math.max(0, e.start - 20), e.start))) return null;
  // "That regime, announced by the ministry on Oct. 9, would …": the day of the noun before the
  // phrase, which the clause's event need not be.
  if (appositiveStart(c.input.text, c.sentence, e) !== null) return null;
  // "the six notices issued on Oct. 9": a day a fact of the sentence is recorded on is that fact's
  // (the notices'), for the engine's other rules to tie.
  const recorded = [...ties.map((t) => t.mention.fact), ...(c.weak?.() ?? []).map((w) => w.fact)];
  const agrees = (f: Fact) => {
    const record = f.date ? factInterval(f.date) : null;
    return record !== null && compareDates(claimed, record).agrees;
  };
  if (recorded.some(agrees)) return null;
  const told = ties.filter(
    (t) =>
      t.sameClause &&
      !t.related &&
      firm(t) &&
      !t.mention.derived &&
      !t.mention.loose &&
      !t.mention.inherited &&
      t.mention.fact.kind === 'event',
  );
  const t = told[0];
  if (!t || new Set(told.map((x) => x.mention.fact.id)).size !== 1) return null;
  const claim = buildClaim(c.input.text, {
    span: e,
    fact: t.mention.fact,
    via: t.mention.via,
    agrees: null,
    certain: false,
    resolved: formatInterval(claimed),
    record: formatInterval(t.record),
    reasons: [read],
    doubts: [reason('announcement-day')],
    published: c.input.published,
    confidence: t.mention.fact.confidence,
  });
  return { claim, anchor: claimed };
}
