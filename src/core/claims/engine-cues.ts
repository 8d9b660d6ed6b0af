/**
 * The engine's small tests of a sentence's dates and words (engine.ts): correction notices,
 * "the same day" and its anchors, where a gap counts from, facts named nearby, day-precise dates.
 */
import type { DateCheck } from './check-dates';
import { agreesWithRecord } from './claim';
import type { DateInterval } from './dates';
import { LEAD_PARAGRAPHS, type Mention, type MentionIndex } from './mentions';
import type { TemporalExpression } from './temporal';

/** A correction notice, which quotes the value an earlier version got wrong. */
export const CORRECTION =
  /^\s*(?:correction|clarification)\s*[:—-]|\b(?:an earlier|a previous|the original) version of (?:this|the) (?:report|article|story)\b/i;

/** Words that make a date in an earlier sentence the anchor of this one. */
export const ANCHORED_WORDS = /\b(later|following|next|previous|preceding|earlier|before|after|same)\b/i;
/** "On the 21st of that month": a day that takes its month from a date before it. */
export const DAY_WITHOUT_MONTH = /\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/i;

/**
 * "The confirmation came on the same day that Trump and Xi met in Busan", paragraphs after a
 * lead that dated the confirmation: with no date of its own paragraph to count from, a same-day
 * expression may mean the story's own day. Only agreement is said of it (a guess at the anchor
 * never makes a claim wrong).
 */
/** "The same day": an anchored expression with no offset. */
export const isSameDay = (e: TemporalExpression) =>
  e.kind === 'anchored' && e.offset?.amount === 0 && e.offset.unit === 'day';

export function sameDayOfLead(
  e: TemporalExpression,
  anchor: DateInterval | null,
  paragraph: number,
  leadDay: DateInterval | null,
): leadDay is DateInterval {
  return isSameDay(e) && anchor === null && leadDay !== null && paragraph >= LEAD_PARAGRAPHS;
}

/**
 * "Earlier today in Busan, Beijing agreed to pause the controls that were to take effect on
 * November 8, the same day MEA confirmed licences": with two different days before it in its
 * sentence, which one "the same day" means is a guess (ADR 0043). Only agreement is said of it.
 */
export function sameDayAmong(e: TemporalExpression, expressions: readonly TemporalExpression[]): boolean {
  if (!isSameDay(e)) return false;
  const days = new Set<number>();
  for (const x of expressions)
    if (
      x.end <= e.start &&
      (x.kind === 'absolute' || x.kind === 'relative') &&
      x.interval?.precision === 'day'
    )
      days.add(x.interval.start);
  return days.size >= 2;
}

export const confirmOnly = (got: DateCheck): DateCheck =>
  got.claim && agreesWithRecord(got.claim) ? got : { claim: null, anchor: got.anchor };

/** Words telling that something came before the story's last dated moment. */
export const TOLD_EARLIER =
  /\b(?:days|weeks|months)\s+earlier\b|\bhad\s+(?:begun|started|erupted|broken\s+out|flared)\b.*\bearlier\b/i;

/**
 * Where the first gap of a sentence ("two months after …", "a week before …") starts counting
 * from: the events named after it are what it counts from.
 */
export function gapCountedFrom(text: string, expressions: readonly TemporalExpression[]): number {
  const gap = expressions.find(
    (e) =>
      e.kind === 'anchored' &&
      e.offset !== undefined &&
      e.offset.amount > 0 &&
      (/\b(?:after|before)\s*$/i.test(e.text) ||
        /^\s*(?:after|before)\b/i.test(text.slice(e.end, e.end + 10))),
  );
  return gap ? gap.end : Number.POSITIVE_INFINITY;
}

/** How many sentences back `namedNear` looks within a paragraph (a bound for pages of one long paragraph). */
export const NEAR_SENTENCES = 6;

/** The facts named in sentence `i`, the sentence before, and earlier in `i`'s paragraph, with `mentions`. */
export function namedNear(index: MentionIndex, i: number, mentions: readonly Mention[]): ReadonlySet<string> {
  const out = new Set(mentions.map((m) => m.fact.id));
  const paragraph = index.paragraphOf(i);
  const last = Math.max(0, i - NEAR_SENTENCES);
  for (let j = i; j >= last && (j >= i - 1 || index.paragraphOf(j) === paragraph); j--)
    for (const m of index.mentions(j)) out.add(m.fact.id);
  return out;
}

/** An offset counted in days or weeks ("two days later", "a week earlier"). */
export const countsDays = (e: TemporalExpression) =>
  e.kind === 'anchored' && (e.offset?.granularity === 'day' || e.offset?.granularity === 'week');

/** The text gives a day: "on October 21", "on Friday", "two days later" (not "last month", "in 2020"). */
export const dayPrecise = (e: TemporalExpression) =>
  e.kind === 'anchored' ? countsDays(e) : e.interval?.precision === 'day';

/** A date the text gives that could not be resolved (no publication date): "on June 12", "on Friday". */
export const unresolvedDate = (e: TemporalExpression) =>
  (e.kind === 'absolute' || e.kind === 'relative') && e.interval === null;
