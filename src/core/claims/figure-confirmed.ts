/**
 * An act named by what it made known (issue #7, paraphrase; ADR 0074): "China later acknowledged
 * four deaths on its side", "China acknowledged months later that four of its soldiers had died".
 * The sentence gives no date of the acknowledgement, but it gives the figure the act disclosed
 * ("four deaths"), a quantity the fact base relates to the event, and the figure agrees with the
 * record. That confirms the event's cue words as an agreeing date does (cuedAndClaimed,
 * context.ts): the card goes on the cue's words, one clause, clear of the figure (cue-cards.ts's
 * clearOfValues: the figure keeps its own claim).
 *
 * Only a count (not a span of time: a gap in years dates the event's recency, ADR 0074's measured
 * rows) that the fact base relates to the event, claimed in the cue's clause and agreeing with its
 * record, and after the cue's first word (what the act made known follows it: "acknowledged four
 * deaths", not "20 Indian soldiers were killed in a clash", where the count is the clash's toll);
 * no claim of the event itself that disagrees; the cue's words over no other value.
 */
import type { Fact } from '../facts/schema';
import { agreesWithRecord, type Claim } from './claim';
import { CUE_CARD_CHARS, cueCover, PARAPHRASE_KINDS, type Paraphrase, wordEnd } from './context';
import { clauseOf, clearOfValues } from './cue-cards';
import type { Mention, MentionIndex } from './mentions';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Units of time: a gap or a length dates the event's recency, it is not what the act made known. */
const TIME_UNITS: ReadonlySet<string> = new Set(['years']);

/** A quantity that counts something ("four deaths"), not a span of time. */
const counted = (f: Fact | undefined): boolean =>
  f?.kind === 'quantity' && f.quantity !== undefined && !TIME_UNITS.has(f.quantity.unit);

/** The cards described above, for one sentence. */
export function figureConfirmed(
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
    if (m.strength !== 'cue' || m.derived || m.inherited || !PARAPHRASE_KINDS.has(m.fact.kind)) continue;
    // A claim of the event that disagrees says the words may be about something else.
    if (claims.some((c) => c.factId === m.fact.id && !agreesWithRecord(c))) continue;
    const related = (c: Claim) =>
      c.factId !== m.fact.id &&
      agreesWithRecord(c) &&
      m.fact.relations?.some((r) => r.target === c.factId) === true &&
      counted(factById(c.factId));
    for (const c of claims.filter(related)) {
      // The cue's words in the figure's clause.
      const clause = clauseOf(text, sentence, c.start, c.end);
      const groups = (m.cueGroups ?? []).map((g) => g.filter((p) => p >= clause.start && p < clause.end));
      const cover = cueCover(groups);
      if (!cover) continue;
      const start = cover[0];
      const end = wordEnd(text, index, cover[1]);
      if (end - start > CUE_CARD_CHARS || c.start < start) continue;
      // Over no value but the event's related figures.
      const inside = claims.filter((o) => o.start < end && o.end > start);
      if (inside.some((o) => !related(o))) continue;
      const span = clearOfValues(text, index, { start, end }, inside, groups, names, true);
      if (span) out.push({ ...span, factId: m.fact.id, mention: m });
      break;
    }
  }
  return out;
}
