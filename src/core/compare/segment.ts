/**
 * Splitting an article into sentences for comparison: spans over the text, each with its
 * paragraph number. Two splitters (ADR 0015 measures them on the dev pairs): the rule-based
 * one the claim engine uses (match/sentences.ts) and the platform's `Intl.Segmenter`.
 */
import { paragraphs, sentences as ruleSentences, type Span } from '../match/sentences';
import type { SegmenterChoice } from './types';

export interface Segmented {
  readonly text: string;
  readonly spans: readonly Span[];
  /** Paragraph number of each sentence. */
  readonly paragraph: readonly number[];
}

/** Sentence spans from `Intl.Segmenter` (English), per paragraph, trimmed. */
function intlSentences(text: string): Span[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Span[] = [];
  for (const p of paragraphs(text)) {
    for (const s of segmenter.segment(text.slice(p.start, p.end))) {
      let start = p.start + s.index;
      let end = start + s.segment.length;
      while (start < end && /\s/.test(text[start] as string)) start++;
      while (end > start && /\s/.test(text[end - 1] as string)) end--;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

/** The sentences of `text` with their paragraph numbers. */
export function segment(text: string, choice: SegmenterChoice = 'rules'): Segmented {
  const spans = choice === 'intl' ? intlSentences(text) : ruleSentences(text);
  const paras = paragraphs(text);
  const paragraph: number[] = [];
  let p = 0;
  for (const s of spans) {
    while (p < paras.length - 1 && s.start >= (paras[p] as Span).end) p++;
    paragraph.push(p);
  }
  return { text, spans, paragraph };
}

/** The text of each span. */
export function textsOf(seg: Segmented): string[] {
  return seg.spans.map((s) => seg.text.slice(s.start, s.end));
}
