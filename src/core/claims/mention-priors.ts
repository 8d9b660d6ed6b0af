/**
 * What weighs a mention besides its words (mentions.ts): the recency of the fact keywords
 * describe, and the meeting words that make a place's name stand for the event held there.
 */
import type { Fact } from '../facts/schema';
import { factInterval } from './dates';
import { RECENT_BONUS, RECENT_DAYS } from './mention-types';

/**
 * News is about recent events: between two facts the same words describe ("the controls"),
 * the one dated shortly before publication is the likelier. Never applied to names or cues.
 */
export function recencyPrior(fact: Fact, published: number | null): number {
  if (published === null || !fact.date) return 0;
  const iv = factInterval(fact.date);
  if (!iv) return 0;
  const age = published - iv.end;
  return age >= -REPORTING_LAG_DAYS && age <= RECENT_DAYS ? RECENT_BONUS : 0;
}

/** Days after publication within which an event can still be reported as having happened (time zones, late edits). */
export const REPORTING_LAG_DAYS = 7;

/** Words of a meeting right before a place's name ("the two leaders met in Kazan", "talks in Busan"). */
const MET_IN =
  /\b(?:met|meet|meets|meeting|talks|summit|summit talks|bilateral|sidelines of [\w\s-]{0,30}?)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?(?:\w+\s+)?$/i;

/** True when one of a loose name's positions follows a meeting's words: the event held there. */
export function metThere(text: string, positions: readonly number[]): boolean {
  return positions.some((p) => MET_IN.test(text.slice(Math.max(0, p - 60), p)));
}
