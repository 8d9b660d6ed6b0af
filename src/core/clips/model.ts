/**
 * The clip record: what Gloss keeps when a reader saves an article or a passage
 * (issue #9, docs/adr/0013-clips.md). A clip is plain data, so it can be stored, exported
 * and imported without loss; validation lives in schema.ts.
 *
 * Versions: every save is its own clip; clips with the same normalised `url` are versions
 * of one page, ordered by `savedAt` (the compare issue diffs two of them). Nothing nests, so
 * a page saved a hundred times never grows one record without bound.
 */
import type { AnnotationRecord } from '../annotate';
import type { Verdict } from '../claims/verdict';

/** The version of the clip record and of the Gloss JSON export that carries it. */
export const CLIP_SCHEMA_VERSION = 1;

/** W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  /** Up to QUOTE_CONTEXT characters before `exact` in the text it was taken from. */
  readonly prefix: string;
  /** Up to QUOTE_CONTEXT characters after `exact`. */
  readonly suffix: string;
}

/** W3C Web Annotation TextPositionSelector: [start, end) in UTF-16 code units of the text. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** A saved passage: where it was, described twice (quote and position), and a link back. */
export interface Passage {
  readonly quote: TextQuoteSelector;
  /** Null when the source did not say (some Hypothesis annotations carry only a quote). */
  readonly position: TextPositionSelector | null;
  /** The clip's URL with a text fragment (`#:~:text=…`) that scrolls a browser to the passage. */
  readonly link: string;
}

/**
 * An annotation Gloss found in the saved text: the engine's record without its card
 * (offsets into the clip's article text; claims keep their verdict at saving time).
 */
export type ClipAnnotation = Pick<
  AnnotationRecord,
  'start' | 'end' | 'quote' | 'kind' | 'factIds' | 'verdict'
>;

/** The stored copy of the article, so it can be read and compared offline. */
export interface ClipArticle {
  /** The flattened article text selectors and annotations refer to. */
  readonly text: string;
  /** Readability's HTML, sanitised when saved and sanitised again when shown. */
  readonly html: string;
}

/** One saved article or passage. */
export interface Clip {
  /** A UUID; stable across export and import (merging is by id). */
  readonly id: string;
  /** `article`: the whole article; `passage`: one or more selected passages. */
  readonly kind: 'article' | 'passage';
  /** Normalised (see url.ts); the page's canonical link when it is on the same site. */
  readonly url: string;
  readonly title: string;
  /** The site's name or host ("thehindu.com"). */
  readonly site: string;
  readonly byline: string | null;
  /** Publication date as the page states it (ISO date or date-time), or null. */
  readonly published: string | null;
  /** The page's language (BCP 47), or null. */
  readonly lang: string | null;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
  /** Last change of note or tags (ms); equals savedAt until then. Import keeps the newer record. */
  readonly updatedAt: number;
  /** Null when the page had no article (a selection saved alone). */
  readonly article: ClipArticle | null;
  readonly passages: readonly Passage[];
  readonly annotations: readonly ClipAnnotation[];
  /** FactBase.version when saved: the bundled base and every enabled pack with versions. */
  readonly factBaseVersion: string;
  /** The reader's note (plain text; never rendered as HTML). */
  readonly note: string;
  /** The reader's tags, trimmed, unique, in the order given. */
  readonly tags: readonly string[];
}

/** A clip without its article body: what lists, filters and most of the library need. */
export type ClipMeta = Omit<Clip, 'article'> & {
  /** Whether a stored article body exists (it is kept apart, see storage/clips.ts). */
  readonly hasArticle: boolean;
};

/** Splits a clip into its metadata and its (large) article body. */
export function splitClip(clip: Clip): { meta: ClipMeta; article: ClipArticle | null } {
  const { article, ...rest } = clip;
  return { meta: { ...rest, hasArticle: article !== null }, article };
}

/** Joins metadata and body back into a clip. */
export function joinClip(meta: ClipMeta, article: ClipArticle | null): Clip {
  const { hasArticle: _, ...rest } = meta;
  return { ...rest, article };
}

/** Every fact id a clip's annotations name, once each. */
export function factIdsOf(clip: Pick<Clip, 'annotations'>): string[] {
  return [...new Set(clip.annotations.flatMap((a) => a.factIds))];
}

/** Every verdict a clip's claims carry, once each. */
export function verdictsOf(clip: Pick<Clip, 'annotations'>): Verdict[] {
  return [...new Set(clip.annotations.flatMap((a) => (a.verdict ? [a.verdict] : [])))];
}
