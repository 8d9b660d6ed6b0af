/**
 * An instrument brought in by stages: China's October 2025 package was due to start on 8 Nov, and
 * parts of No. 61 on 1 Dec — two scheduled starts, each a fact of its own, both parts of the one
 * instrument and ordered by an `after` relation. "Parts of the October package were due to start
 * on Dec. 1", "the rest of the controls kick in on Dec. 1": the words name the instrument and a
 * start, and the day is the other stage's. Which stage the sentence means is open when the day
 * agrees with another stage of the same instrument and not with the one it was tied to: `context`
 * naming that stage, never `differs` (issue #7: "when two facts stay close, give context").
 *
 * Only stages: one-day events that are parts of one instrument and come one after the other (an
 * `after`/`before` relation between them). The instrument's own date (its announcement) is its
 * whole's, not a stage, so "the controls took effect on Oct. 9" stays a claim against the start;
 * siblings under an event or a topic (the patrols after the disengagement, the 23rd and 24th SR
 * talks) are separate acts whose dates are the commonest real errors, and stay claims too.
 */
import type { Fact } from '../facts/schema';
import { type DateInterval, factInterval } from './dates';
import { compareDates } from './verdict';

type FactById = (id: string) => Fact | undefined;

/** The instruments `fact` is part of. */
const instrumentsOf = (fact: Fact, factById: FactById) =>
  (fact.relations ?? [])
    .filter((r) => r.type === 'part-of' && factById(r.target)?.kind === 'instrument')
    .map((r) => r.target);

/** True when `a` and `b` are ordered by an `after`/`before` relation, either way. */
const ordered = (a: Fact, b: Fact) =>
  (a.relations ?? []).some((r) => (r.type === 'after' || r.type === 'before') && r.target === b.id) ||
  (b.relations ?? []).some((r) => (r.type === 'after' || r.type === 'before') && r.target === a.id);

/** A one-day dated event. */
const oneDay = (fact: Fact) => {
  const record = fact.kind === 'event' && fact.date ? factInterval(fact.date) : null;
  return record !== null && record.start === record.end ? record : null;
};

/**
 * The title of another stage of `fact`'s instrument whose day `claimed` agrees with, when `fact`
 * is itself such a stage; null otherwise. `partsOf` lists each fact's parts (mention-lookups.ts).
 */
export function otherStageAgrees(
  fact: Fact,
  claimed: DateInterval,
  factById: FactById,
  partsOf: ReadonlyMap<string, readonly Fact[]>,
): string | null {
  if (!oneDay(fact)) return null;
  for (const whole of instrumentsOf(fact, factById))
    for (const other of partsOf.get(whole) ?? []) {
      const record = other.id === fact.id ? null : oneDay(other);
      if (record && ordered(fact, other) && compareDates(claimed, record).agrees) return other.title;
    }
  return null;
}
