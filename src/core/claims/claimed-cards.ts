/**
 * A card on part of an event's cue when a date of the same clause confirms it (ADR 0037).
 * "Passenger flights linking the Chinese mainland and India directly resumed on Sunday": the
 * date agrees with the record of the flights' return, so the sentence is about that event; but
 * the cue's words (flights … Chinese … resumed) run over 60 characters, and 0025's card on the
 * whole cue (`cuedAndClaimed`) needs them close together. The date is the evidence that the cue
 * alone lacks, so two of the cue's word groups suffice: the card goes on the shortest stretch of
 * the date's own clause holding words of two groups ("flights linking the Chinese"), under the
 * shape a cue card has (at most CLAUSE_CARD_CHARS, no punctuation, over no value, two words of its
 * own besides names).
 *
 * Keyword evidence gets the same card when it is strong: a paraphrase card's evidence
 * (PARAPHRASE_MIN) with one distinct keyword more than such a card needs ("The two armies
 * completed disengagement at both sites on October 30, exchanging sweets for Diwali": troops,
 * disengagement, completed, sweets, Diwali), on two of its keywords in the date's clause and
 * never around a reporting verb. 0025's keyword card (`paraphrasesIn`) leaves a sentence whose
 * date is the fact's to the date's card alone.
 *
 * Not for a phase of an instrument (its taking effect, its pause's end): "were scheduled to take
 * effect" says what the date is; the date's own card says which measure.
 */
import type { Fact } from '../facts/schema';
import { agreesWithRecord, type Claim } from './claim';
import { cueCover, PARAPHRASE_KEYWORDS, PARAPHRASE_KINDS, PARAPHRASE_MIN, type Paraphrase } from './context';
import { cardShaped, clauseOf } from './cue-cards';
import type { Mention, MentionIndex } from './mentions';

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A phase of an instrument (its taking effect, its pause's end): its words ("were due to take
 * effect", "suspended until") say what the date is, and the date's own card says which measure.
 */
export const phaseOfInstrument = (fact: Fact, factById: (id: string) => Fact | undefined) =>
  (fact.relations ?? []).some((r) => r.type === 'part-of' && factById(r.target)?.kind === 'instrument');

const within = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

/** The cards described above, for one sentence. */
export function pairedAndClaimed(
  text: string,
  index: MentionIndex,
  sentence: Span,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  names: readonly Span[],
  factById: (id: string) => Fact | undefined,
): Paraphrase[] {
  const out: Paraphrase[] = [];
  for (const m of mentions) {
    if (m.derived || m.inherited || !PARAPHRASE_KINDS.has(m.fact.kind)) continue;
    if (phaseOfInstrument(m.fact, factById)) continue;
    const groups =
      m.strength === 'cue'
        ? (m.cueGroups ?? [])
        : m.strength === 'evidence' &&
            m.score >= PARAPHRASE_MIN &&
            (m.keywords ?? 0) >= PARAPHRASE_KEYWORDS + 1
          ? (m.keywordGroups ?? [])
          : [];
    if (groups.length < 2) continue;
    // A claim of the fact that agrees with its record, and none that disagrees.
    const own = claims.filter((c) => c.factId === m.fact.id);
    const agreeing = own.filter((c) => c.verdict === 'consistent' || c.verdict === 'outdated');
    if (!agreeing.length || own.some((c) => !agreesWithRecord(c))) continue;
    let best: Span | null = null;
    for (const c of agreeing) {
      const clause = clauseOf(text, sentence, c.start, c.end);
      for (let i = 0; i < groups.length; i++)
        for (let j = i + 1; j < groups.length; j++) {
          const span = cardShaped(text, index, cueCover([groups[i] ?? [], groups[j] ?? []]), names);
          if (!span || !within(span, clause)) continue;
          // Keywords around a reporting verb are what was said, not the event's words.
          if (m.strength === 'evidence' && /\b(?:said|says|told)\b/.test(text.slice(span.start, span.end)))
            continue;
          if (claims.some((o) => o.start < span.end && o.end > span.start)) continue;
          // "Beijing's April 2025 licensing curbs on rare earths …": words just after another
          // fact's date (up to three words on) are that date's noun phrase, not this fact's.
          if (
            claims.some(
              (o) =>
                o.factId !== m.fact.id &&
                o.end <= span.start &&
                /^\s*(?:[\w'’-]+\s+){0,3}$/.test(text.slice(o.end, span.start)),
            )
          )
            continue;
          if (!best || span.end - span.start < best.end - best.start) best = span;
        }
    }
    if (best) out.push({ start: best.start, end: best.end, factId: m.fact.id, mention: m });
  }
  return out;
}
