/**
 * The date of a relative clause of beginning (ADR 0079): "a military standoff in the western
 * Himalayas that began in 2020", "the standoff in eastern Ladakh that started in May 2020". The
 * relative clause says when the event named just before it began, so a date in it that no other
 * claim covers is the start date of that event. It only confirms: the one event named within a
 * few words before "that"/"which" must be recorded within the date (nothing when two events are
 * named there, or the date disagrees, since the clause may hang on another noun). A present perfect
 * held "since" a date ("a standoff that has soured ties since 2020") dates the event's start the same way.
 * An event named by its name before the clause outweighs one only evidenced by a keyword there.
 */
import type { Claim } from './claim';
import { cueDateClaim } from './confirming-date';
import { factInterval } from './dates';
import type { Mention } from './mention-types';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/** "that began in (the spring of) " right before the date; group 1 is where the clause starts. */
const CLAUSE =
  /\b(that|which)\s+(?:had\s+|has\s+)?(?:began|begun|started|erupted|broke\s+out)\s+(?:(?:in|during)\s+)?(?:(?:early|late|mid-?)\s*)?(?:the\s+(?:spring|summer|autumn|fall|winter|first\s+\w+|middle|start|beginning|end)\s+of\s+)?$/i;
/** "that has soured ties " right before a date that starts with "since". */
const SINCE = /\b(that|which)\s+(?:has|have)\s+(?:been\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s+$/i;
const SINCE_DATE = /^since\s/i;
/** Widest gap between the event's last named word and the relative pronoun ("standoff in the western Himalayas that"). */
const NEAR = 45;

/** Confirming claims for dates in a clause of beginning among `expressions` that no claim in `here` covers. */
export function begunDates(
  text: string,
  expressions: readonly TemporalExpression[],
  here: readonly Claim[],
  mentions: readonly Mention[],
  published: number | null,
): Claim[] {
  const out: Claim[] = [];
  for (const e of expressions) {
    if (e.kind !== 'absolute' || e.ambiguous) continue;
    const claimed = e.interval;
    if (!claimed) continue;
    if (here.some((c) => c.start < e.end && e.start < c.end)) continue;
    const before = text.slice(Math.max(0, e.start - 80), e.start);
    // "a standoff that has soured ties since 2020": a state in the present perfect held since the date.
    const m = SINCE_DATE.test(e.text) ? SINCE.exec(before) : CLAUSE.exec(before);
    if (!m) continue;
    const pronoun = e.start - before.length + m.index;
    // The events named just before the clause, with no comma or clause break between.
    const near = mentions.filter((x) => {
      if (x.fact.kind !== 'event' || !x.fact.date) return false;
      const last = Math.max(...x.positions);
      return last < pronoun && pronoun - last <= NEAR && !/[,;:.]/.test(text.slice(last, pronoun));
    });
    // An event named by its name there outweighs one only evidenced by a keyword ("standoff").
    const named = near.filter((x) => x.strength === 'alias');
    const facts = [...new Set((named.length ? named : near).map((x) => x.fact))];
    const fact = facts.length === 1 ? facts[0] : undefined;
    const record = fact?.date ? factInterval(fact.date) : null;
    if (!fact || !record) continue;
    if (!compareDates(claimed, record).agrees) continue;
    out.push(cueDateClaim(text, e, fact, claimed, record, m[0].trim(), published, false));
  }
  return out;
}
