/**
 * The facts each article mentions, found by the claim engine (annotateText): terms, events
 * referred to by paraphrase ("two days later" → the Kazan meeting) and checked claims, each
 * placed in its sentence. Long articles are annotated in chunks of whole paragraphs so no
 * single step runs long; each chunk carries the paragraph before it as context, so relative
 * dates still find their anchor (ADR 0015).
 */
import { type AnnotationRecord, annotateText } from '../annotate';
import { LEAD_PARAGRAPHS } from '../claims/mentions';
import type { FactBase } from '../facts/factbase';
import { paragraphs, type Span, spanAt } from '../match/sentences';
import { type DayEdge, dayEdge } from './day-edge';
import type { SentenceFeatures } from './features';
import { measureNamed } from './measure-names';
import { isNegatedValue, isReportingDate } from './reporting';
import type { Segmented } from './segment';

/** A resolved value that is a date, not a figure with a unit ("4 people", "70 percent"). */
export function isDate(resolved: string | null): boolean {
  return !!resolved && !/^[~<>≤≥]?[\d.,]+\s+\p{L}+$/u.test(resolved);
}

export type FactSource = Pick<FactBase, 'matcher' | 'factById'>;

/** A claim (date or figure checked against the record) in one sentence. */
export interface SideClaim {
  readonly sentence: number;
  /** [start, end) of the quote in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly factId: string;
  readonly verdict: string;
  readonly resolved: string | null;
  readonly record: string;
  /** A date on a speech verb ("said on Monday"): when it was said, not when the fact happened (reporting.ts). */
  readonly reporting?: boolean;
  /** A value its own sentence denies ("58%, not 48%"; reporting.ts isNegatedValue). */
  readonly negated?: boolean;
  /**
   * The claim engine tied the value to a fact its own sentence does not name (by a term):
   * from the paragraph's context, which is right for "two days later" and wrong often
   * enough ("the previous round was held on December 21, 2019") to need a second witness
   * before it makes a conflict (facts-view.ts).
   */
  readonly unnamed?: boolean;
  /** A figure worn as the name of a measure ("its 50 percent affiliates rule"): that measure (measure-names.ts). */
  readonly measure?: string;
  /** A date written at an edge of its day ("early Monday", "Sunday night"; day-edge.ts). */
  readonly edge?: DayEdge;
}

/** What the claim engine found in one article, by sentence. */
export interface SideFacts {
  /** Fact ids mentioned in each sentence. */
  readonly bySentence: readonly (readonly string[])[];
  /**
   * The events, instruments and counts each sentence tells (`tellsOf`): named by a proper name
   * of its own or dated or counted by one of its claims; none when absent.
   */
  readonly events?: readonly ReadonlySet<string>[];
  /**
   * Of each sentence's `events`, those named only as what a guest is invited to (ADR 0144,
   * `backgroundOf`); none when absent.
   */
  readonly background?: readonly ReadonlySet<string>[];
  readonly claims: readonly SideClaim[];
  /**
   * Each sentence's features (features.ts), worked out with the facts (side-facts.ts) so that a
   * side computed by a second worker comes with them; absent when built by hand.
   */
  readonly features?: readonly SentenceFeatures[];
}

/**
 * Chunks of whole paragraphs of at most `chars` characters (a longer paragraph is its own chunk);
 * `paras` are the text's paragraphs, when the caller has them.
 */
