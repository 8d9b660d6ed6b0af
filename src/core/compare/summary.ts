/**
 * The summary strip's numbers and a plain-language verdict: identical, empty, unrelated,
 * the same story, or overlapping coverage.
 */
import { looksEnglish } from './tokens';
import type { CompareResult, CompareSummary, CompareVerdict } from './types';

/** Above this share of sentences aligned, two articles tell the same story. */
export const SAME_STORY = 0.5;

const pct = (x: number) => `${Math.round(x * 100)} %`;

type Body = Omit<CompareResult, 'summary' | 'version'>;

/**
 * The summary of a comparison (`textA`/`textB` are the whole texts, for the language note;
 * `english`, each side's `looksEnglish` when the run has read it already).
 */
export function summarise(
  r: Body,
  textA: string,
  textB: string,
  english: { readonly a?: boolean | undefined; readonly b?: boolean | undefined } = {},
): CompareSummary {
  const nA = r.sentences.a.length;
  const nB = r.sentences.b.length;
  const identical = r.pairs.filter((p) => p.identical).length;
  const counts = {
    sentencesA: nA,
    sentencesB: nB,
    pairs: r.pairs.length,
    identical,
    changed: r.pairs.length - identical,
    moved: r.pairs.filter((p) => p.moved).length,
    onlyA: r.onlyA.length,
    onlyB: r.onlyB.length,
    changedQuotes: r.quotes.filter((q) => q.changed).length,
    fragmentQuotes: r.quotes.filter((q) => q.fragment).length,
    factsA: r.facts.a.length,
    factsB: r.facts.b.length,
    factsBoth: r.facts.both.length,
    conflicts: r.conflicts.length,
    outdated: r.outdated.length,
  };
  const alignedA = nA ? r.pairs.length / nA : 0;
  const alignedB = nB ? r.pairs.length / nB : 0;
  const aligned = nA + nB ? (2 * r.pairs.length) / (nA + nB) : 0;
  let verdict: CompareVerdict;
  let text: string;
  if (!nA || !nB) {
    verdict = 'empty';
    text =
      !nA && !nB
        ? 'Both articles are empty: there is nothing to compare.'
        : `Article ${nA ? 'B' : 'A'} is empty: there is nothing to compare with.`;
  } else if (r.pairs.length === nA && nA === nB && identical === nA && counts.moved === 0) {
    verdict = 'identical';
    text = `The two articles are identical: all ${nA} sentences aligned, no differences.`;
  } else if (!r.pairs.length) {
    verdict = 'unrelated';
    text = 'The two articles are unrelated: no sentence of one says what a sentence of the other says.';
  } else {
    verdict = alignedA >= SAME_STORY || alignedB >= SAME_STORY ? 'same-story' : 'overlapping';
    const head =
      verdict === 'same-story'
        ? `The two articles tell the same story: ${pct(aligned)} of sentences aligned`
        : `The two articles overlap in part: ${pct(aligned)} of sentences aligned`;
    const parts = [
      `${counts.pairs} pairs (${identical} unchanged, ${counts.changed} reworded${counts.moved ? `, ${counts.moved} moved` : ''})`,
      `${counts.onlyA} sentences only in A`,
      `${counts.onlyB} only in B`,
    ];
    if (counts.changedQuotes)
      parts.push(`${counts.changedQuotes} changed quote${counts.changedQuotes > 1 ? 's' : ''}`);
    if (counts.fragmentQuotes)
      parts.push(
        `${counts.fragmentQuotes} quote${counts.fragmentQuotes > 1 ? 's' : ''} cut shorter by one side`,
      );
    parts.push(
      counts.conflicts
        ? `${counts.conflicts} conflict${counts.conflicts > 1 ? 's' : ''} on a date or figure`
        : 'no conflicting dates or figures',
    );
    if (counts.outdated) parts.push(`${counts.outdated} outdated claim${counts.outdated > 1 ? 's' : ''}`);
    text = `${head}: ${parts.join(', ')}.`;
  }
  const notes: string[] = [];
  for (const [side, t, known] of [
    ['A', textA, english.a],
    ['B', textB, english.b],
  ] as const)
    if (t.trim() && !(known ?? looksEnglish(t)))
      notes.push(
        `Article ${side} does not look like English: sentences are aligned by shared words, names and figures only, and the fact base (English) may find nothing in it.`,
      );
  return { verdict, text, aligned, alignedA, alignedB, counts, notes };
}
