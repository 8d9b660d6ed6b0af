/**
 * An event that is an act of saying ("Wang assured Jaishankar that Beijing was addressing India's
 * needs for … tunnel-boring machines"; ADR 0041 round 20). The fact base names such an event by
 * what was said (an alias in the content: "tunnel-boring machines") and by its verb (a cue word:
 * "assured", "promised"). Where the alias stands in a that-clause the verb governs, the verb is
 * the event itself and the alias only its content: the event's card goes on the verb too, beside
 * the alias's own card.
 *
 * The verb is a past-tense word (-ed) of one of the fact's cue groups, whose other groups all have
 * a word in the sentence (the cue holds: "Wang", "China", "Beijing"…); "that" follows it within
 * MAX_BEFORE_THAT words without clause punctuation ("had assured his counterpart S. Jaishankar
 * during his visit to New Delhi that …"), and the alias follows "that" in the same sentence.
 */
import type { Fact } from '../facts/schema';
import { type Span, spanAt } from '../match/sentences';
import type { Analysis, TermMatch } from '../match/terms';
import { escapeRegExp } from './words';

/** Words allowed between the verb and "that" (its indirect object, a time or place adjunct). */
const MAX_BEFORE_THAT = 12;

const has = (sentence: string, w: string) =>
  new RegExp(`(?<![\\p{L}-])${escapeRegExp(w)}(?![\\p{L}-])`, 'iu').test(sentence);

/** The verb cards described above, one per alias term at most. */
export function reportedActs(
  text: string,
  analysis: Analysis,
  factById: (id: string) => Fact | undefined,
  sentences: () => readonly Span[],
): TermMatch[] {
  const out: TermMatch[] = [];
  for (const t of analysis.terms) {
    const fact = factById(t.factId);
    if (fact?.kind !== 'event' || !fact.cues?.length) continue;
    const sents = sentences();
    const s = sents[spanAt(sents, t.start)];
    if (!s) continue;
    const sentence = text.slice(s.start, s.end);
    const before = text.slice(s.start, t.start);
    // The last "that" before the alias, and the words before it back to the clause's edge.
    const that = [...before.matchAll(/\bthat\b/g)].pop();
    if (!that) continue;
    const lead = before.slice(0, that.index);
    const words = [...lead.matchAll(/[\p{L}][\p{L}'’-]*/gu)].slice(-(MAX_BEFORE_THAT + 1));
    let found: TermMatch | null = null;
    for (const cue of fact.cues)
      cue.allOf.forEach((group, gi) => {
        if (found) return;
        if (!cue.allOf.every((g, i) => i === gi || g.some((w) => has(sentence, w)))) return;
        for (const w of words) {
          const word = w[0].toLowerCase();
          if (!word.endsWith('ed') || !group.some((x) => x.toLowerCase() === word)) continue;
          const start = s.start + (w.index as number);
          // No clause edge between the verb and "that".
          if (/[;:()—–]/.test(text.slice(start, s.start + (that.index as number)))) continue;
          found = { ...t, start, end: start + w[0].length };
        }
      });
    if (found && !out.some((x) => x.start === (found as TermMatch).start)) out.push(found);
  }
  return out;
}
