/**
 * "Four PLA soldiers were killed …, as five officers and soldiers were honoured": a head count
 * whose own clause says what happened to the people counted — honoured, injured, arrested — counts
 * something other than a record of the dead. It is not that record's figure (ADR 0043).
 */
import type { Quantity } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { clauseAt } from './ties';

const FATE =
  /\b(?:honou?red|decorated|awarded|feted|commended|recogni[sz]ed|promoted|injured|wounded|hurt|arrested|detained|captured|rescued|evacuated|released|deployed|stationed|posted|withdrawn)\b/i;
const DEATH =
  /\b(?:kill(?:ed|ing)?|died|dead|deaths?|lost|casualt\w*|fatalit\w*|martyr\w*|slain|perished|lives)\b/i;

/** A fate's verb right before the count, as its object ("honoured five soldiers", "injured about 70"). */
const FATE_OBJECT = new RegExp(
  `${FATE.source}\\s+(?:(?:a|the|some|about|nearly|around|roughly|at\\s+least|another|more\\s+than)\\s+)?$`,
  'i',
);

export function countsAnotherFate(c: Checker, span: Span, q: Quantity): boolean {
  if (q.unit !== 'people' || !DEATH.test(q.measure)) return false;
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, span.start);
  // "in a PLA Daily report that honoured five soldiers": the count is the object of the fate's verb.
  if (FATE_OBJECT.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) return true;
  const after = text.slice(span.end, clause.end);
  return FATE.test(after) && !DEATH.test(text.slice(clause.start, clause.end));
}
