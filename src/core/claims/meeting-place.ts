/**
 * "… since the leaders of the two countries met in Kazan, Russia, in September last year", "Since
 * the meeting between the two heads of state in Kazan last June", "the talks the two leaders held
 * in Kazan, Russia, in October 2022" (ADR 0073): a meeting's words, then the name of the one
 * place the record holds that meeting at, then the date. The meeting, its place and its parties
 * (both leaders named, or "the two leaders", "the two heads of state") say which meeting it is
 * without the date: a date that disagrees is that meeting's wrong date, as a cue would tie it,
 * not some other event's. Keywords ("meeting", "leaders") or the city's name alone found it, so
 * without this the engine tied it only when the date agreed.
 *
 * Not when another candidate of the sentence is held at the same place, nor when a person the
 * meeting does not have is named in the clause ("Xi met Putin in Kazan on Oct. 22").
 */
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import { isMeeting } from './meeting-phrase';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** A meeting's word, then up to six words, then "in", right before the place's name. */
const MEETING_THEN_IN =
  /\b(?:met|meet|meets|meeting|talks|summit|held|sat\s+down|bilateral)\b(?:\s+[^\s,;:.]+){0,6}?\s+(?:in|at)\s+$/i;

/** From the place's name to the date: the name, an optional ", Russia,", then "in", "on" or nothing. */
const PLACE_TO_DATE = /^[\p{Lu}][\p{L}'’-]*(?:,\s+[\p{Lu}][\p{L}'’-]*)?,?\s+(?:(?:in|on|at)\s+)?$/u;

/** The two parties of a bilateral meeting, said without their names. */
const BOTH_PARTIES =
  /\b(?:the\s+two\s+leaders|(?:their|the|both)\s+leaders|leaders\s+of\s+(?:the\s+two|both)\s+countries|(?:the\s+)?two\s+heads\s+of\s+state|heads\s+of\s+state\s+of\s+(?:the\s+two|both)|the\s+two\s+presidents)\b/i;

/** True when `t`'s meeting is tied to `e` by its words, its place and its parties in `e`'s clause. */
export function meetingAtItsPlace(
  c: Checker,
  e: TemporalExpression,
  t: DateTie,
  all: readonly DateTie[],
): boolean {
  const fact = t.mention.fact;
  const places = fact.places ?? [];
  if (
    !t.sameClause ||
    places.length !== 1 ||
    !isMeeting(fact) ||
    e.kind === 'anchored' ||
    e.kind === 'duration'
  )
    return false;
  const place = places[0] as string;
  // Another candidate held at that place leaves it open which meeting there is meant.
  if (all.some((o) => o.mention.fact.id !== fact.id && (o.mention.fact.places ?? []).includes(place)))
    return false;
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  // The place's name: a mention of the place, or the event's own name that is the place's.
  const at = c.mentions
    .filter((m) => m.fact.id === place || (m.fact.id === fact.id && m.strength === 'alias'))
    .flatMap((m) => m.positions)
    .find((p) => p >= clause.start && p < e.start && PLACE_TO_DATE.test(text.slice(p, e.start)));
  if (at === undefined) return false;
  const before = text.slice(clause.start, at);
  if (!MEETING_THEN_IN.test(before)) return false;
  const persons = c.mentions.filter(
    (m) =>
      m.fact.kind === 'person' &&
      m.strength === 'alias' &&
      m.positions.some((p) => p >= clause.start && p < e.start),
  );
  if (persons.some((m) => !(fact.actors ?? []).includes(m.fact.id))) return false;
  return persons.length >= 2 || BOTH_PARTIES.test(before);
}

/**
 * The candidates with the meeting so tied first: "The meeting built on the talks the two leaders
 * held in Kazan, Russia, in October 2022" has more keywords of the Tianjin meeting the article is
 * about, but the date's own clause places its meeting in Kazan.
 */
export function placedMeetingFirst(
  c: Checker,
  e: TemporalExpression,
  all: readonly DateTie[],
  order: readonly DateTie[],
): DateTie[] {
  const placed = order.find((t) => meetingAtItsPlace(c, e, t, all));
  return placed && placed !== order[0] ? [placed, ...order.filter((t) => t !== placed)] : [...order];
}
