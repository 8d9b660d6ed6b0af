/**
 * The fact schema. A fact pack is a versioned set of facts; the bundled base is one pack
 * and user packs (later) share the schema, each keeping its own id, version and provenance.
 * Validation lives in validate.ts; docs/facts.md is the guide to writing an entry.
 */

export type FactKind = 'event' | 'person' | 'place' | 'organisation' | 'instrument' | 'quantity' | 'topic';

/** confirmed: 2+ sources (wire copies noted); one-source: a single source; disputed: sources disagree. */
export type Confidence = 'confirmed' | 'one-source' | 'disputed';

/** Where a fact comes from. `date` is the source's publication date (YYYY-MM-DD or YYYY-MM). */
export interface Source {
  readonly url: string;
  readonly publisher: string;
  readonly date?: string;
  /** A short quote from the source that supports the fact. */
  readonly quote?: string;
}

/** Limits an ambiguous alias to a context: one of `anyOf` must occur within `scope`. */
export interface AliasContext {
  /** Words or phrases, matched as whole words after normalisation. */
  readonly anyOf: readonly string[];
  readonly scope: 'sentence' | 'paragraph' | 'document';
}

/** A way the fact is named in text. */
export interface Alias {
  readonly text: string;
  /** Acronyms such as "LAC" or "MEA" must match in exactly this case. */
  readonly caseSensitive?: boolean;
  /** BCP 47 language of the alias when not the pack's (e.g. "hi"). */
  readonly lang?: string;
  /** Also match plural forms (common nouns: "curbs", "licences"). */
  readonly inflect?: boolean;
  readonly context?: AliasContext;
}

/**
 * How a fact is recognised in a sentence for claim checking when no alias names it:
 * one phrase from every `allOf` group must occur in the sentence, and one phrase from
 * every `paragraph` group anywhere in its paragraph ("Beijing lifted those curbs in June"
 * refers to fertiliser curbs named in the sentence before).
 */
export interface ClaimCue {
  readonly allOf: readonly (readonly string[])[];
  readonly paragraph?: readonly (readonly string[])[];
}

export type DatePrecision = 'day' | 'month' | 'year' | 'range';

/** A date at a stated precision. `start`/`end` are YYYY, YYYY-MM or YYYY-MM-DD; `end` only for ranges. */
export interface FactDate {
  readonly start: string;
  readonly end?: string;
  readonly precision: DatePrecision;
}

export type QuantityUnit = 'percent' | 'tonnes' | 'km' | 'people' | 'count' | 'years' | 'usd';

/** A figure: value in unit, the period it describes, and how far a claim may be off and still agree. */
export interface Quantity {
  readonly value: number;
  readonly unit: QuantityUnit;
  /** The period or date the figure describes (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly asOf: string;
  /** Absolute tolerance in `unit` ("roughly 70 %" agrees with 69 % when tolerance ≥ 1). */
  readonly tolerance: number;
  /** What is measured, in words ("China's share of world rare-earth mine production"). */
  readonly measure: string;
}

export type RelationType =
  | 'before'
  | 'after'
  | 'part-of'
  | 'led-to'
  | 'response-to'
  | 'superseded-by'
  | 'related';

export interface Relation {
  readonly type: RelationType;
  /** Id of another fact in the same pack (or the base). */
  readonly target: string;
}

/** A known misreport of this fact, with the correction. */
export interface Misreport {
  readonly wrong: string;
  readonly right: string;
}

/** A part of a fact's record that sources dispute. */
export type DisputedPart = 'date' | 'length' | 'quantity';

export interface Fact {
  readonly id: string;
  readonly kind: FactKind;
  readonly title: string;
  /** One line of background, in the fact base's own words. */
  readonly summary: string;
  readonly aliases: readonly Alias[];
  readonly cues?: readonly ClaimCue[];
  /**
   * Words and short phrases that a paraphrase of this fact uses without naming it
   * ("patrolling", "arrangements", "pact"): the engine scores a sentence by the rarer of
   * them it contains (with the fact's actors, places and date as further evidence), so an
   * event can be recognised in wording no cue anticipated. Not highlighted by themselves.
   */
  readonly keywords?: readonly string[];
  readonly date?: FactDate;
  /** Ids of place facts where it happened. */
  readonly places?: readonly string[];
  /** Ids of people and organisations involved. */
  readonly actors?: readonly string[];
  /**
   * Ids of the people or bodies whose statement made the fact public on its date ("Misri
   * announced the patrolling agreement on 21 Oct"): a reporting date with one of them as the
   * speaker ("Misri said on Monday") is the fact's own date, not only the day it was reported.
   */
  readonly announcedBy?: readonly string[];
  /**
   * The country a person or organisation belongs to or acts for, as an ISO 3166-1 alpha-2 code
   * ("IN", "CN", "US"): "India announced on Oct. 21 …" may then stand for a fact's announcer of
   * that country (ADR 0080). People and organisations only.
   */
  readonly country?: string;
  readonly quantity?: Quantity;
  readonly relations?: readonly Relation[];
  readonly misreports?: readonly Misreport[];
  /**
   * Date from which the fact no longer describes the present (it was superseded; see the
   * `superseded-by` relation). Claims relying on it after this date are `outdated`.
   */
  readonly validUntil?: string;
  readonly confidence: Confidence;
  readonly sources: readonly Source[];
  /** When the fact base last checked this fact against its sources (YYYY-MM-DD). */
  readonly asOf: string;
  /** Caveats in words (disputes, wire copies, imprecise sources). */
  readonly notes?: string;
  /**
   * Parts of the record that sources dispute: a claim about them is `context`, never
   * `consistent` or `differs` ("a two-day visit" when outlets say two or three days).
   */
  readonly disputed?: readonly DisputedPart[];
}

/** The pack format this code reads. A pack of another `schemaVersion` is refused, not guessed at. */
export const PACK_SCHEMA_VERSION = 1;

export interface FactPack {
  /** The pack format (PACK_SCHEMA_VERSION); optional only for packs written before it existed. */
  readonly schemaVersion?: typeof PACK_SCHEMA_VERSION;
  readonly id: string;
  readonly version: string;
  readonly lang: string;
  readonly title: string;
  /** Who wrote the pack (a name or handle), shown before import. */
  readonly author?: string;
  /** One or two sentences on what the pack covers, shown before import. */
  readonly description?: string;
  /**
   * Ids of earlier facts (the bundled base's or another pack's) this pack deliberately
   * replaces. A same-id fact not listed here is ignored and reported (ADR 0010).
   */
  readonly overrides?: readonly string[];
  readonly facts: readonly Fact[];
}

/** A problem found while validating a pack: where (`facts[3].sources[0].url`) and what. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}
