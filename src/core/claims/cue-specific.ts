/**
 * Of two events cued in a date's sentence, the one whose words there include every word of the
 * other and more is the one the sentence describes (issue #7, ADR 0042 round 22). "Foreign
 * Secretary Vikram Misri met Vice Foreign Minister Sun Weidong in Beijing in April": both rounds
 * of their talks are cued by the two names, the Beijing round also by the place; a disagreeing
 * month is the Beijing round's, and the other round, cued by a part of the same words, is no rival.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { DateTie } from './date-ties';

/** Every word a fact may be found by: of its names, its cues, its keywords (lower case). */
const vocabulary = (f: Fact) =>
  [
    ...f.aliases.map((a) => a.text),
    ...(f.cues ?? []).flatMap((c) => [...c.allOf.flat(), ...(c.paragraph ?? []).flat()]),
    ...(f.keywords ?? []),
  ].flatMap((w) => w.toLowerCase().match(/\p{L}+/gu) ?? []);

/** Prepositions a cue list may hold that say how, not what ("until", "from", "after"). */
const RELATING =
  /^(?:until|till|from|since|after|before|during|into|through|within|between|under|over|with|by|on|in|at|to|of|for)$/i;

/** Letters that make a word's family ("licens-": licence, licenses, licensing). */
const STEM = 5;

const wordsIn = (t: DateTie, sentence: Span) =>
  new Set(t.mention.positions.filter((p) => p >= sentence.start && p < sentence.end));

/**
 * True when `less`'s words in the sentence are all `more`'s, and `more` has another word of
 * content (a place, a party, an act) that is no word of `less` at all, nor of its family (not a
 * form that one cue list happens to lack, "licenses" beside "licensing"; not a preposition,
 * "until"); both cued, in the date's clause.
 */
export function lessSpecific(text: string, more: DateTie, less: DateTie, sentence: Span): boolean {
  if (more.mention.strength !== 'cue' || less.mention.strength !== 'cue') return false;
  if (!more.sameClause || !less.sameClause || more.related || less.related) return false;
  const a = wordsIn(more, sentence);
  const b = wordsIn(less, sentence);
  if (!b.size || a.size <= b.size || ![...b].every((p) => a.has(p))) return false;
  const words = vocabulary(less.mention.fact);
  return [...a].some((p) => {
    if (b.has(p)) return false;
    const word = /^\p{L}+/u.exec(text.slice(p, p + 40))?.[0] ?? '';
    const stem = word.toLowerCase().slice(0, STEM);
    // A word of content, not a preposition of the predicate ("until" of a suspension's end).
    return stem.length > 0 && !RELATING.test(word) && !words.some((w) => w.startsWith(stem));
  });
}

/** The candidates with a more specific one moved before the first, when the first is less specific than it. */
export function mostSpecificFirst(text: string, order: readonly DateTie[], sentence: Span): DateTie[] {
  const [first] = order;
  if (!first) return [...order];
  const more = order.find((t) => t !== first && lessSpecific(text, t, first, sentence));
  return more ? [more, ...order.filter((t) => t !== more)] : [...order];
}
