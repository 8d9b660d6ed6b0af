/**
 * "China has begun granting licences to some Indian companies …, India's foreign ministry
 * confirmed Monday" (ADR 0082): the fact is that announcement (its `announcedBy` holds the
 * speaker), the speaker is named right before its own verb of announcing, and the date is that
 * verb's adjunct. The date is then the announcement's day, which is the fact's: a phase word of
 * the reported content ("begun granting") is not the date's phase, and a cue whose words reach
 * into the reported clause does not leave open which event the date is. Before this, the date was
 * tied only when it agreed.
 *
 * Not a speaker the fact does not name as its announcer ("analysts said on Monday"), nor a verb
 * with other words between it and the date ("confirmed to reporters on Monday").
 */
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** From the speaker's name to the date: its name (up to six words), the verb, "on"/"late on". */
const SPEAKER_VERB_DATE =
  /^[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}?\s+(?:said|confirmed|announced|stated|declared|disclosed)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/iu;

/** True when `e` is the day `t`'s fact was announced by its own announcer, named right before the verb. */
export function announcerVerbDate(c: Checker, e: TemporalExpression, t: DateTie): boolean {
  const by = t.mention.fact.announcedBy ?? [];
  if (!by.length || e.kind === 'anchored' || e.kind === 'duration') return false;
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  return c.mentions.some(
    (m) =>
      by.includes(m.fact.id) &&
      m.strength === 'alias' &&
      m.positions.some(
        (p) => p >= clause.start && p < e.start && SPEAKER_VERB_DATE.test(text.slice(p, e.start)),
      ),
  );
}
