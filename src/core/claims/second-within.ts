/**
 * "It was the second meeting between the two leaders in less than a year", "have met twice in
 * under a year" (ADR 0115): a duration bounded from above ("less than", "under", "within") set
 * after "second" or "twice" in its own clause states how far apart two recorded events are, the
 * later one recorded as coming after the earlier and sharing at least two of its actors, both
 * found in the sentence (by any words). The claim is about both events.
 *
 * Only agreement is said: when the record's distance is within the bound the claim is
 * `consistent`; otherwise (or with more than one such pair) there is no claim, since which two
 * events a writer counts is a reading.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import type { Claim } from './claim';
import { dateClaim } from './date-claim';
import { factInterval, formatInterval } from './dates';
import type { Mention } from './mentions';
import { reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { compareDates } from './verdict';

/** "second", "twice" before the bound in its clause ("… in less than", "… within"), no comma between. */
const SECOND_BEFORE = /\b(?:second|twice)\b[^,;:()—–]{0,60}?(?:\bin\s+)?$/i;

const dated = (m: Mention) =>
  (m.fact.kind === 'event' || m.fact.kind === 'instrument') && m.fact.date && !m.derived;

/** The actors two facts share. */
function sharedActors(a: Fact, b: Fact): number {
  const other = new Set(b.actors ?? []);
  return (a.actors ?? []).filter((x) => other.has(x)).length;
}

export function secondWithin(c: Checker, e: TemporalExpression & Span): Claim | null {
  const d = e.duration;
  if (d?.comparator !== 'less-than') return null;
  const text = c.input.text;
  if (!SECOND_BEFORE.test(text.slice(clauseAt(text, c.sentence, e.start).start, e.start))) return null;
  const ms = c.mentions.filter(dated);
  const pairs: [Mention, Mention][] = [];
  for (const later of ms)
    for (const earlier of ms) {
      if (later.fact.id === earlier.fact.id) continue;
      if (!(later.fact.relations ?? []).some((r) => r.type === 'after' && r.target === earlier.fact.id))
        continue;
      if (sharedActors(later.fact, earlier.fact) < 2) continue;
      if (!pairs.some(([l, p]) => l.fact.id === later.fact.id && p.fact.id === earlier.fact.id))
        pairs.push([later, earlier]);
    }
  if (pairs.length !== 1) return null;
  const [later, earlier] = pairs[0] as [Mention, Mention];
  const record = factInterval(later.fact.date as NonNullable<Fact['date']>);
  const from = factInterval(earlier.fact.date as NonNullable<Fact['date']>);
  if (!record || !from || record.start < from.end) return null;
  const bound = Math.floor(d.years * 365.25);
  // The latest the later event can be, counted from the earlier's record; only agreement.
  const claimed = { start: from.start, end: from.end + bound, precision: 'range' as const };
  const cmp = compareDates(claimed, record);
  if (!cmp.agrees || record.end > from.start + bound) return null;
  const read = reason('read-between', {
    said: e.text,
    resolved: formatInterval(claimed),
    anchorFact: earlier.fact.title,
    anchor: formatInterval(from),
  });
  const claim = dateClaim(c, e, { mention: later, record, cmp }, claimed, read, []);
  return { ...claim, alsoFactIds: [earlier.fact.id] };
}
