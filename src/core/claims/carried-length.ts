/**
 * "The suspension lasts about one year", "the one-year suspension", "paused for a year",
 * sentences after the article named what was suspended: a length in years whose own clause
 * holds the act word of a length the article already referred to (a quantity in years found by
 * its cue or name in an earlier sentence) is that length said again, the way "the suspension"
 * points back to it (ADR 0044).
 *
 * Only agreement is said of it: which earlier length a bare "the suspension" takes up is a
 * reading, never a reason to call the value wrong (the engine drops a disagreeing claim).
 */

import type { Span } from '../match/sentences';
import { RECENCY } from './context';
import { CUE_SCORE } from './mention-types';
import { type Mention, RANK } from './mentions';
import { reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { escapeRegExp } from './words';

/** Units a carried length may be stated in (a few days or weeks measure something else). */
const YEARLY = new Set(['year', 'decade']);

/** Words of a cue that only say the unit ("years"), not what lasted. */
const UNIT_WORDS = /^(?:years?|decades?|months?)$/i;

/** A fact's cue words that are not unit words, computed once per fact. */
const actWords = new WeakMap<Mention['fact'], readonly string[]>();
/** One pattern per cue word: a non-global pattern, so `exec` keeps no state between calls. */
const wordPatterns = new Map<string, RegExp>();

function actWordsOf(fact: Mention['fact']): readonly string[] {
  let words = actWords.get(fact);
  if (!words) {
    words = (fact.cues ?? []).flatMap((c) => c.allOf.flat()).filter((w) => !UNIT_WORDS.test(w));
    actWords.set(fact, words);
  }
  return words;
}

function wordPattern(w: string): RegExp {
  let re = wordPatterns.get(w);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'iu');
    wordPatterns.set(w, re);
  }
  return re;
}

/** Code points outside ASCII that Unicode case folding (the `iu` patterns) takes to an ASCII letter: ſ (s), K (k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * A cheap bound on `wordPattern(w)`: false only when the pattern cannot match `clause`. An
 * ASCII word matches case-insensitively only where the clause, lower-cased, holds it lower-cased,
 * unless the clause has a character that folds to an ASCII letter; a word with other characters
 * is always tried.
 */
export function mayHoldWord(clause: string, lowerClause: string, w: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range
  if (!/^[\x00-\x7f]*$/.test(w) || FOLDS_TO_ASCII.test(clause)) return true;
  return lowerClause.includes(w.toLowerCase());
}

/** Where one of `m`'s cue words (not a unit word) stands in `span` of `text`, or -1. */
function actWordIn(text: string, span: Span, m: Mention): number {
  const clause = text.slice(span.start, span.end);
  const lower = clause.toLowerCase();
  let at = -1;
  for (const w of actWordsOf(m.fact)) {
    if (!mayHoldWord(clause, lower, w)) continue;
    const hit = wordPattern(w).exec(clause);
    if (hit && (at < 0 || span.start + hit.index < at)) at = span.start + hit.index;
  }
  return at;
}

/**
 * The lengths of earlier sentences that a year-long duration of this sentence takes up: one
 * inherited mention, or none when the sentence has a length of its own or two earlier lengths
 * fit its words.
 */
