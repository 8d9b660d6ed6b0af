/**
 * Annotating an article's text: terms (what the fact base knows) and claims (dates and
 * figures checked against the record). Shared by the content script and the Node CLI, so
 * both produce the same annotations for the same text.
 */

import { clearOfNames } from './claims/card-span';
import { factInterval, formatInterval, parsePublished } from './claims/dates';
import { analyzeClaims } from './claims/engine';
import { eventsAtTheirPlace } from './claims/event-at-its-place';
import { headNounNames } from './claims/head-noun-names';
import { issuersByAct } from './claims/issuer-by-act';
import { type Memo, placeNamesOf } from './claims/mention-lookups';
import { nestedOwnNames } from './claims/nested-names';
import { ownNames, relatedObject } from './claims/own-names';
import { eventWords, ownWords } from './claims/phases';
import { type Reason, reason } from './claims/reasons';
import { reportedActs } from './claims/reported-act';
import type { Verdict } from './claims/verdict';
import type { Fact } from './facts/schema';
import { datelines } from './match/datelines';
import { type Span, TextSpans } from './match/sentences';
import type { Analysis, Matcher } from './match/terms';
import { cardNamesParty, namedInPassing, namesBaseParty } from './page-topic';
import { withoutOtherBearerWords } from './term-filters';

export interface CardSource {
  readonly url: string;
  readonly publisher: string;
  readonly date: string | null;
}

/** What a card shows for an annotation (public fact-base content only). */
export interface CardSummary {
  readonly title: string;
  readonly summary: string;
  readonly date: string | null;
  readonly sources: readonly CardSource[];
}

export interface AnnotationRecord {
  /** [start, end) in the article text; `quote` equals that slice. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly kind: 'term' | 'claim';
  readonly factIds: readonly string[];
  /** Claims only; null for terms. */
  readonly verdict: Verdict | null;
  readonly card: CardSummary;
  /** Why: how the fact was found and, for claims, how the value was read and compared. */
  readonly reasons: readonly Reason[];
  /** Claims: what the text says, resolved, and what the record says. */
  readonly resolved?: string | null;
  readonly record?: string;
}

export interface AnnotateOptions {
  readonly matcher: Matcher;
  readonly factById: (id: string) => Fact | undefined;
  /** The article's publication date (ISO), or null. */
  readonly published: string | null;
  /**
   * Cards for an event's own places and actors named inside its alias (ADR 0041; default true). The
   * compare engine leaves them out: it aligns sentences by the facts they tell, and the event
   * already says where it was held.
   */
  readonly innerNames?: boolean;
  /**
   * The text is a whole page (default true): on one of several sentences that names the base only in
   * passing, no cards (page-topic.ts, ADR 0059). A caller annotating part of a page (compare's chunks and
   * probes) passes false, since a part says little about what its page is about.
   */
  readonly wholePage?: boolean;
  /**
   * Is this fact from a reader's own pack (not one Gloss ships)? The party the bundled base shares
   * (ADR 0116) says nothing about a reader's pack: a page its facts are carded on is about the pack's
   * subject (a moon mission never names China), so such a card counts as naming the page's party.
   * Absent: every fact is the bundled base's.
   */
  readonly fromReaderPack?: (factId: string) => boolean;
}

/** The card content of a fact. */
export function cardOf(fact: Fact): CardSummary {
  const interval = fact.date ? factInterval(fact.date) : null;
  return {
    title: fact.title,
    summary: fact.summary,
    date: interval ? formatInterval(interval) : null,
    sources: fact.sources.map((s) => ({ url: s.url, publisher: s.publisher, date: s.date ?? null })),
  };
}

/** Kinds that make a page "about" what the fact base covers (see ADR 0008). */
const TOPICAL_KINDS = new Set(['event', 'instrument', 'topic', 'quantity']);
/** Distinct people, places and organisations that make a page on-topic without an event. */
export const ENTITIES_FOR_TOPIC = 3;

/** The terms of a text and what they alone say about its topic (the first step of `annotateText`). */
interface TermReading {
  /** The text's paragraphs and sentences, split once for this reading and everything after it (ADR 0121). */
  readonly spans: TextSpans;
  readonly memo: Memo;
  readonly skip: readonly Span[];
  readonly analysis: Analysis;
  readonly entities: ReadonlySet<string>;
  /** On topic by its terms alone (ADR 0008), whatever the claims engine would find. */
  readonly topicalByTerms: boolean;
  /** The terms read as places: a place's, or a place's name read as an event held there. */
  readonly placeTerms: ReadonlySet<Analysis['terms'][number]>;
}

