/**
 * A recency gap whose event the sentence gives only by its words (ADR 0101): "It is the first
 * time the pilgrimage … has taken place since 2019", "the first scheduled nonstop passenger
 * service between India and China in five years", "The yatra was last held in 2019". The event
 * found by keyword evidence stands for its recorded gap, as a named event does (context.ts
 * `withRelated`); being found only by its words, the gap it gives says only agreement.
 */
import type { Fact } from '../facts/schema';
import { type Checker, otherExpressionsOfSentence } from './check-common';
import { checkDuration } from './check-durations';
import type { Claim } from './claim';
import { RECENCY } from './context';
import { factInterval, gapDays } from './dates';
import { CUE_SCORE, type Mention } from './mentions';
import { reason } from './reasons';
import { recencyGap } from './recency-gap';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** Distinct keywords of an event, in the sentence, for its words to stand for its gap. */
const MIN_KEYWORDS = 2;

/** A recorded gap, not a length: "Gap before …", "his first visit … in five years", "first … since 2019". */
const GAP_TITLE = /\b(?:gap|first|since)\b/i;

/**
 * "was last held in 2019", "last met in person in 2019": the date right after the verb is the
 * last time before the gap. Nothing but a place or a manner between the verb and the date.
 */
const LAST_DONE =
  /\blast\s+(?:held|met|took\s+place|ran|visited|travell?ed|operated|flew|convened|sat)\b(?:\s+(?:in\s+person|face[- ]to[- ]face|at\s+[A-Z][\w'’-]*|in\s+[A-Z][\w'’-]*))?\s+(?:(?:in|on)\s+)?$/i;

/**
 * The gap `e` gives, checked against the recorded gap of the one event the sentence has keyword
 * evidence of, when only that gap agrees; null otherwise (a gap found so has no rival to lose
 * to, and a disagreement is never certain: the event may be another one).
 */
export function evidenceEventGap(c: Checker, e: TemporalExpression): Claim | null {
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  const lastDone = e.kind !== 'duration' && LAST_DONE.test(text.slice(clause.start, e.start));
  if (!lastDone && !RECENCY.test(text.slice(c.sentence.start, c.sentence.end))) return null;
  if (!lastDone && e.kind !== 'duration' && e.bound !== 'since') return null;
  // An event the sentence names or cues had its gap checked the ordinary way (context.ts
  // `withRelated`): what that check left unclaimed is not handed to an event found by words.
  if (c.mentions.some((m) => m.strength !== 'evidence' && recordedGaps(c, m.fact).length)) return null;
  const said: TemporalExpression = lastDone ? { ...e, bound: 'since' } : e;
  const others = c.mentions.filter((m) => m.fact.quantity?.unit !== 'years');
  const agreeing = new Map<string, { claim: Claim; event: Fact }>();
  const disagreeing: { claim: Claim; event: Fact }[] = [];
  const events = new Set<string>();
  for (const m of c.mentions) {
    // One shared word ("talks") is no evidence of which event: two distinct keywords at least.
    if (m.strength !== 'evidence' || m.derived || m.inherited || (m.keywords ?? 0) < MIN_KEYWORDS) continue;
    const gaps = recordedGaps(c, m.fact);
    if (gaps.length) events.add(m.fact.id);
    for (const gap of gaps) {
      const stand: Mention = {
        fact: gap,
        positions: m.positions,
        strength: 'cue',
        score: CUE_SCORE,
        via: reason('found-cue', { fact: gap.title, words: String(m.via.params.words ?? '') }),
      };
      const checker: Checker = { ...c, mentions: [...others, stand] };
      const read = said.kind === 'duration' ? said : recencyGap(checker, said);
      const claim = read ? checkDuration(checker, read) : null;
      if (claim?.verdict === 'consistent' && claim.factId === gap.id)
        agreeing.set(gap.id, { claim, event: m.fact });
      if (claim?.verdict === 'differs' && claim.factId === gap.id && gaps.length === 1)
        disagreeing.push({ claim, event: m.fact });
    }
  }
  const found = [...agreeing.values()];
  // "A jet … left Kolkata on Sunday, the first scheduled nonstop … in nine years": the one event the
  // sentence tells by its words, and dates rightly, is the one whose single gap is stated (ADR 0108).
  const [wrong] = disagreeing;
  if (!found.length && events.size === 1 && wrong && datedInSentence(c, e, wrong.event)) return wrong.claim;
  // "The two heads of state met on Oct. 30 …, their first face-to-face meeting since 2019": of
  // two events whose gaps both agree, the one the sentence dates rightly is the one meant.
  const dated = found.length > 1 ? found.filter((f) => datedInSentence(c, e, f.event)) : found;
  return dated.length === 1 ? (dated[0]?.claim ?? null) : null;
}

/** True when another date of the sentence falls on `event`'s recorded date. */
function datedInSentence(c: Checker, e: TemporalExpression, event: Fact): boolean {
  const record = event.date ? factInterval(event.date) : null;
  if (!record) return false;
  return otherExpressionsOfSentence(c, e).some(
    (x) => x.interval !== null && gapDays(x.interval, record) === 0,
  );
}

/** The gaps in years recorded for `event` (its relations, either way), not lengths of it. */
function recordedGaps(c: Checker, event: Fact): Fact[] {
  if (event.kind !== 'event' && event.kind !== 'instrument') return [];
  return (event.relations ?? [])
    .map((r) => c.input.factById(r.target))
    .filter((f): f is Fact => f?.quantity?.unit === 'years' && GAP_TITLE.test(f.title));
}
