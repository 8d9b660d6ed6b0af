/**
 * Splitting an article into sentences for comparison: spans over the text, each with its
 * paragraph number. Two splitters (ADR 0015 measures them on the dev pairs): the rule-based
 * one the claim engine uses (match/sentences.ts), kept as the default, with two repairs
 * (runs of initials rejoined, "Gen. M.M. Naravane"; sentence marks of other scripts split,
 * "।" "。"), and the platform's `Intl.Segmenter`, which splits after every abbreviation.
 */
import { allMatches } from '../match/all-matches';
import { datelines } from '../match/datelines';
import { type Span, TextSpans } from '../match/sentences';
import type { SegmenterChoice } from './types';

export interface Segmented {
  readonly text: string;
  readonly spans: readonly Span[];
  /** Paragraph number of each sentence. */
  readonly paragraph: readonly number[];
  /** Each sentence without a leading dateline ("NEW DELHI (Reuters) -"): what it says. */
  readonly content: readonly string[];
}

/** Two or more initials before the break ("Gen. M.M. Naravane"): not a sentence end. */
const INITIALS = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;

/** Sentence ends of other scripts the rule splitter (written for English) does not know: Devanagari danda, CJK and Arabic marks. */
const SCRIPT_STOPS = /[।॥。！？؟]["'”’)\]」』]*/gu;

/** Splits spans after a danda, a CJK full stop or an Arabic question mark. */
function splitScriptStops(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    const slice = text.slice(span.start, span.end);
    for (const m of allMatches(slice, SCRIPT_STOPS)) {
      const end = span.start + (m.index ?? 0) + m[0].length;
      let next = end;
      while (next < span.end && /\s/.test(text[next] as string)) next++;
      if (next >= span.end) break;
      out.push({ start, end });
      start = next;
    }
    out.push({ start, end: span.end });
  }
  return out;
}

/**
 * Where a sentence the rule splitter left joined begins (round 23, ADR 0022): a wire's credit
 * or note after a sentence's stop, led by a dash ("… will be updated. -- With assistance from
 * the New Delhi bureau."), and a photo caption's label after a line without a stop, a byline
 * ("Our Bureau Photo caption: …", "… (File) PHOTO: …"). Each match is the space before it.
 */
const LABEL_BREAKS =
  /(?<=[.!?]["'\u201D\u2019)]?)\s+(?=(?:--|\u2014|\u2013)\s*\p{Lu})|\s+(?=(?:[Ff]ile\s+)?(?:PHOTO|Photo|PICTURE|Picture|IMAGE|Image)(?:\s+[Cc]aption)?\s*:)/gu;

/** Splits spans where a dash-led credit or a caption's label begins (LABEL_BREAKS). */
function splitLabels(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    const slice = text.slice(span.start, span.end);
    for (const m of allMatches(slice, LABEL_BREAKS)) {
      const end = span.start + (m.index ?? 0);
      const next = end + m[0].length;
      if (end <= start || next >= span.end) continue;
      out.push({ start, end });
      start = next;
    }
    out.push({ start, end: span.end });
  }
  return out;
}

/** A caption's closing tag, "(File)", "(file photo)", where the rule splitter began a sentence: the caption's end. */
const TAG_FIRST =
  /^\((?:file|file\s+(?:photo|picture|image)|representational(?:\s+(?:image|photo|picture))?)\)\.?/i;

/**
 * Gives a caption's closing tag the rule splitter cut off ("Photo: The pass. (File)") back to
 * its caption; what follows the tag in the same span ("(File) (Wire)") stays a sentence.
 */
function joinTags(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    const tag =
      last && !text.slice(last.end, s.start).includes('\n')
        ? TAG_FIRST.exec(text.slice(s.start, s.end))
        : null;
    if (!last || !tag) {
      out.push(s);
      continue;
    }
    const end = s.start + tag[0].length;
    out[out.length - 1] = { start: last.start, end };
    let next = end;
    while (next < s.end && /\s/.test(text[next] as string)) next++;
    if (next < s.end) out.push({ start: next, end: s.end });
  }
  return out;
}

/** Joins spans the rule splitter broke after a run of initials. */
function joinInitials(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (
      last &&
      INITIALS.test(text.slice(last.start, last.end)) &&
      !text.slice(last.end, s.start).includes('\n')
    )
      out[out.length - 1] = { start: last.start, end: s.end };
    else out.push(s);
  }
  return out;
}

/** Sentence spans from `Intl.Segmenter` (English), per paragraph (`paras`), trimmed. */
function intlSentences(text: string, paras: readonly Span[]): Span[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Span[] = [];
  for (const p of paras) {
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
  // The paragraphs split once, for the sentences, the datelines and the paragraph numbers.
  const split = new TextSpans(text);
  const paras = split.paragraphs();
  const spans =
    choice === 'intl'
      ? intlSentences(text, paras)
      : joinTags(text, splitLabels(text, splitScriptStops(text, joinInitials(text, split.sentences()))));
  const lines = datelines(text, paras);
  const paragraph: number[] = [];
  let p = 0;
  for (const s of spans) {
    while (p < paras.length - 1 && s.start >= (paras[p] as Span).end) p++;
    paragraph.push(p);
  }
  // Datelines and spans are both sorted: one walk finds each sentence's dateline, if any.
  let d = 0;
  const content = spans.map((s) => {
    while (d < lines.length && (lines[d] as Span).start < s.start) d++;
    const line = lines[d];
    const start = line && line.start < s.end ? Math.min(line.end, s.end) : s.start;
    return text.slice(start, s.end);
  });
  return { text, spans, paragraph, content };
}

/** The text of each span. */
export function textsOf(seg: Segmented): string[] {
  return seg.spans.map((s) => seg.text.slice(s.start, s.end));
}
