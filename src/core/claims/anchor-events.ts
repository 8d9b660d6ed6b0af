/**
 * What an anchored gap counts from ("two days after <event>"): the events named right after it,
 * the event pointing words stand for, or the event "the same day as" names (expressions.ts).
 */
import type { Fact } from '../facts/schema';
import { anchorsOfHead } from './anchor-head';
import { bridgedAnchor } from './bridged-anchor';
import type { Checker } from './check-common';
import { OPENS_SENTENCE } from './date-frames';
import { START_WORDS } from './date-owners';
import { datedBeforeGap } from './dated-subject';
import { lookupsOf } from './mention-lookups';
import { type Mention, RANK } from './mentions';
import { ownWords } from './phases';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/**
 * "Two days after <event>": the events named right after the expression, which it counts
 * from (strongest first). Null when the expression counts from an earlier date in the text
 * ("two days later"); an empty list when it counts from something the fact base does not
 * know ("two days after their countries settled a dispute" with nothing recognised).
 */
export function anchorEvents(c: Checker, e: TemporalExpression): Mention[] | null {
  const text = c.input.text;
  const pointsOn =
    /\b(after|before|ahead of|prior to|following|into)\s*$/i.test(e.text) ||
    /^\s*(after|before|ahead of|prior to)\b/i.test(text.slice(e.end, e.end + 12)) ||
    sameDayAs(c, e);
  if (!pointsOn) return null;
  const rest = text.slice(e.end, c.sentence.end);
  if (/^\s*(?:after(?:wards)?|before)?\s*[,.;:]|^\s*$/.test(rest)) return null; // "two days later."
  // "eight months after it took place": counted from what a pronoun stands for, which the
  // words after it do not name. "Two days before that meeting": the pointing words stand for
  // the earlier sentence's event (context.ts anaphora), which is then what the gap counts from.
  const lead = /^\s*(?:(?:after|before|ahead of|prior to|following|as)\s+)?/i.exec(rest)?.[0].length ?? 0;
  const pointed = pointedAt(c, e.end + lead);
  // "the summit" the article called so (bridged-anchor.ts) over the previous sentence's event
  // that only the fact base calls a summit ("the talks … in Kazan").
  const bridged = bridgedAnchor(c, rest.slice(lead), e.end + lead);
  if (bridged.length && pointed.length && !pointed.some((m) => m.fact.id === bridged[0]?.fact.id))
    return bridged;
  if (pointed.length) return pointed;
  if (/^(?:it|this|that|these|those|which)\b/i.test(rest.slice(lead))) return [];
  // "ten months after they met in Kazan": a pronoun for the people, whose clause then names the
  // event by its name or cue (not "a month after they were announced", which names nothing).
  const people = /^(?:they|he|she|we)\b/i.test(rest.slice(lead));
  const windowEnd = anchorWindowEnd(c, e);
  const found = c.mentions
    .filter(
      (m) =>
        m.fact.date &&
        m.positions.some((p) => p >= e.end && p < windowEnd) &&
        // "China acknowledged … that four soldiers died …, eight months after the confrontation in
        // which 20 were killed": a cue whole before the gap is the sentence's subject; a word of
        // it after the gap does not make it what the gap counts from.
        !(m.cueGroups?.length && m.cueGroups.every((g) => g.some((p) => p < e.start))) &&
        !datedBeforeGap(c, m, e),
    )
    .sort((a, b) => RANK[b.strength] - RANK[a.strength]);
  // "after the 22nd round in New Delhi" (not the 24th, cued by the city); "into China's pause of
  // its October controls" (the pause, not the controls): the phrase's own head (ADR 0123).
  const named = anchorsOfHead(text, found, e.end, windowEnd);
  // "one day before the October 9 measures would have taken effect": the gap counts to the day
  // the measure was to apply, a fact of its own (its part or relation), not to its announcement.
  // "nearly two weeks before the summit": the one event the article named a summit before.
  if (people && !named.some((m) => RANK[m.strength] >= RANK.cue)) return [];
  if (!named.length) return bridged;
  if (!STARTS_TO_APPLY.test(text.slice(e.end, windowEnd))) return named;
  // "… three weeks after the bulk of last Thursday's controls … kick in": a start (an event) the
  // phrase names or cues itself is the one counted from, not the starts of other measures related to the
  // controls named beside it (the April notice's, through a relation) (ADR 0072).
  const starts = named.filter((m) => m.fact.kind === 'event' && START_WORDS.test(ownWords(m.fact)));
  if (starts.some((m) => RANK[m.strength] >= RANK.cue)) return starts;
  return named.flatMap((m) => {
    if (START_WORDS.test(ownWords(m.fact))) return [m];
    const parts = lookupsOf(c.input.index, c.input.factById, c.input.memo).partsOf.get(m.fact.id) ?? [];
    const related = (m.fact.relations ?? []).map((r) => c.input.factById(r.target));
    return [...new Set([...parts, ...related])]
      .filter((f): f is Fact => f?.date !== undefined && START_WORDS.test(ownWords(f)))
      .map((fact) => ({ ...m, fact }));
  });
}

/** Where the phrase naming what a gap counts from ends. */
export function anchorWindowEnd(c: Checker, e: TemporalExpression): number {
  const text = c.input.text;
  // The event counted from is named in the expression's own clause ("two days after the
  // October deal; Doval went to Beijing …": not Doval's trip).
  const end = Math.min(c.sentence.end, e.end + 90, clauseAt(text, c.sentence, e.end).end);
  // "Two weeks before the MEA's confirmation on licences, China suspended …": a gap that opens
  // the sentence counts from what is named up to its comma, not from the main clause's events.
  const comma = text.indexOf(',', e.end);
  if (OPENS_SENTENCE.test(text.slice(c.sentence.start, e.start)) && comma >= 0 && comma < end) return comma;
  return end;
}

/**
 * "The same day as the Busan meeting, the MEA confirmed …": "the same day" followed by "as" and
 * an event counts from that event, not from the date before it.
 */
export const sameDayAs = (c: Checker, e: TemporalExpression): boolean =>
  e.offset?.amount === 0 &&
  e.offset.unit === 'day' &&
  /\bsame\s+day$/i.test(e.text) &&
  /^\s*as\s+(?!if\b|well\b|of\b|on\b|in\b|at\b)/i.test(c.input.text.slice(e.end, e.end + 12));

/** The earlier events that pointing words at `at` ("that meeting", "the talks") stand for (context.ts anaphora). */
const pointedAt = (c: Checker, at: number): Mention[] =>
  c.mentions.filter((m) => m.inherited && m.fact.date && m.positions.includes(at));

/** Words after a gap that make what it counts to the start of a measure ("before … took effect"). */
const STARTS_TO_APPLY =
  /\b(?:(?:take|takes|took|taken|taking|come|comes|came|coming)\s+(?:into\s+)?(?:effect|force)|kick(?:s|ed)?\s+in|(?:to|have|had|would)\s+(?:have\s+)?appl(?:y|ied)|became\s+effective)\b/i;
