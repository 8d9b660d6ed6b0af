/**
 * The card view model: what an in-page card shows for a fact. Built only from the public
 * fact base, never from anything the user saved or wrote (privacy rule: the card lives in
 * the page's DOM, where page scripts can read it).
 */
import { factInterval, formatInterval } from '../claims/dates';
import type { Reason } from '../claims/reasons';
import type { FactGraph, RelatedFact, TimelinePoint } from './graph';
import type { Confidence, Fact, FactKind, Source } from './schema';

/** A checked claim as the card shows it: what the article says against the record. */
export interface CardClaim {
  readonly verdict: 'consistent' | 'differs' | 'outdated' | 'context';
  /** The article's words. */
  readonly said: string;
  /** What they resolve to ("Oct 2024"), or null. */
  readonly resolved: string | null;
  readonly record: string;
  /** Why the verdict, as data; the card renders them in the UI language (see claims/explain.ts). */
  readonly reasons: readonly Reason[];
}

export interface CardView {
  readonly factId: string;
  readonly kind: FactKind;
  readonly title: string;
  readonly summary: string;
  /** The fact's date, formatted ("15–16 Jun 2020"), when it has one. */
  readonly date: string | null;
  readonly sources: readonly Source[];
  readonly confidence: Confidence;
  /** When the fact base last checked the fact. */
  readonly asOf: string;
  /** Where the fact comes from ("gloss-base@1.0.0"). */
  readonly provenance: string;
  /** The title of the reader's pack it comes from, shown on the card ("" for bundled facts). */
  readonly packTitle: string;
  readonly related: readonly RelatedFact[];
  readonly timeline: readonly TimelinePoint[];
  /** Language of the card's content (the fact base's), for `lang`. */
  readonly lang: string;
  readonly claim?: CardClaim;
}

export interface CardContext {
  readonly graph: FactGraph;
  /** `packId@version` of the pack a fact came from. */
  readonly provenance: (id: string) => string;
  /** The title of the reader's pack a fact came from ("" for bundled facts). */
  readonly packTitle?: (id: string) => string;
  readonly lang: string;
}

export function toCardView(fact: Fact, ctx: CardContext, claim?: CardClaim): CardView {
  const iv = fact.date ? factInterval(fact.date) : null;
  return {
    ...(claim ? { claim } : {}),
    factId: fact.id,
    kind: fact.kind,
    title: fact.title,
    summary: fact.summary,
    date: iv ? formatInterval(iv) : null,
    sources: fact.sources,
    confidence: fact.confidence,
    asOf: fact.asOf,
    provenance: ctx.provenance(fact.id),
    packTitle: ctx.packTitle?.(fact.id) ?? '',
    related: ctx.graph.related(fact),
    timeline: ctx.graph.timeline(fact),
    lang: ctx.lang,
  };
}
