/**
 * "China began requiring licences for exports of seven medium and heavy rare earths … on April 4"
 * (ADR 0094): a verb of starting whose gerund is the very act an instrument imposes ("began
 * requiring", "started imposing", "began tightening") dates the instrument itself when the
 * instrument took effect on its own day, that is when the fact base records no later start of it
 * (no related fact titled as its start or entry into force). The start phase ("began") is then not
 * another phase than the instrument's, and a wrong day is compared like any other.
 *
 * Not an instrument with a start of its own ("began requiring licences for lithium batteries on
 * Nov. 8" is the October package's scheduled start, a fact of its own), nor a start of anything
 * else ("the squeeze began in May", "firms began receiving licences in August").
 */
import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { PHASE_AFTER_CHARS } from './phases';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** A verb of starting with, as its gerund, an act an instrument imposes. */
const START_OF_IMPOSING =
  /\b(?:began|begun|begins|start(?:ed|s)?)\s+(?:requiring|imposing|tightening|restricting|curbing|licensing)\b/i;

/** The title of a fact that is an instrument's later start. */
const LATER_START = /\b(?:start|effective|entry into force|takes? effect)\b/i;

/** True when an instrument's relations reach a fact recording its own later start. */
const startsLater = (fact: Fact, factById: (id: string) => Fact | undefined) =>
  (fact.relations ?? []).some((r) => {
    const other = factById(r.target);
    return other !== undefined && other.kind === 'event' && LATER_START.test(other.title);
  });

/** True when the value's clause starts the very act the instrument `fact` imposes, from its own day. */
export function startOfOwnAct(c: Checker, e: TemporalExpression, fact: Fact): boolean {
  if (fact.kind !== 'instrument' || startsLater(fact, c.input.factById)) return false;
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  // (The start verb within the phase's reach, its gerund however far: "On April 4, its Ministry of
  // Commerce began requiring …".)
  const m = START_OF_IMPOSING.exec(text.slice(clause.start, clause.end));
  return m !== null && clause.start + m.index < e.end + PHASE_AFTER_CHARS;
}
