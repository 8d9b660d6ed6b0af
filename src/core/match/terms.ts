/**
 * Term matching: finds the aliases of known facts in article text.
 *
 * The index is plain data (JSON-serialisable), so it can be compiled ahead of time and
 * shipped with the content script. Matching works on normalised text (see normalize.ts)
 * and reports offsets into the ORIGINAL text. Rules: whole words only; the longest match
 * wins where matches overlap; case-sensitive aliases (acronyms) must match exactly.
 *
 * Starter implementation: one scan per alias. Issue #3 replaces the scan with an
 * automaton whose cost does not grow with the number of aliases; this API stays.
 */
import type { Fact } from '../facts/schema';
import { isWordChar, normalize } from './normalize';

export interface IndexedTerm {
  /** The alias in normalised form, the key matched against normalised text. */
  readonly key: string;
  readonly alias: string;
  readonly factId: string;
  readonly caseSensitive: boolean;
}

export interface TermIndex {
  readonly terms: readonly IndexedTerm[];
}

/** A match: [start, end) indexes the original text; `text.slice(start, end)` is the quote. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly factId: string;
  readonly alias: string;
}

/** Compiles the aliases of `facts` into an index (longest keys first). */
export function compileTermIndex(facts: readonly Fact[]): TermIndex {
  const terms: IndexedTerm[] = [];
  for (const fact of facts) {
    for (const alias of fact.aliases) {
      const key = normalize(alias.text).text.trim();
      if (key)
        terms.push({ key, alias: alias.text, factId: fact.id, caseSensitive: alias.caseSensitive === true });
    }
  }
  terms.sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
  return { terms };
}

/** Finds every known term in `text`; matches are sorted and never overlap. */
export function findTerms(index: TermIndex, text: string): TermMatch[] {
  const norm = normalize(text);
  const hay = norm.text;
  const found: TermMatch[] = [];
  for (const term of index.terms) {
    for (let at = hay.indexOf(term.key); at !== -1; at = hay.indexOf(term.key, at + 1)) {
      const endAt = at + term.key.length;
      if (isWordChar(hay[at - 1]) || isWordChar(hay[endAt])) continue;
      const start = norm.starts[at] as number;
      const end = norm.ends[endAt - 1] as number;
      // A paragraph break is never inside a term ("Galwan\nValley" is two blocks).
      if (text.slice(start, end).includes('\n')) continue;
      if (term.caseSensitive && text.slice(start, end).replace(/\s+/g, ' ') !== term.alias) continue;
      found.push({ start, end, factId: term.factId, alias: term.alias });
    }
  }
  return selectLongestNonOverlapping(found);
}

/** Keeps the longest of overlapping matches (earliest first on ties). */
export function selectLongestNonOverlapping(matches: readonly TermMatch[]): TermMatch[] {
  const byPriority = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch[] = [];
  for (const m of byPriority) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