export function carriedLengths(
  text: string,
  sentence: Span,
  expressions: readonly TemporalExpression[],
  own: readonly Mention[],
  earlier: readonly Mention[],
): Mention[] {
  if (own.some((m) => m.fact.quantity?.unit === 'years')) return [];
  // "their first formal meeting in five years": a recency gap, which context.ts reads.
  if (RECENCY.test(text.slice(sentence.start, sentence.end))) return [];
  const out: Mention[] = [];
  for (const e of expressions) {
    if (e.kind !== 'duration') continue;
    // Months only where the sentence states the length as its subject's ("The suspension would
    // run for six months", ADR 0073); a few months in passing measure something else.
    const months = String(e.params.unit ?? '') === 'month';
    if (!YEARLY.has(String(e.params.unit ?? '')) && !months) continue;
    const clause = clauseAt(text, sentence, e.start);
    const fits = new Map<string, { m: Mention; at: number }>();
    // Where a fact's act word stands depends on the fact alone: each fact is read once (its
    // first mention is the one kept, as before).
    const read = new Set<string>();
    for (const m of earlier) {
      if (read.has(m.fact.id)) continue;
      read.add(m.fact.id);
      const at = actWordIn(text, clause, m);
      if (at >= 0) fits.set(m.fact.id, { m, at });
    }
    if (fits.size !== 1) continue;
    const [{ m, at }] = [...fits.values()] as [{ m: Mention; at: number }];
    if (out.some((o) => o.fact.id === m.fact.id)) continue;
    if (months && !statesCarriedLength(text, sentence, e.start, m)) continue;
    out.push({
      fact: m.fact,
      positions: [at],
      strength: 'cue',
      score: CUE_SCORE,
      via: reason('found-cue', { fact: m.fact.title, words: text.slice(at, at + 24).split(/\s+/)[0] ?? '' }),
      inherited: true,
    });
  }
  return out;
}

/**
 * A verb that says how long its subject lasts, right before the length ("will last", "would run
 * for", "is to remain in place for"), with a hedge ("about", "nearly") allowed.
 */
const LASTS_BEFORE =
  /^\s+(?:(?:will|would|is|was|to|shall|should|could|may|might|must)\s+)?(?:(?:be\s+set\s+to|be\s+due\s+to|set\s+to|due\s+to)\s+)?(?:last|lasts|lasted|run|runs|ran|remain\s+in\s+(?:place|force|effect)|remains\s+in\s+(?:place|force|effect)|stay\s+in\s+(?:place|force|effect)|stays\s+in\s+(?:place|force|effect)|be\s+in\s+(?:place|force|effect))(?:\s+for)?\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|a\s+full)\s+)?$/i;

/**
 * "The suspension will last about two years", "the suspension would run for a year": the length
 * taken up is the subject of a verb that says how long it lasts. The clause opens with that
 * subject (a pointing determiner and the length's act word as its head), and the length is the
 * verb's complement: the sentence states the length itself, not in passing, so a wrong value is
 * wrong (ADR 0073). Which earlier length "the suspension" is stays carriedLengths' reading: one
 * length of the article only, with that act word.
 */
export function statesCarriedLength(text: string, sentence: Span, claimStart: number, m: Mention): boolean {
  const clause = clauseAt(text, sentence, claimStart);
  const before = text.slice(clause.start, claimStart);
  const opening = SUBJECT_OPENING.exec(before);
  if (!opening) return false;
  const words = before.slice(opening[0].length).split(/(?=\s)/);
  // The head is the subject's first or second word ("the suspension", "the export pause").
  for (let k = 1; k <= 2 && k < words.length; k++) {
    const head = (words[k - 1] as string).trim().toLowerCase();
    if (
      actWordsOf(m.fact).some((w) => w.toLowerCase() === head) &&
      LASTS_BEFORE.test(words.slice(k).join(''))
    )
      return true;
  }
  return false;
}

/** A clause's opening up to its subject's pointing determiner ("the", "China said that the"). */
const SUBJECT_OPENING =
  /^\s*(?:(?:and|but|so)\s+)?(?:(?:[\p{L}'’.]+\s+){1,4}(?:said|says|confirmed|added|noted)\s+(?:that\s+)?)?(?:the|that|this|its|their)\s+/iu;

/** Lengths (quantities in years) a sentence refers to by name or cue, for later sentences to take up. */
export const lengthsOf = (mentions: readonly Mention[]): Mention[] =>
  mentions.filter((m) => m.fact.quantity?.unit === 'years' && !m.inherited && RANK[m.strength] >= RANK.cue);
