/**
 * The card view model: what an in-page card shows for a fact. Built only from the public
 * fact base, never from anything the user saved or wrote (privacy rule: the card lives in
 * the page's DOM, where page scripts can read it).
 */
import type { Fact, FactDate, FactKind, Source } from './schema';

/** A checked claim as the card shows it: what the article says against the record. */
export interface CardClaim {
  readonly verdict: 'consistent' | 'differs' | 'outdated' | 'context';
  /** The article's words. */
  readonly said: string;
  /** What they resolve to ("Oct 2024"), or null. */
  readonly resolved: string | null;
  readonly record: string;
  readonly explanation: string;
}

export interface CardView {
  readonly factId: string;
  readonly kind: FactKind;
  readonly title: string;
  readonly summary: string;
  readonly date?: FactDate;
  readonly sources: readonly Source[];
  readonly lang: string;
  readonly claim?: CardClaim;
}

export function toCardView(fact: Fact, lang: string, claim?: CardClaim): CardView {
  return {
    ...(claim ? { claim } : {}),
    factId: fact.id,
    kind: fact.kind,
    title: fact.title,
    summary: fact.summary,
    ...(fact.date ? { date: fact.date } : {}),
    sources: fact.sources,
    lang,
  };
}

/** Hostname of a source URL, for a compact credit line ("thehindu.com"). */
export function sourceHost(source: Source): string {
  const m = /^https:\/\/(?:www\.)?([^/:?#]+)/i.exec(source.url);
  return m?.[1] ?? source.publisher;
}