export function paragraphChunks(
  text: string,
  chars: number,
  paras: readonly Span[] = paragraphs(text),
): Span[] {
  const out: Span[] = [];
  let start = -1;
  let end = -1;
  for (const p of paras) {
    if (start >= 0 && p.end - start > chars) {
      out.push({ start, end });
      start = -1;
    }
    if (start < 0) start = p.start;
    end = p.end;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

/**
 * Annotates one chunk of `text` (with the paragraph before it, and the text's lead, as
 * context: the claim engine reads a cue's context in the lead too, see LEAD_PARAGRAPHS);
 * offsets in `text`.
 */
export function annotateChunk(
  text: string,
  chunk: Span,
  previous: Span | null,
  base: FactSource,
  published: string | null,
): AnnotationRecord[] {
  const from = previous ? previous.start : chunk.start;
  const lead = leadEnd(text);
  const prefix = from > lead ? `${text.slice(0, lead)}\n\n` : '';
  const shift = from - prefix.length;
  const slice = prefix + text.slice(from, chunk.end);
  const records = annotateText(slice, {
    matcher: base.matcher,
    wholePage: false,
    factById: base.factById,
    published,
    innerNames: false,
  });
  return records
    .filter((r) => r.start >= prefix.length)
    .map((r) => ({ ...r, start: r.start + shift, end: r.end + shift }))
    .filter((r) => r.start >= chunk.start);
}

/** Where the text's lead (its first LEAD_PARAGRAPHS paragraphs) ends, reading no further than that. */
function leadEnd(text: string): number {
  let end = 0;
  let found = 0;
  for (let start = 0; found < LEAD_PARAGRAPHS && start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const line = paragraphs(text.slice(start, stop))[0];
    if (line) {
      found++;
      end = start + line.end;
    }
    start = stop + 1;
  }
  return end;
}

/**
 * The last paragraph of the chunk before `k`, as context for chunk `k`. `paras` are the text's
 * paragraphs, when the caller has them (a chunk ends where a paragraph does, so the last paragraph up
 * to its end is one of them); without them, the text up to that end is split.
 */
export function contextBefore(
  text: string,
  chunks: readonly Span[],
  k: number,
  paras?: readonly Span[],
): Span | null {
  if (k === 0) return null;
  const prev = chunks[k - 1] as Span;
  const upTo = paras ?? paragraphs(text.slice(0, prev.end));
  const last = paras ? paras[spanAt(paras, prev.end - 1)] : upTo[upTo.length - 1];
  return last ? { start: last.start, end: last.end } : null;
}

/**
 * A year said as an attribute ("the 2020 clash", "2024's ban": temporal-rules-year-attributive.ts) names which
 * event a phrase means, mostly in passing: it confirms a card but tells nothing new, so compare
 * neither counts it as a claim of the sentence nor as a fact the sentence tells (it paired
 * background mentions when it did, dev/h1 and dev/h11).
 */
const inPassing = (r: AnnotationRecord) =>
  r.kind === 'claim' &&
  r.reasons.some(
    (x) =>
      x.code === 'read-date' && (x.params.rule === 'year-attributive' || x.params.rule === 'year-possessive'),
  );

/** Places annotation records in the sentences of `seg`. */
export function sideFacts(seg: Segmented, all: readonly AnnotationRecord[]): SideFacts {
  const records = all.filter((r) => !inPassing(r));
  const bySentence: string[][] = seg.spans.map(() => []);
  const named: Set<string>[] = seg.spans.map(() => new Set());
  for (const r of records) {
    const s = r.kind === 'term' ? spanAt(seg.spans, r.start) : -1;
    if (s >= 0) for (const id of r.factIds) named[s]?.add(id);
  }
  const claims: SideClaim[] = [];
  for (const r of records) {
    const s = spanAt(seg.spans, r.start);
    if (s < 0) continue;
    const ids = bySentence[s] as string[];
    // A claim tells its own fact; the event a gap counts from, listed after it (ADR 0070), is what
    // the gap is measured from, and is told by the sentence only where a card of its own names it.
    for (const id of r.kind === 'claim' ? r.factIds.slice(0, 1) : r.factIds)
      if (!ids.includes(id)) ids.push(id);
    if (r.kind !== 'claim' || !r.verdict) continue;
    // The claim's sentence and its place in it, which the readings below take.
    const span = seg.spans[s] as Span;
    const sentence = seg.text.slice(span.start, span.end);
    const start = r.start - span.start;
    const end = r.end - span.start;
    const date = isDate(r.resolved ?? null);
    claims.push({
      sentence: s,
      start,
      end,
      quote: r.quote,
      factId: r.factIds[0] as string,
      verdict: r.verdict,
      resolved: r.resolved ?? null,
      record: r.record ?? '',
      unnamed: !named[s]?.has(r.factIds[0] as string),
      negated: isNegatedValue(sentence, start),
      measure: (!date && measureNamed(sentence, start, end)) || undefined,
      edge: date ? dayEdge(sentence, start, end) : undefined,
      reporting: date && isReportingDate(sentence, start, end),
    });
  }
  const events = tellsOf(seg, records);
  return { bySentence, events, background: backgroundOf(seg, records, events), claims };
}

/** Fact kinds that are one happening, one document or one count: two of them are two things, not one. */
export const TOLD_KINDS = /^(?:event|instrument|quantity)\./;

/**
 * The events, instruments and counts each sentence of `seg` tells (ADR 0022, round 9): those a
 * term names by a proper name ("Kazan", "Announcement No. 18") and those a claim of the sentence
 * dates or counts. A term written in lower case ("the visit", "the talks") is a common word
 * that the claim engine ties to whichever event of that kind it knows, not evidence of one.
 */
export function tellsOf(seg: Segmented, records: readonly AnnotationRecord[]): Set<string>[] {
  const out: Set<string>[] = seg.spans.map(() => new Set());
  for (const r of records) {
    if (r.kind === 'term' && !/\p{Lu}|\d/u.test(r.quote)) continue;
    const s = spanAt(seg.spans, r.start);
    if (s >= 0) for (const id of r.factIds) if (TOLD_KINDS.test(id)) out[s]?.add(id);
  }
  return out;
}

/**
 * The object of an invitation ("passed on the governor's invitation to the regatta … in June",
 * "invited her to attend the fair"): the gathering a guest is asked to, not what the sentence
 * tells (ADR 0144). Read on the sentence's text before the term or claim, back to the
 * invitation's "to", with no comma between.
 */
const INVITED_TO = /\binvit(?:e|es|ed|ing|ation|ations)\b[^,;.]{0,60}?\bto\s[^,;.]{0,80}$/i;

/**
 * Of the events each sentence tells (`tellsOf`), those named only as what a guest is invited to
 * (ADR 0144): "The mayor met the harbour board and handed over the governor's invitation to the
 * regatta" tells the meeting, not the regatta, so the regatta is no second happening that parts it
 * from "The mayor saw the board on Monday and passed on an invitation …" (evidence.ts
 * `otherHappening`). An event the sentence also names elsewhere stays told.
 */
export function backgroundOf(
  seg: Segmented,
  records: readonly AnnotationRecord[],
  events: readonly ReadonlySet<string>[],
): Set<string>[] {
  const out: Set<string>[] = seg.spans.map(() => new Set());
  const told: Set<string>[] = seg.spans.map(() => new Set());
  for (const r of records) {
    const s = spanAt(seg.spans, r.start);
    const tells = events[s];
    if (s < 0 || !tells?.size) continue;
    const ids = r.factIds.filter((id) => tells.has(id));
    if (!ids.length) continue;
    const span = seg.spans[s] as Span;
    const invited = INVITED_TO.test(seg.text.slice(span.start, r.start));
    for (const id of ids) (invited ? (out[s] as Set<string>) : (told[s] as Set<string>)).add(id);
  }
  out.forEach((set, s) => {
    for (const id of told[s] ?? []) set.delete(id);
  });
  return out;
}
