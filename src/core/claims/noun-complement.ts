/**
 * The names after an event noun that a date modifies (ADR 0042, round 20). "at their Oct. 23 meeting
 * in the Russian city of Kazan", "after Thursday's meeting between President Trump and Xi Jinping in
 * Busan", "Under the Oct. 30 understanding reached in Busan": the date modifies the noun, and the
 * prepositional phrases after the noun that hold only names (its place, its parties) are part of the
 * noun phrase. A fact named there by its own name (an alias) is the noun's, so it owns the date as
 * a fact named in the noun itself does ("Friday's notice"). Not a fact only cued there: "the
 * January 26–27 talks in Beijing" fits any talks held in Beijing (stress fd1-031 was called wrong
 * against the Special Representatives' round in Beijing when cues counted). The phrase ends at the first word that is neither a name nor one
 * of the few function words of such phrases: a verb ("… in Beijing paved the way for the Kazan
 * summit" stops before "paved"), a clause word, punctuation.
 */

import type { Span } from '../match/sentences';
import type { Mention } from './mention-types';

/**
 * True when `m` is named in the noun phrase a date modifies (`e.end`–`phraseEnd`, as read), or, by
 * its own name, in the complement of names after it.
 */
export function namedInPhrase(
  text: string,
  e: Span,
  m: Pick<Mention, 'positions' | 'strength'>,
  phraseEnd: number,
  limit: number,
): boolean {
  const end = m.strength === 'alias' ? withNameComplement(text, e.end, phraseEnd, limit) : phraseEnd;
  return m.positions.some((p) => p >= e.end && p < end);
}

/** What may open the complement: a preposition, or a participle of holding or reaching and one. */
const OPENING = /^\s+(?:(?:held|reached|struck|signed)\s+)?(?:in|at|between|with)\s+/;
/** Lower-case words such a phrase may hold besides names ("in the Russian city of Kazan"). */
const FUNCTION_WORD = /^(?:in|at|between|with|of|the|city|town|capital|port)$/;
/** A name's word: capitalised ("Xi", "Jinping", "Russian", "South"), not a month's or a weekday's. */
const NAME_WORD = /^[A-Z][\p{L}’'-]*$/u;
const TIME_NAME =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*$/;

/**
 * Where the noun phrase after a date (`from`–`end`, as read: "’s meeting between President") ends
 * once a complement of names after any of its words is added; at least `end`.
 */
export function withNameComplement(text: string, from: number, end: number, limit: number): number {
  let out = end;
  const words = /[\p{L}’'-]+/gu;
  for (let m = words.exec(text.slice(from, end)); m; m = words.exec(text.slice(from, end))) {
    const wordEnd = from + m.index + m[0].length;
    out = Math.max(out, complementEnd(text, wordEnd, limit));
  }
  return out;
}

/** Where a complement of names right after `end` ends, or `end` when none follows (it must close on a name). */
function complementEnd(text: string, end: number, limit: number): number {
  const open = OPENING.exec(text.slice(end, limit));
  if (!open) return end;
  let at = end + open[0].length;
  let last = end;
  let prev = '';
  const word = /^([\p{L}’'-]+)(\s*)/u;
  for (let i = 0; i < 12 && at < limit; i++) {
    const m = word.exec(text.slice(at, limit));
    if (!m) break;
    const w = m[1] as string;
    const name = NAME_WORD.test(w) && !TIME_NAME.test(w);
    // "and" joins two names ("between Trump and Xi"), not another noun phrase ("and the December 18 meeting").
    if (prev === 'and' && !name) break;
    if (name) last = at + w.length;
    else if (!FUNCTION_WORD.test(w) && w !== 'and') break;
    if (!m[2]) break;
    prev = w;
    at += m[0].length;
  }
  return last;
}
