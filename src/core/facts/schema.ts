/**
 * The fact schema (starter shape). Issue #3 grows it (events, quantities, relations,
 * packs with provenance); every field here keeps its meaning then.
 */

export type FactKind = 'event' | 'person' | 'place' | 'organisation' | 'instrument' | 'quantity' | 'topic';
export type Confidence = 'confirmed' | 'one-source' | 'disputed';

/** Where a fact comes from. `date` is the publication date of the source (YYYY-MM-DD). */
export interface Source {
  readonly url: string;
  readonly publisher: string;
  readonly date?: string;
  readonly quote?: string;
}

/** An alias as written in text. `caseSensitive` for acronyms such as "LAC". */
export interface Alias {
  readonly text: string;
  readonly caseSensitive?: boolean;
}

export interface Fact {
  readonly id: string;
  readonly kind: FactKind;
  readonly title: string;
  /** One line of background, in the fact base's own words. */
  readonly summary: string;
  /** ISO date or month of the event (YYYY-MM-DD or YYYY-MM), when the fact is dated. */
  readonly date?: string;
  readonly aliases: readonly Alias[];
  readonly confidence: Confidence;
  readonly sources: readonly Source[];
}

export interface FactPack {
  readonly id: string;
  readonly version: string;
  readonly lang: string;
  readonly facts: readonly Fact[];
}

/** A problem found while validating a pack: where (`facts[3].sources[0].url`) and what. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}
