/**
 * One side's facts as the comparison finds them, computable apart from the comparison
 * (ADR 0022, "Round 20, cost"): the two articles' claim analysis is half of a comparison and
 * neither side's needs the other, so the compare page runs side B's in a second worker while
 * its engine worker does side A's, and hands the result in (`CompareOptions.facts`).
 * `compareWork` runs the same `sideFactsSteps` for a side it is not given, so a side's facts
 * are the same wherever they were computed.
 */

import { DEFAULT_CHUNK } from './chunk-sizes';
import {
  annotateChunk,
  contextBefore,
  type FactSource,
  paragraphChunks,
  type SideFacts,
  sideFacts,
} from './facts';
import { type Segmented, segment } from './segment';
import type { ArticleInput, CompareOptions } from './types';

/** The text the comparison reads: line ends as "\n". */
export const comparedText = (input: ArticleInput): string => input.text.replace(/\r\n?/g, '\n');

/** Annotates `seg` by paragraph chunks of at most `chars` characters, one chunk per `next()`; returns its facts. */
export function* sideFactsSteps(
  seg: Segmented,
  published: string | null,
  base: FactSource,
  chars: number,
): Generator<number, SideFacts> {
  const chunks = paragraphChunks(seg.text, chars);
  const records = [];
  for (let k = 0; k < chunks.length; k++) {
    records.push(
      ...annotateChunk(seg.text, chunks[k] as never, contextBefore(seg.text, chunks, k), base, published),
    );
    yield k + 1;
  }
  return sideFacts(seg, records);
}

/**
 * The facts a comparison with these `options` finds in `input`, in steps (one paragraph chunk
 * each): pass the result as `options.facts.a` or `.b` of that comparison (same text, publication
 * date, segmenter, chunk size and fact base) and it skips that side's claim analysis.
 */
export function articleFactsSteps(
  input: ArticleInput | string,
  options: Pick<CompareOptions, 'segmenter' | 'chunk'> & { readonly factBase: FactSource },
): Generator<number, SideFacts> {
  const article = typeof input === 'string' ? { text: input } : input;
  return sideFactsSteps(
    segment(comparedText(article), options.segmenter),
    article.published ?? null,
    options.factBase,
    options.chunk?.chars ?? DEFAULT_CHUNK.chars,
  );
}

/** `articleFactsSteps` run to its end. */
export function articleFacts(
  input: ArticleInput | string,
  options: Pick<CompareOptions, 'segmenter' | 'chunk'> & { readonly factBase: FactSource },
): SideFacts {
  const steps = articleFactsSteps(input, options);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}
