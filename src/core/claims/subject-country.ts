/**
 * Whose figure a clause without a country gives (ADR 0108): the sentence's subject's. "India holds
 * an estimated 6.9 million tons of reserves, per the USGS, but mined just 29,000 tons — a rounding
 * error next to China's 270,000": the mining is India's, though "China's" in the sentence (and the
 * paragraph's "Chinese") cues China's output too. "The country holds …, yet it mined only about
 * 29,000 tons", after "India offers a case study in dependence.": the country is India.
 */
import type { Span } from '../match/sentences';
import { countriesIn } from './figure-owners';
import type { Mention } from './mentions';
import { clauseAt } from './ties';

/** An opening that stands for a country named before ("The country holds …", "It mined …"). */
const ANAPHORIC_OPENING = /^\s*(?:(?:The|This|That)\s+(?:country|nation)|It)\b/;

/** A demonym opening the sentence ("Indian officials", "Chinese exporters"): not the country. */
const DEMONYM = /^\s*\p{L}+(?:an|ese)\b(?!['’]s)/u;

/** How far back the sentence before is looked for. */
const PREVIOUS_CHARS = 400;

/** How far before the figure, in its clause, a country names the figure's own (as `otherCountry`). */
const CLAUSE_COUNTRY_CHARS = 40;

/**
 * The country the sentence's subject is, for a figure whose clause names none before it: the
 * country the sentence opens with ("India holds …", "India's …", "India, which …"), or, when it
 * opens with "The country" or "It", the one country the paragraph's sentence before names. Null
 * when the clause names a country before the figure (that one is its own) or nothing says.
 */
export function subjectCountry(text: string, sentence: Span, span: Span): string | null {
  const clause = clauseAt(text, sentence, span.start);
  const before = text.slice(Math.max(clause.start, span.start - CLAUSE_COUNTRY_CHARS), span.start);
  if (countriesIn(before).length) return null;
  const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 20));
  const first = /^\s*[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+)?/u.exec(opening)?.[0] ?? '';
  const opens = countriesIn(first);
  // The country's own name, not its people ("Indian officials said …": another subject).
  if (opens.length === 1 && !DEMONYM.test(first)) return opens[0] ?? null;
  if (!ANAPHORIC_OPENING.test(opening)) return null;
  // (Within a bounded reach: a page of one long paragraph is not scanned back to its start.)
  const near = text.slice(Math.max(0, sentence.start - PREVIOUS_CHARS), sentence.start);
  const head = near.slice(near.lastIndexOf('\n') + 1);
  const previous = head.slice(head.lastIndexOf('. ', head.length - 3) + 1);
  const named = countriesIn(previous);
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * The ties without those of another country's figure than the subject's, when one of the
 * subject's country is among them: of two figures alike but for their country (mine output of
 * China and of India), the subject says which. Ties of no single country stay.
 */
export function ofSubjectCountry<T extends { readonly mention: Mention }>(
  text: string,
  sentence: Span,
  span: Span,
  ties: readonly T[],
): readonly T[] {
  const single = (t: T) => {
    const own = countriesIn(t.mention.fact.title);
    return own.length === 1 ? own[0] : null;
  };
  if (!ties.some((t) => single(t) !== null)) return ties;
  const k = subjectCountry(text, sentence, span);
  if (!k || !ties.some((t) => single(t) === k)) return ties;
  return ties.filter((t) => {
    const own = single(t);
    return own === null || own === k;
  });
}
