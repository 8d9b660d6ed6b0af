/**
 * An event that is an act of commitment, named by its verb (issue #7; ADR 0041 round 21). "Wang
 * assured Jaishankar that China was addressing India's needs for fertilisers, rare earths and
 * tunnel-boring machines": the fact base names the assurance by what was said (an alias in the
 * content, "tunnel-boring machines") and by its verb (a cue word: "assured", "promised"). The verb
 * is the event itself; the words after it only say what was promised. The alias keeps its own
 * card, and the event gets a second card on the verb, even where the article names it elsewhere
 * (the once-per-article rule is for descriptions of an event, not for the verb that is the act).
 *
 * The verb is a verb of commitment (COMMITMENT) that is also a word of one of the fact's cue groups
 * ("he had assured", "had promised"); its complement ("that …", "to …") follows it within
 * MAX_BEFORE_COMPLEMENT words, with no clause edge between, and holds the fact's mention: one of its
 * cue words of another group or its alias ("that China was addressing …", "to address India's
 * fertiliser needs"). Without such a complement the verb promises something else ("assured
 * reporters on Monday; separately, … tunnel-boring machines").
 *
 * The card runs on from the verb to the complement's first cue word when nothing between is a
 * value, a comma or a clause edge ("assured Jaishankar that Beijing was addressing"), so it covers
 * what a reader would mark as the assurance either way; else it is the verb alone.
 */
import { allMatches } from '../match/all-matches';
import { type Paraphrase, wordEnd } from './context';
import type { Mention, MentionIndex } from './mentions';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Verbs of commitment: saying that something will be done. */
const COMMITMENT = new Set(['assured', 'promised', 'pledged', 'vowed']);
/** Words allowed between the verb and its complement (its indirect object, a time or place adjunct). */
const MAX_BEFORE_COMPLEMENT = 12;
/** Words of a complement before its first cue word ("that China was addressing": two). */
const CONTENT_OPENING = 4;
/** A clause edge between the verb and its complement. */
const EDGE = /[;:()—–]/;

const cueWordsOf = (m: Mention): readonly (readonly string[])[] =>
  (m.fact.cues ?? []).flatMap((c) => c.allOf.map((g) => g.map((w) => w.toLowerCase())));

/** A run of letters: the words read for a commitment verb (allMatches keeps one copy: ADR 0068). */
const LETTERS = /\p{L}+/gu;

/** The verb cards described above, for one sentence. */
export function actVerbs(
  text: string,
  index: MentionIndex,
  s: number,
  sentence: Span,
  mentions: readonly Mention[],
): Paraphrase[] {
  const out: Paraphrase[] = [];
  for (const m of mentions) {
    if (m.fact.kind !== 'event' || m.derived || m.inherited || m.strength === 'evidence') continue;
    const groups = cueWordsOf(m);
    const verbs = new Set(groups.flat().filter((w) => COMMITMENT.has(w)));
    if (!verbs.size) continue;
    const named = index.named(s);
    const cueAt = index.cueWords(s, m.fact.id).sort((a, b) => a - b);
    const said = [...cueAt, ...(m.strength === 'alias' ? m.positions : [])];
    for (const w of allMatches(text.slice(sentence.start, sentence.end), LETTERS)) {
      if (!verbs.has(w[0].toLowerCase())) continue;
      const start = sentence.start + (w.index as number);
      const end = start + w[0].length;
      const after = text.slice(end, sentence.end);
      const comp = /^((?:\s*[^\s;:()—–]+){0,12}?)\s*\b(that(?!\s+(?:month|week|year|day|time)\b)|to)\b/u.exec(
        after,
      );
      if (!comp || EDGE.test(comp[1] ?? '')) continue;
      if ((comp[1] ?? '').trim().split(/\s+/).filter(Boolean).length > MAX_BEFORE_COMPLEMENT) continue;
      const from = end + (comp.index ?? 0) + (comp[0] ?? '').length;
      // The complement holds the fact's mention (its content), in the same sentence.
      if (!said.some((p) => p >= from && p < sentence.end)) continue;
      // On to the complement's first cue word outside names (its subject: "that Beijing …"), when it opens the complement ("that
      // Beijing was addressing"): the card then holds what a reader marks as the assurance, either its verb
      // or its content. Names and values inside keep their own cards.
      const first = cueAt.find(
        (p) =>
          p >= from &&
          !verbs.has(wordAt(text, p)) &&
          !named.some((t) => t.start <= p && p < t.end) &&
          !/^\p{Lu}/u.test(text.slice(p, p + 1)),
      );
      const opens = first !== undefined && words(text.slice(from, first)) <= CONTENT_OPENING;
      const card: Span = opens ? { start, end: wordEnd(text, index, first) } : { start, end };
      out.push({ ...card, factId: m.fact.id, mention: { ...m, positions: [start] }, act: true });
      break;
    }
  }
  return out;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

const wordAt = (text: string, p: number): string =>
  (/^[\p{L}-]+/u.exec(text.slice(p))?.[0] ?? '').toLowerCase();

/** The verb alone of an act's card, where another card of the fact already holds its complement. */
export const verbOnly = (text: string, p: Paraphrase): Paraphrase => ({
  ...p,
  end: p.start + (/^\p{L}+/u.exec(text.slice(p.start))?.[0].length ?? 0),
});
