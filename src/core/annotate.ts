/**
 * Annotating an article's text: terms (what the fact base knows) and claims (dates and
 * figures checked against the record). Shared by the content script and the Node CLI, so
 * both produce the same annotations for the same text.
 */

import { factInterval, formatInterval, parsePublished } from './claims/dates';
import { checkClaims } from './claims/engine';
import type { Verdict } from './claims/verdict';
import type { Fact } from './facts/schema';
import type { Matcher } from './match/terms';

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
  readonly explanation: string;
  /** Claims: what the text says, resolved, and what the record says. */
  readonly resolved?: string | null;
  readonly record?: string;
}

export interface AnnotateOptions {
  readonly matcher: Matcher;
  readonly factById: (id: string) => Fact | undefined;
  /** The article's publication date (ISO), or null. */
  readonly published: string | null;
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

/** Annotates `text`: terms and claims, sorted by position (terms before claims at a tie). */
export function annotateText(text: string, options: AnnotateOptions): AnnotationRecord[] {
  const analysis = options.matcher.analyze(text);
  const out: AnnotationRecord[] = [];
  for (const t of analysis.terms) {
    const fact = options.factById(t.factId);
    if (!fact) continue;
    out.push({
      start: t.start,
      end: t.end,
      quote: text.slice(t.start, t.end),
      kind: 'term',
      factIds: [fact.id],
      verdict: null,
      card: cardOf(fact),
      explanation: `"${text.slice(t.start, t.end)}" matches the alias "${t.alias}" of ${fact.title}.`,
    });
  }
  const claims = checkClaims({
    text,
    published: parsePublished(options.published),
    index: options.matcher.index,
    analysis,
    factById: options.factById,
  });
  for (const c of claims) {
    const fact = options.factById(c.factId);
    if (!fact) continue;
    out.push({
      start: c.start,
      end: c.end,
      quote: c.quote,
      kind: 'claim',
      factIds: [c.factId],
      verdict: c.verdict,
      card: cardOf(fact),
      explanation: c.explanation,
      resolved: c.resolved,
      record: c.record,
    });
  }
  return out.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'term' ? -1 : 1));
}
