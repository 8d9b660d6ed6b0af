/**
 * Names a capitalised-word pattern misses (ADR 0022, round 21), for features.ts `properKeysOf`:
 * a dotted abbreviation is a name like any other ("U.S.", "U.K."), but a pattern of capitalised
 * words stops reading it at its first dot, so "the U.S. side" shared by two sentences that share
 * nothing else but a person's name and title ("Treasury Secretary Scott Bessent said then that the
 * framework had removed the threat of 100% U.S. tariffs" / "The Chinese team was led by Vice
 * Premier He Lifeng, and the U.S. side by Treasury Secretary Scott Bessent") looked like a word
 * in common. Read with the capitalised words next to it, so a name the lexicon folds whole keeps
 * its key.
 */
import { allMatches } from '../match/all-matches';
import { tokenize } from './tokens';

/** A dotted abbreviation with the capitalised words around it: "U.S.", "U.S. Treasury". */
const DOTTED_RUN = /(?<=^|\s)(?:[A-Z][\p{L}'’-]*\s+)*(?:[A-Z]\.){2,}(?:\s+[A-Z][\p{L}'’-]*)*/gu;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?$/i;

/** The word keys of the dotted abbreviations in `sentence` and the capitalised words beside them (weekdays aside). */
export function dottedNameKeys(sentence: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of allMatches(sentence, DOTTED_RUN)) {
    const words = m[0].split(/\s+/).filter((w) => !WEEKDAY.test(w));
    for (const t of tokenize(words.join(' '), [])) if (t.kind === 'word') out.add(t.key);
  }
  return out;
}
