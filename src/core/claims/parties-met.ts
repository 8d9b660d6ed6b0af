/**
 * "when President Donald Trump meets Chinese leader Xi Jinping on Saturday in South Korea",
 * "clearing the way for Trump to meet Xi in South Korea on Saturday", "Trump and Xi met in Busan
 * on Oct. 30" (ADR 0082): the meeting's two parties, both named, are the subject and the object of
 * a verb of meeting (or its joint subject), and the date is that verb's adjunct, with at most
 * "again" and the place between. The clause says which meeting the date is, without the date:
 * the only meeting the fact base keeps between those two people. A date that disagrees is then
 * that meeting's wrong date, as a cue would tie it; before this the engine tied it only when the
 * date agreed.
 *
 * Not when the two people have met more than once in the record (Modi and Xi in Kazan and in
 * Tianjin: which one a wrong date is, is a guess), nor when a third person is named in the clause
 * before the date, nor when the verb is negated or reported ("said", "plan").
 */
import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import { isMeeting } from './meeting-phrase';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** A verb of meeting, in any tense, with "to"/"will" before it and "with" after it. */
const MEET =
  '(?:(?:will|would|is\\s+to|are\\s+to|to|set\\s+to|due\\s+to|expected\\s+to)\\s+)?(?:met|meets|meet|meeting|(?:held|holds|hold|holding)\\s+talks\\s+with|(?:sat|sits|sit)\\s+down\\s+with)';

/** A name: capitalised words ("Donald Trump", "Xi Jinping", "S. Jaishankar"). */
const NAME = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}";

/** From the first party's name to the second's: the verb (and up to four title words), or "and". */
const BETWEEN_PARTIES = new RegExp(
  `^${NAME}\\s+(?:(?<verb>${MEET})\\s+(?:[\\p{L}.'’-]+\\s+){0,4}|and\\s+(?:[\\p{L}.'’-]+\\s+){0,4})$`,
  'u',
);

/** From the second party's name to the date: the verb if the parties were joined by "and", "again", the place, the preposition. */
const AFTER_SECOND = (joint: boolean) =>
  new RegExp(
    `^${NAME}${joint ? `\\s+${MEET}` : ''}(?:\\s+again)?(?:\\s+(?:in|at)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’.-]*(?:,?\\s+[\\p{Lu}][\\p{L}'’.-]*){0,2},?)?\\s+(?:(?:on|in)\\s+)?$`,
    'u',
  );

/** Words before the first party that make the meeting something else than an occurrence. */
const NOT_AN_OCCURRENCE = /\b(?:not|never|no|whether|if|unless|without|could|might|may)\s+(?:\S+\s+){0,3}$/i;

/** How many meeting facts the fact base has whose actors include both people. */
function meetingsOf(c: Checker, a: string, b: string): number {
  const ids = new Set(c.input.index.keywords.map((k) => k.factId));
  for (const cue of c.input.index.cues) ids.add(cue.factId);
  for (const t of c.input.index.terms) ids.add(t.factId);
  let n = 0;
  for (const id of ids) {
    const f: Fact | undefined = c.input.factById(id);
    if (f && isMeeting(f) && (f.actors ?? []).includes(a) && (f.actors ?? []).includes(b)) n++;
  }
  return n;
}

/** True when `t`'s meeting is the one its two parties, named around a verb of meeting, hold on `e`. */
export function partiesMet(c: Checker, e: TemporalExpression, t: DateTie): boolean {
  const fact = t.mention.fact;
  if (!t.sameClause || !isMeeting(fact) || e.kind === 'anchored' || e.kind === 'duration') return false;
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  const persons = c.mentions.filter(
    (m) =>
      m.fact.kind === 'person' &&
      m.strength === 'alias' &&
      m.positions.some((p) => p >= clause.start && p < e.start),
  );
  if (persons.length !== 2) return false;
  const actors = fact.actors ?? [];
  if (persons.some((m) => !actors.includes(m.fact.id))) return false;
  const [first, second] = persons
    .map((m) => ({ m, at: Math.min(...m.positions.filter((p) => p >= clause.start && p < e.start)) }))
    .sort((x, y) => x.at - y.at);
  if (!first || !second) return false;
  const between = BETWEEN_PARTIES.exec(text.slice(first.at, second.at));
  if (!between) return false;
  if (!AFTER_SECOND(between.groups?.verb === undefined).test(text.slice(second.at, e.start))) return false;
  if (NOT_AN_OCCURRENCE.test(text.slice(clause.start, first.at))) return false;
  return meetingsOf(c, first.m.fact.id, second.m.fact.id) === 1;
}
