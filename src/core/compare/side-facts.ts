/**
 * One side's facts as the comparison finds them, computable apart from the comparison
 * (ADR 0022, "Round 20, cost"): the two articles' claim analysis is half of a comparison and
 * neither side's needs the other, so the compare page runs side B's in a second worker while
 * its engine worker does side A's, and hands the result in (`CompareOptions.facts`).
 * `compareWork` runs the same `sideFactsSteps` for a side it is not given, so a side's facts
 * are the same wherever they were computed.
 */

import { paragraphs } from '../match/sentences';
import { DEFAULT_CHUNK } from './chunk-sizes';
import { datedBySentence } from './dated';
import { toldOf } from './evidence';
import {
  annotateChunk,
  contextBefore,
  type FactSource,
  paragraphChunks,
  type SideFacts,
  sideFacts,
} from './facts';
import { featuresOf, type SentenceFeatures } from './features';
import { type Segmented, segment } from './segment';
import type { ArticleInput, CompareOptions } from './types';
import { valueKeysOf } from './value-keys';

/** The text the comparison reads: line ends as "\n". */
export const comparedText = (input: ArticleInput): string => input.text.replace(/\r\n?/g, '\n');

/**
 * The features (features.ts `featuresOf`) of sentences [from, to) of a side whose sentences are
 * `content` and whose facts are `facts` (EMPTY_FACTS without a fact base): what the comparison
 * weighs and indexes, before the rarity over both sides. `dated` is `datedBySentence` of the
 * side's claims, worked out once per side.
 */
export function sideFeatures(
  content: readonly string[],
  facts: SideFacts,
  dated: readonly ReturnType<typeof datedBySentence>[number][],
  base: FactSource | null,
  from: number,
  to: number,
  published: string | null = null,
): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  for (let q = from; q < to; q++) {
    const ids = facts.bySentence[q] ?? [];
    const persons = base
      ? ids.filter((id) => id.startsWith('person.')).map((id) => base.factById(id)?.title ?? '')
      : [];
    const events = facts.events?.[q] ?? null;
    const background = facts.background?.[q];
    out.push(
      featuresOf(
        content[q] as string,
        ids,
        persons,
        events && base ? toldOf(events, ids, base.factById, background) : undefined,
        dated[q],
        valueKeysOf(content[q] as string, published),
      ),
    );
  }
  return out;
}

/** The steps `sideFactsSteps` takes for a text of `chunks` paragraph chunks and `n` sentences. */
export const sideFactsStepCount = (chunks: number, n: number, sentences: number): number =>
  chunks + Math.ceil(n / sentences);

/**
 * Annotates `seg` by paragraph chunks of at most `chars` characters, one chunk per `next()`, then
 * works out its sentences' features, `sentences` per `next()` (so a second worker that computes
 * a side's facts computes its features too: ADR 0022, "Round 21, cost"); returns its facts.
 */
export function* sideFactsSteps(
  seg: Segmented,
  published: string | null,
  base: FactSource,
  chars: number,
  sentences: number = DEFAULT_CHUNK.sentences,
): Generator<number, SideFacts> {
  // The text's paragraphs, split once for its chunks and each chunk's context.
  const paras = paragraphs(seg.text);
  const chunks = paragraphChunks(seg.text, chars, paras);
  const records = [];
  let done = 0;
  for (let k = 0; k < chunks.length; k++) {
    records.push(
      ...annotateChunk(
        seg.text,
        chunks[k] as never,
        contextBefore(seg.text, chunks, k, paras),
        base,
        published,
      ),
    );
    yield ++done;
  }
  const facts = sideFacts(seg, records);
  const n = seg.content.length;
  const dated = datedBySentence(facts.claims, n);
  const features: SentenceFeatures[] = [];
  for (let k = 0; k < n; k += sentences) {
    features.push(...sideFeatures(seg.content, facts, dated, base, k, Math.min(n, k + sentences), published));
    yield ++done;
  }
  return { ...facts, features };
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
    options.chunk?.sentences ?? DEFAULT_CHUNK.sentences,
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