function readTerms(text: string, options: AnnotateOptions): TermReading {
  const memo: Memo = (key, build) => options.matcher.memo(key, build);
  const spans = new TextSpans(text);
  const skip = datelines(text, spans.paragraphs());
  const analysis = withoutOtherBearerWords(spans, skip, options, memo);
  // A place's name that the matcher read as an event held there ("Kazan") does not by
  // itself make the page about the event.
  const placeNames = placeNamesOf(options.matcher.index, options.factById, memo);
  const kinds = analysis.terms.map((t) =>
    placeNames.has(t.alias.toLowerCase()) ? 'place' : options.factById(t.factId)?.kind,
  );
  const entities = new Set(
    analysis.terms.filter((_, i) => !TOPICAL_KINDS.has(kinds[i] ?? '')).map((t) => t.factId),
  );
  // Places alone do not make a page on topic: a geography or travel piece names a region's
  // valleys, plains and towns without any of its people or institutions (ADR 0054 round 23).
  const onlyPlaces = kinds.every((k) => k === 'place');
  const topicalByTerms =
    kinds.some((k) => TOPICAL_KINDS.has(k ?? '')) || (entities.size >= ENTITIES_FOR_TOPIC && !onlyPlaces);
  const placeTerms = new Set(analysis.terms.filter((_, i) => kinds[i] === 'place'));
  return { spans, memo, skip, analysis, entities, topicalByTerms, placeTerms };
}

/**
 * Would `annotateText(text, options)` return any record? The same answer, often without the claims
 * engine (ADR 0033): a text on topic by its terms alone gets a record for each term whose fact the base
 * has, so one such term decides; otherwise the whole engine runs. What a probe asks first (does the fact
 * base have anything to say about this page?), on the way of a woken worker's first answer.
 */
export function hasAnnotations(text: string, options: AnnotateOptions): boolean {
  const read = readTerms(text, options);
  // Every term with a fact gets a record: two of them naming distinct facts other than places make
  // the page on topic for page-topic.ts too.
  const known = read.analysis.terms.filter((t) => options.factById(t.factId) !== undefined);
  const cards = known.map((t) => ({
    factId: t.factId,
    place: read.placeTerms.has(t),
    party: cardNamesParty(options.factById(t.factId), options.fromReaderPack?.(t.factId) === true),
  }));
  const passing =
    options.wholePage !== false &&
    namedInPassing(
      () => read.spans.sentences().length,
      cards,
      () => namesBaseParty(text),
    );
  if (read.topicalByTerms && known.length > 0 && !passing) return true;
  return annotateRead(text, options, read).length > 0;
}

/**
 * Annotates `text`: terms, paraphrased events and claims, sorted by position (terms before
 * claims at a tie). People, places and organisations are carded only on pages about what
 * the fact base covers: at least one event, instrument, topic or quantity named (or a
 * fact found by its claim cues, or by its keywords beside a named entity), or ENTITIES_FOR_TOPIC distinct entities.
 */
export function annotateText(text: string, options: AnnotateOptions): AnnotationRecord[] {
  return annotateRead(text, options, readTerms(text, options));
}

