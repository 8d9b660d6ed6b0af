/**
 * A date whose subject is only "he" or "she" (ADR 0148): "External Affairs Minister S Jaishankar
 * makes his first visit to China in five years. He will be in the country from Sunday to
 * Tuesday". The sentence names no event of its own; the pronoun's antecedent is the one person the
 * sentence before names, and the date belongs to the one dated event of that sentence whose actors
 * include that person. When the sentence before names two people ("Sun Weidong and Vikram Misri
 * agreed …") or that person takes part in two of its events, the date may be either's: nothing.
 * A repeated act ("He met him again on …", "she returned …") is a later event of the same kind,
 * never the one before: nothing.
 */
import { isEventMention } from './context';
import { CUE_SCORE, type Mention } from './mention-types';
import { reason } from './reasons';

/**
 * "He …", "She …", or after a leading time adjunct ("On Sunday, he …", "Two days later she …"):
 * the pronoun is the sentence's subject. Not "He and …" (a coordinated subject names others).
 */
const PRONOUN_SUBJECT =
  /^(?:(?:(?:on|by|in|last|early|late|later|earlier|that|the\s+next|the\s+following|[a-z]+\s+(?:days?|weeks?|months?)\s+(?:later|earlier|after\s+that))\b[^,]{0,24},?\s+))?(he|she)\b(?!\s+and\b)(?!,)/i;

/** A repeated or returning act: another event of the same kind, not the one before. */
const REPEATED = /\b(?:again|returned|returns|returning|once more|another|second|next)\b/i;

/** A subject pronoun opening the sentence (for the engine: such a sentence is read even if it names nothing). */
export const opensWithPronoun = (words: string): boolean => PRONOUN_SUBJECT.test(words.trimStart());

/**
 * The previous sentence's one dated event its one named person acts in, for a sentence whose
 * subject is "he" or "she" and that names no event by name: one inherited mention at the pronoun,
 * or none.
 */
export function pronounSubject(
  words: string,
  offset: number,
  own: readonly Mention[],
  before: readonly Mention[],
): Mention[] {
  const lead = words.length - words.trimStart().length;
  const m = PRONOUN_SUBJECT.exec(words.slice(lead));
  if (!m || REPEATED.test(words)) return [];
  if (own.some((o) => o.fact.kind === 'person' && o.strength === 'alias')) return [];
  if (own.some((o) => isEventMention(o) && o.strength === 'alias')) return [];
  const people = new Set(before.filter((b) => b.fact.kind === 'person' && b.strength === 'alias').map((b) => b.fact.id));
  if (people.size !== 1) return [];
  const [person] = [...people];
  const events = before.filter(
    (b) =>
      isEventMention(b) && b.fact.date !== undefined && (b.fact.actors ?? []).includes(person as string),
  );
  const ids = new Set(events.map((e) => e.fact.id));
  if (ids.size !== 1) return [];
  const fact = (events[0] as Mention).fact;
  const at = offset + lead + m[0].length - (m[1] as string).length;
  return [
    {
      fact,
      positions: [at],
      strength: 'cue',
      score: CUE_SCORE,
      via: reason('found-cue', { fact: fact.title, words: m[1] as string }),
      inherited: true,
      antecedent: true,
    },
  ];
}
