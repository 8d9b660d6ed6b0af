/**
 * "The two met again in New Delhi on June 22", "Most of it is due to kick in on Nov. 18": an event
 * found only by its keywords, whose act verb is one of those keywords and governs the date — the
 * date closes the verb's own phrase (a few words of object or place between, no other verb, no
 * relative word, no other date in the clause), every keyword of the event stands in that clause,
 * no person the event does not have as an actor is named there, and the date falls within a
 * season of the record. The verb may stand before its object's keywords ("barred urea exports in March",
 * ADR 0149). Such a date is the event's own even though keywords found it, so one that
 * disagrees is carded (ADR 0146); the weak-keyword guard keeps every other keyword-only date.
 */
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** Verbs of an act that a date can be the day of, as an event's keyword ("met", "banned", "kick in"). */
const ACT_VERB =
  /^(?:[a-z]{3,}ed|met|began|held|took|kick|kicks|set|shut|put|sent|gave|made|won|ran|runs|closes|opens|meet|meets|begin|begins|start|starts|ends|resumes|takes)$/;

/** A word that opens another predicate or clause between the verb and the date. */
const BREAK =
  /\b(?:[a-z]{3,}ed|is|was|were|are|had|has|have|be|been|will|would|said|says|held|met|took|made|that|which|who|whom|when|where|while|and|but|or)\b/i;

/** Words of object, place or particle between the verb and the date, at most. */
const MAX_BETWEEN = 8;

/** How far (days) a date may lie from the record and still be read as a mistake about it: a season. */
export const ACT_DATE_WINDOW = 92;

export function actGoverningDate(c: Checker, e: TemporalExpression, t: DateTie): boolean {
  const m = t.mention;
  if (m.strength !== 'evidence' || m.loose || m.inherited || m.derived || !e.interval) return false;
  const gap = Math.max(0, e.interval.start - t.record.end, t.record.start - e.interval.end);
  if (gap > ACT_DATE_WINDOW) return false;
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  // Every keyword of the event in the date's clause.
  if (!m.positions.length || m.positions.some((p) => p < clause.start || p >= clause.end)) return false;
  // No other date in the clause.
  if (
    (c.expressions ?? []).some((o) => o.start !== e.start && o.start >= clause.start && o.start < clause.end)
  )
    return false;
  // No person named in the clause who is not one of the event's actors ("Wang, who met Jaishankar on Monday").
  const actors = new Set(m.fact.actors ?? []);
  if (
    c.mentions.some(
      (x) =>
        x.fact.kind === 'person' &&
        !actors.has(x.fact.id) &&
        x.positions.some((p) => p >= clause.start && p < clause.end),
    )
  )
    return false;
  // An act verb among the event's keywords before the date, and the date closes that verb's phrase:
  // the verb is the keyword nearest the date, or its object holds the keywords after it ("barred urea
  // exports in March", ADR 0149).
  const before = m.positions.filter((p) => p < e.start).sort((a, b) => b - a);
  for (const at of before) {
    const word = /^[\p{L}'-]+/u.exec(text.slice(at, e.start))?.[0] ?? '';
    const between = text.slice(at + word.length, e.start);
    if (between.trim().split(/\s+/).filter(Boolean).length > MAX_BETWEEN || BREAK.test(between)) return false;
    if (ACT_VERB.test(word.toLowerCase())) return true;
  }
  return false;
}
