/**
 * A date's claim when no fact owns it by name, cue or evidence: the one fact whose record
 * it agrees with exactly (never a disagreement), the issue date of an instrument described
 * in apposition, and a relative date that cannot be resolved. Split from check-dates.ts.
 */

import { byStrength, type Checker, statisticPeriod } from './check-common';
import { buildClaim, type Claim } from './claim';
import { certainDateClaim, foundByWords } from './date-claim';
import { ownsDate } from './date-owners';
import { type DateInterval, factInterval, formatInterval } from './dates';
import { issuedAppositiveOwner } from './issued-appositive';
import { RANK } from './mentions';
import { measureMonthNotOwned, monthNoYearFits } from './open-ties';
import { comparisonPoint, phaseMismatch } from './phases';
import { type Reason, reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { clauseAt, tieOf } from './ties';
import { compareDates } from './verdict';

/** What checking a date gives: its claim, if any, and the date a later relative one counts from. */
export type DateCheck = { claim: Claim | null; anchor: DateInterval | null };

/**
 * A day-precise date no named, cued or evidenced fact owns, agreeing exactly with the one
 * fact the sentence has a keyword of ("suspend … the broader controls it announced on Oct.
 * 9"): that fact's date, `consistent` (a date that agrees is the strongest evidence there
 * is). Never a disagreement: a keyword alone does not say whose date a wrong one is.
 */
export function weakAgreement(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
): DateCheck {
  const none = { claim: null, anchor: claimed };
  if (claimed.precision !== 'day' || e.reporting || comparisonPoint(c.input.text, e) || statisticPeriod(c, e))
    return none;
  const fits = keywordFactsAgreeing(c, e, claimed);
  const only = fits.length === 1 ? fits[0] : undefined;
  if (!only?.fact.date) return none;
  const record = factInterval(only.fact.date) as DateInterval;
  const cmp = { agrees: true, reason: compareDates(claimed, record).reason };
  const via = foundByWords(only.fact, only.words);
  return { claim: certainDateClaim(c, e, claimed, read, only.fact, via, record, cmp), anchor: record };
}

/** "The measures, issued on Oct. 9, …": the issue date of the one instrument the sentence describes (ADR 0038). */
export function issuedClaim(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
): DateCheck | null {
  const issued = issuedAppositiveOwner(c, e, claimed);
  if (!issued) return null;
  const via = foundByWords(issued.fact, issued.words);
  const cmp = compareDates(claimed, issued.record);
  return {
    claim: certainDateClaim(c, e, claimed, read, issued.fact, via, issued.record, cmp),
    anchor: issued.record,
  };
}

/** A relative date that cannot be resolved (no publication date): context, never differs. */
export function unresolved(c: Checker, e: TemporalExpression): Claim | null {
  const t = c.mentions
    .filter((m) => m.fact.date && RANK[m.strength] >= RANK.cue)
    .map((m) => tieOf(c.input.text, c.sentence, e, m))
    .filter((x) => x.sameClause)
    .sort(byStrength)[0];
  if (!t?.mention.fact.date) return null;
  const interval = factInterval(t.mention.fact.date) as DateInterval;
  if (!monthNoYearFits(e, interval) || measureMonthNotOwned(c.input.text, e, t.mention.fact)) return null;
  const record = formatInterval(interval);
  return buildClaim(c.input.text, {
    span: e,
    fact: t.mention.fact,
    via: t.mention.via,
    agrees: null,
    certain: false,
    resolved: null,
    record,
    reasons: [reason('read-date', { said: e.text, resolved: '', rule: e.rule })],
    doubts: [reason('no-publication-date')],
    published: c.input.published,
    confidence: t.mention.fact.confidence,
  });
}

/**
 * "overtaken by a global export halt from October 15": a day-precise date that a fact it is
 * tied to contradicts, but that agrees exactly with another fact the date's clause has a
 * keyword of, is more likely that fact's date than a mistake: the second fact is a rival.
 */
export function agreeingKeywordFact(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  tiedTo: string,
) {
  return keywordFactsAgreeing(c, e, claimed).find((w) => w.fact.id !== tiedTo)?.fact ?? null;
}

/**
 * The facts the date's clause has a keyword of whose day-precise record is exactly the claimed
 * day, and which may own the date (weakAgreement's evidence, and agreeingKeywordFact's rivals).
 */
function keywordFactsAgreeing(c: Checker, e: TemporalExpression, claimed: DateInterval) {
  if (claimed.precision !== 'day') return [];
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  return (c.weak?.() ?? []).filter((w) => {
    const record = w.fact.date ? factInterval(w.fact.date) : null;
    return (
      record !== null &&
      record.precision === 'day' &&
      record.start === claimed.start &&
      w.positions.some((p) => p >= clause.start && p < clause.end) &&
      ownsDate(c.input.text, e, w.fact) &&
      !phaseMismatch(c.input.text, c.sentence, e, w.fact, null, c.expressions ?? [])
    );
  });
}
