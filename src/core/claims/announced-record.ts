/**
 * "The pullback followed an agreement on patrolling arrangements announced by Foreign Secretary
 * Vikram Misri on Oct. 21. … Two days after that announcement, Modi and Xi met in Kazan": the
 * announcement the words point back to is not only a day the article gave, it is an event the
 * fact base records — the sentence that told of it names or cues that event, and the event's
 * recorded day is the day the article gave. The gap then runs between two recorded events (the
 * agreement and the meeting), as "two days after the patrolling agreement" would, and a gap
 * that disagrees with the records is as wrong as that one (ADR 0045, round 21). Without such an
 * event ("Officials announced on Oct. 21 that grazing would resume") which announcement is meant
 * stays a reading, and only agreement is said (announced-anchor.ts).
 */

import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { isEventMention } from './context';
import type { DateInterval } from './dates';
import { factInterval } from './dates';

/** True when `told` (the sentence that gave the announcement's day) names or cues an event recorded on that day. */
export function recordedAnnouncement(c: Checker, told: Span, day: DateInterval): boolean {
  return (c.earlier ?? []).some(({ mention: m }) => {
    if (!isEventMention(m) || m.inherited || m.loose || !m.fact.date) return false;
    if (!m.positions.some((p) => told.start <= p && p < told.end)) return false;
    const iv = factInterval(m.fact.date);
    return (
      iv !== null &&
      iv.precision === 'day' &&
      iv.start === iv.end &&
      iv.start === day.start &&
      day.end === day.start
    );
  });
}

/** True when the claim's fact is named or cued in the gap's own sentence (not pointed back to, loose or derived). */
export function firmSubject(c: Checker, factId: string): boolean {
  return c.mentions.some((m) => m.fact.id === factId && isEventMention(m) && !m.inherited && !m.loose);
}
