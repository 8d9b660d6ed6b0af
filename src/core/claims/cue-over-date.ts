/**
 * A card on an event's noun phrase when its own date splits its cue (ADR 0096). "The truce does
 * not touch the licensing system China introduced in April for seven medium and heavy rare
 * earths": the cue (licensing … rare earths) runs over the date, and the date agrees with the
 * record of April's controls, so the sentence names them. A card over the date would take the
 * date's own card; cuedAndClaimed (context.ts) therefore leaves such a cue uncarded. The words
 * before the date, from the cue's first word up to the date ("licensing system China
 * introduced"), are the event's noun phrase and its clause's verb: they get the card, under the
 * shape a cue card has (one clause, at most CLAUSE_CARD_CHARS, two words of its own besides
 * names), with the rest of the cue in the same clause right after the date.
 *
 * Only when the date agrees with the record and no claim of the fact disagrees: the date is the
 * evidence that the split cue is this event's and not a rival's that shares its words
 * ("licensing … rare earths" cues October's controls as well).
 */
import { agreesWithRecord, type Claim } from './claim';
import { cueCover, PARAPHRASE_KINDS, type Paraphrase } from './context';
import { CLAUSE_CARD_CHARS, cardShaped } from './cue-cards';
import type { Mention, MentionIndex } from './mentions';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Punctuation that ends a clause (as for a cue card). */
const CLAUSE_END = /[,;:()—–]/;

/** The start of the last word before `at` (skipping spaces). */
function lastWordBefore(text: string, from: number, at: number): number | null {
  const m = /[\p{L}\p{N}][\p{L}\p{N}'’-]*\s*$/u.exec(text.slice(from, at));
  return m ? from + m.index : null;
}

/** Words a card does not end on (a preposition or article that introduces the date). */
const TRAILING = /\s+(?:in|on|at|from|of|for|to|the|a|an|since|until|by)$/i;

/** `span` without trailing small words; null if nothing is left. */
function trimmedEnd(text: string, span: Span): Span | null {
  let end = span.end;
  for (let m = TRAILING.exec(text.slice(span.start, end)); m; m = TRAILING.exec(text.slice(span.start, end)))
    end = span.start + m.index;
  return end > span.start ? { start: span.start, end } : null;
}

/** The cards described above, for one sentence. */
export function cueOverDate(
  text: string,
  index: MentionIndex,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  names: readonly Span[],
): Paraphrase[] {
  const out: Paraphrase[] = [];
  for (const m of mentions) {
    if (m.strength !== 'cue' || m.derived || m.inherited || !PARAPHRASE_KINDS.has(m.fact.kind)) continue;
    const own = claims.filter((c) => c.factId === m.fact.id);
    if (own.some((c) => !agreesWithRecord(c))) continue;
    const cover = cueCover(m.cueGroups);
    if (!cover) continue;
    // The fact's agreeing date inside the cue's stretch, with cue words on both sides.
    const date = own.find(
      (c) =>
        (c.verdict === 'consistent' || c.verdict === 'outdated') && c.start > cover[0] && c.end <= cover[1],
    );
    if (!date) continue;
    const after = text.slice(date.end, cover[1]);
    if (CLAUSE_END.test(after) || after.length > CLAUSE_CARD_CHARS) continue;
    // No other value in the cue's stretch: the date alone splits it.
    if (claims.some((o) => o !== date && o.start < cover[1] && o.end > cover[0])) continue;
    const last = lastWordBefore(text, cover[0], date.start);
    if (last === null || last < cover[0]) continue;
    const shaped = cardShaped(text, index, [cover[0], last], names);
    const span = shaped && trimmedEnd(text, shaped);
    // The words run up to the date, or to a preposition that introduces it ("imposed in April",
    // "introduced on April 4"): not "separate from the April regime", where the date is
    // another noun phrase's modifier.
    if (!span || !/^\s*(?:(?:in|on)\s*)?$/i.test(text.slice(span.end, date.start))) continue;
    out.push({ start: span.start, end: span.end, factId: m.fact.id, mention: m });
  }
  return out;
}