function annotateRead(text: string, options: AnnotateOptions, read: TermReading): AnnotationRecord[] {
  const { spans, memo, skip, analysis, entities, topicalByTerms, placeTerms } = read;
  const { claims, paraphrases } = analyzeClaims({
    text,
    published: parsePublished(options.published),
    index: options.matcher.index,
    analysis,
    factById: options.factById,
    skip,
    memo,
    spans,
  });
  const cued = [
    ...claims.map((c) => c.reasons[0]),
    ...paraphrases.filter((p) => !p.unconfirmed).map((p) => p.mention.via),
  ];
  const onTopic =
    topicalByTerms ||
    cued.some((r) => r?.code === 'found-cue' || r?.code === 'found-alias') ||
    (cued.length > 0 && entities.size > 0);
  if (!onTopic) return [];
  const out: AnnotationRecord[] = [];
  // The records read as places (page-topic.ts).
  const places = new Set<AnnotationRecord>();
  const record = (
    span: { start: number; end: number },
    kind: 'term' | 'claim',
    factId: string,
    reasons: readonly Reason[],
    claim?: {
      verdict: Verdict;
      resolved: string | null;
      record: string;
      alsoFactIds?: readonly string[];
    },
  ) => {
    const fact = options.factById(factId);
    if (!fact) return;
    const also = (claim?.alsoFactIds ?? []).filter((id) => id !== fact.id && options.factById(id));
    out.push({
      start: span.start,
      end: span.end,
      quote: text.slice(span.start, span.end),
      kind,
      factIds: [fact.id, ...also],
      verdict: claim?.verdict ?? null,
      card: cardOf(fact),
      reasons,
      ...(claim ? { resolved: claim.resolved, record: claim.record } : {}),
    });
  };
  // The text's sentences, split once when a rule first asks (each asks per term: split per call,
  // a huge page with many terms was split once per term).
  const sentencesOnce = () => spans.sentences();
  const atPlace =
    options.innerNames === false
      ? []
      : eventsAtTheirPlace(text, options.matcher.index, analysis, options.factById, sentencesOnce);
  const movedAt = new Map(atPlace.map((x) => [x.place.start, x.event] as const));
  for (const t of analysis.terms) {
    const title = options.factById(t.factId)?.title ?? '';
    const moved = movedAt.get(t.start);
    const before = out.length;
    record(moved ?? t, 'term', t.factId, [
      reason('found-alias', { fact: title, quote: text.slice(t.start, t.end) }),
    ]);
    const added = out[before];
    if (added && !moved && placeTerms.has(t)) places.add(added);
  }
  const inner = [
    ...atPlace.map((x) => x.place),
    ...(options.innerNames === false
      ? []
      : nestedOwnNames(text, options.matcher.index, analysis, options.factById)),
  ];
  for (const t of inner) {
    const title = options.factById(t.factId)?.title ?? '';
    record(t, 'term', t.factId, [reason('found-alias', { fact: title, quote: text.slice(t.start, t.end) })]);
  }
  for (const p of paraphrases) {
    // Over a name of something else ("a clash at Pangong Tso and … in the Galwan Valley"), the
    // cue's words describe two things: no card. Its own people and places may stand inside.
    const fact = p.mention.fact;
    const own = ownNames(fact, options.factById);
    const names = analysis.terms.filter((t) => t.start < p.end && p.start < t.end);
    const found = p.mention.positions;
    // The verb of an act (act-verb.ts) and its complement's opening: names inside keep their cards.
    if (p.act) {
      record(p, 'term', p.factId, [p.mention.via]);
      continue;
    }
    if (names.some((t) => !own(t.factId) && !relatedObject(fact, t, p, found, options.factById))) continue;
    const span = clearOfNames(text, p, names, p.mention.positions, ownWords(fact), eventWords(fact));
    if (span) record(span, 'term', p.factId, [p.mention.via]);
  }
  if (options.innerNames !== false)
    for (const t of reportedActs(text, analysis, options.factById, sentencesOnce)) {
      if (out.some((x) => x.start < t.end && t.start < x.end)) continue;
      const title = options.factById(t.factId)?.title ?? '';
      record(t, 'term', t.factId, [reason('found-cue', { fact: title, words: text.slice(t.start, t.end) })]);
    }
  // Off for the compare engine, as the other cards beyond the matcher's: an organisation one report
  // has carded and its pair not moved sentence alignment before (ADR 0041 round 18's merge note).
  const issuers =
    options.innerNames === false
      ? []
      : issuersByAct(text, claims, out, options.matcher.index, options.factById, memo, sentencesOnce);
  for (const t of issuers) {
    const title = options.factById(t.factId)?.title ?? '';
    record(t, 'term', t.factId, [reason('found-alias', { fact: title, quote: text.slice(t.start, t.end) })]);
  }
  // An instrument's dated name with another head noun, at its first naming (ADR 0160).
  if (options.innerNames !== false)
    for (const t of headNounNames(
      text,
      options.matcher.index,
      analysis,
      options.factById,
      spans,
      memo,
      out,
      claims,
    )) {
      const title = options.factById(t.factId)?.title ?? '';
      record(t, 'term', t.factId, [
        reason('found-alias', { fact: title, quote: text.slice(t.start, t.end) }),
      ]);
    }
  // The records of claims inferred from a relative named nearby (page-topic.ts).
  const inferred = new Set<AnnotationRecord>();
  for (const c of claims) {
    const before = out.length;
    record(c, 'claim', c.factId, c.reasons, c);
    const added = out[before];
    if (added && c.byKin) inferred.add(added);
  }
  if (options.wholePage !== false) {
    const cards = out.map((r) => ({
      factId: r.factIds[0] ?? '',
      place: places.has(r) || options.factById(r.factIds[0] ?? '')?.kind === 'place',
      inferred: inferred.has(r),
      party: cardNamesParty(
        options.factById(r.factIds[0] ?? ''),
        options.fromReaderPack?.(r.factIds[0] ?? '') === true,
      ),
    }));
    if (
      namedInPassing(
        () => sentencesOnce().length,
        cards,
        () => namesBaseParty(text),
      )
    )
      return [];
  }
  return out.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'term' ? -1 : 1));
}
