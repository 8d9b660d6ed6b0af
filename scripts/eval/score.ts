/**
 * Scores an annotator on the dev corpus (definitions in test/fixtures/eval/README.md):
 * recall, card precision, false `differs`, altered-claim detection and real errors, in
 * total and per class and style. Pure: the annotator is passed in.
 */
import type { AnnotationRecord } from '../../src/core/annotate';
import {
  type AlteredItem,
  alteredText,
  articleText,
  type EvalArticle,
  factsOf,
  type GoldItem,
  type Span,
  spansOf,
} from './corpus';

export type Annotator = (text: string, published: string | null) => readonly AnnotationRecord[];

export interface Ratio {
  hit: number;
  total: number;
}

export interface Miss {
  readonly article: string;
  readonly what: string;
}

export interface Scores {
  readonly articles: number;
  readonly recall: Ratio;
  readonly precision: Ratio;
  falseDiffers: number;
  readonly altered: Ratio;
  readonly realErrors: Ratio;
  readonly recallByClass: Record<string, Ratio>;
  readonly alteredByClass: Record<string, Ratio>;
  readonly byStyle: Record<string, { recall: Ratio; precision: Ratio }>;
  /** What went wrong, for the report and for debugging. */
  readonly missed: Miss[];
  readonly wrongCards: Miss[];
  readonly undetected: Miss[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const ratio = (): Ratio => ({ hit: 0, total: 0 });
const bump = (r: Ratio, hit: boolean) => {
  r.total++;
  if (hit) r.hit++;
};
const bucket = (m: Record<string, Ratio>, key: string) => {
  m[key] ??= ratio();
  return m[key] as Ratio;
};

/** True when annotation `a` is a right card for gold item `g` at `span`. */
export function satisfies(a: AnnotationRecord, g: GoldItem, span: Span): boolean {
  if (!overlaps(a, span)) return false;
  if (!a.factIds.some((f) => factsOf(g).includes(f))) return false;
  if (g.verdict) return a.kind === 'claim' && a.verdict === g.verdict;
  return a.kind === 'term' || a.verdict !== 'differs';
}

const describe = (a: AnnotationRecord) =>
  `${a.kind} "${a.quote}" → ${a.factIds.join(',')}${a.verdict ? ` [${a.verdict}]` : ''}`;

/** Scores `annotate` on `corpus`. */
export function score(corpus: readonly EvalArticle[], annotate: Annotator): Scores {
  const s: Scores = {
    articles: corpus.length,
    recall: ratio(),
    precision: ratio(),
    falseDiffers: 0,
    altered: ratio(),
    realErrors: ratio(),
    recallByClass: {},
    alteredByClass: {},
    byStyle: {},
    missed: [],
    wrongCards: [],
    undetected: [],
  };
  for (const article of corpus) {
    const text = articleText(article);
    const found = annotate(text, article.published);
    s.byStyle[article.style] ??= { recall: ratio(), precision: ratio() };
    const style = s.byStyle[article.style] as { recall: Ratio; precision: Ratio };
    const gold = article.gold.flatMap((g) => spansOf(text, g).map((span) => ({ g, span })));
    const ok = [
      ...gold,
      ...(article.acceptable ?? []).flatMap((g) => spansOf(text, g).map((span) => ({ g, span }))),
    ];
    for (const { g, span } of gold) {
      const hit = found.some((a) => satisfies(a, g, span));
      bump(s.recall, hit);
      bump(style.recall, hit);
      bump(bucket(s.recallByClass, g.class ?? 'term'), hit);
      if (g.class === 'real-error') bump(s.realErrors, hit);
      if (!hit) {
        const near = found.filter((a) => overlaps(a, span)).map(describe);
        s.missed.push({
          article: article.id,
          what: `${g.class ?? 'term'} "${text.slice(span.start, span.end)}" → ${factsOf(g).join('|')}${g.verdict ? ` [${g.verdict}]` : ''}${near.length ? `; got ${near.join('; ')}` : ''}`,
        });
      }
    }
    for (const a of found) {
      const right = ok.some(({ g, span }) => satisfies(a, g, span));
      bump(s.precision, right);
      bump(style.precision, right);
      if (!right) s.wrongCards.push({ article: article.id, what: describe(a) });
      if (
        a.verdict === 'differs' &&
        !gold.some(({ g, span }) => g.verdict === 'differs' && satisfies(a, g, span))
      )
        s.falseDiffers++;
    }
    for (const x of article.altered ?? []) scoreAltered(s, article, x, annotate);
  }
  return s;
}

function scoreAltered(s: Scores, article: EvalArticle, x: AlteredItem, annotate: Annotator): void {
  const { text, span } = alteredText(article, x);
  const found = annotate(text, article.published);
  const hit = found.some(
    (a) =>
      a.kind === 'claim' &&
      a.verdict === 'differs' &&
      overlaps(a, span) &&
      [x.fact, ...(x.alsoFacts ?? [])].some((f) => a.factIds.includes(f)),
  );
  bump(s.altered, hit);
  bump(bucket(s.alteredByClass, x.class), hit);
  if (!hit) {
    const near = found.filter((a) => overlaps(a, span)).map(describe);
    s.undetected.push({
      article: article.id,
      what: `${x.class} "${x.quote}" → "${x.replace}" (${x.fact})${near.length ? `; got ${near.join('; ')}` : '; nothing there'}`,
    });
  }
}

/** A ratio as a percentage with one decimal ("–" when empty). */
export const pct = (r: Ratio): string => (r.total ? `${((100 * r.hit) / r.total).toFixed(1)} %` : '–');
export const share = (r: Ratio): number => (r.total ? r.hit / r.total : 1);
