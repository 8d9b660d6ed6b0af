/**
 * "around 62% of global refined rare-earth output": the words of two measures in one noun
 * phrase, one's own word ("refined") standing before the other's ("output") with only words
 * between ("rare-earth"), no preposition, conjunction or punctuation. The first modifies the
 * second: the output is the refined output, so the modifier's measure is the figure's. The
 * head's measure (mining's "output") is the generic reading, no rival to the specific one
 * (ADR 0083).
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mentions';

/** Words that end a premodifier: the phrase goes on past them to another noun phrase. */
const PHRASE_BREAK =
  /[^\p{L}\p{N}\s'’-]|\b(?:of|and|or|to|in|on|for|the|a|an|with|from|by|at|as|than|while)\b/iu;

/** The positions of `m` in `within` that `other` does not share. */
const own = (m: Mention, other: Mention, within: Span) =>
  m.positions.filter((p) => p >= within.start && p < within.end && !other.positions.includes(p));

/**
 * True when `modifier` has an own word in `clause` right before every own word of `head` there,
 * within one noun phrase (no break between): `modifier` names the kind of `head`'s noun.
 */
export function modifiesHead(text: string, clause: Span, modifier: Mention, head: Mention): boolean {
  const mine = own(modifier, head, clause);
  const theirs = own(head, modifier, clause);
  if (!mine.length || !theirs.length) return false;
  const last = Math.max(...mine);
  const first = Math.min(...theirs);
  if (first <= last) return false;
  return !PHRASE_BREAK.test(text.slice(last, first));
}
