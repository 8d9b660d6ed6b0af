/**
 * A figure a pair changes that the claim engine tied on neither side (ADR 0022, fifth
 * round). "They were chosen from 5,651 applicants" / "…from 5,561 applicants" names no
 * pilgrimage: what the figure counts is said in the sentence before ("750 pilgrims have
 * been selected for this year's Kailash Mansarovar Yatra…"), and the claim engine ties a
 * figure only to a fact its own sentence names. Worse, a sentence that gives two figures
 * has only one of them tied ("750 pilgrims … from 5,561 applicants"). So the changed figure
 * is read on its own, in its article's context: one of the three sentences before it and the
 * sentence joined into one (the nearest that ties it), every other figure of the two left out. It counts only when both sides' figures
 * are tied this way to one fact (a conflict needs both), never for dates (across.ts reads
 * those), and the quote is the sentence's own words.
 */

import { annotateText } from '../annotate';
import { CARDINAL_WORDS } from '../claims/words';
import { allMatches } from '../match/all-matches';
import type { FactSource, SideClaim } from './facts';
import { isDate } from './facts';

const FIGURE = /\d+(?:[.,]\d+)*/g;
const NUMBER_WORD = `(?:${[...Object.keys(CARDINAL_WORDS), 'hundred', 'thousand', 'million', 'billion', 'lakh', 'crore'].join('|')})`;
/** A figure in words ("Seven hundred and fifty"), left out of the context like a figure in digits. */
const WORDS_FIGURE = new RegExp(`\\b${NUMBER_WORD}(?:(?:[\\s-]+|\\s+and\\s+)${NUMBER_WORD})*\\b`, 'gi');

/** A figure as figuresOf gives it ("5651" for "5,651"). */
const plain = (written: string) => written.replace(/,/g, '');

/**
 * The claim engine's reading of the first figure `figure` (as figuresOf writes it) in
 * `sentence`, read after `previous` as one sentence with every other figure left out; null
 * when it ties the figure to no fact, or reads a date.
 */
export function readFigureInContext(
  sentence: string,
  previous: string,
  figure: string,
  base: FactSource,
  published: string | null,
): Omit<SideClaim, 'sentence'> | null {
  const at = allMatches(sentence, FIGURE).find((m) => plain(m[0]) === figure);
  if (!at || at.index === undefined) return null;
  const lead = previous.trim().replace(/[.!?]["”’]?$/, '');
  const head = lead ? `${lead.replace(FIGURE, '').replace(WORDS_FIGURE, '')}; ` : '';
  // The sentence with its other figures left out; the target's offset moves with them.
  let target = -1;
  const body = sentence.replace(FIGURE, (m, offset: number) => {
    if (offset !== at.index) return '';
    target = head.length + offset - removedBefore(sentence, offset, at.index as number);
    return m;
  });
  const probe = head + body;
  const found = annotateText(probe, {
    matcher: base.matcher,
    wholePage: false,
    factById: base.factById,
    published,
    innerNames: false,
  }).find((r) => r.kind === 'claim' && r.verdict !== null && r.start <= target && r.end > target);
  if (!found || isDate(found.resolved ?? null)) return null;
  const start = at.index;
  const end = Math.min(sentence.length, start + (found.end - target));
  return {
    start,
    end,
    quote: sentence.slice(start, end),
    factId: found.factIds[0] as string,
    verdict: found.verdict as string,
    resolved: found.resolved ?? null,
    record: found.record ?? '',
  };
}

/** Characters of the figures before `offset` in `sentence` other than the one at `keep` (they are left out). */
function removedBefore(sentence: string, offset: number, keep: number): number {
  let n = 0;
  for (const m of allMatches(sentence, FIGURE))
    if ((m.index as number) < offset && m.index !== keep) n += m[0].length;
  return n;
}

/** How many sentences back the context of a changed figure is looked for, one at a time. */
export const CONTEXT_BACK = 3;

/** readFigureInContext after each of the CONTEXT_BACK sentences before sentence `s`, nearest first. */
function readBack(
  text: string,
  sentences: readonly string[],
  facts: readonly (readonly string[])[],
  s: number,
  figure: string,
  base: FactSource,
  published: string | null,
): Omit<SideClaim, 'sentence'> | null {
  const named = (k: number) => (facts[k]?.length ?? 0) > 0;
  for (let k = 1; k <= CONTEXT_BACK && s - k >= 0; k++) {
    // The claim engine ties a figure only to a fact whose words it finds: a context where it
    // found none is not read (most pairs of prose about anything else: no cost).
    if (!named(s) && !named(s - k)) continue;
    const found = readFigureInContext(text, sentences[s - k] as string, figure, base, published);
    if (found) return found;
  }
  return null;
}

/**
 * For a pair whose sentences changed figures `changedA` → `changedB` (in order, as many on
 * each side), the two sides' readings of each changed figure that neither side's claims
 * already cover, when both tie it to the same fact: [A's claim, B's claim] for each.
 * `facts` are the fact ids the claim engine found in each side's sentences.
 */
export function changedFigureClaims(
  pair: { readonly a: number; readonly b: number },
  changed: { readonly a: readonly string[]; readonly b: readonly string[] },
  sentences: { readonly a: readonly string[]; readonly b: readonly string[] },
  covered: { readonly a: readonly SideClaim[]; readonly b: readonly SideClaim[] },
  facts: {
    readonly a: readonly (readonly string[])[];
    readonly b: readonly (readonly string[])[];
  },
  base: FactSource,
  published: { readonly a: string | null; readonly b: string | null },
): [SideClaim, SideClaim][] {
  const out: [SideClaim, SideClaim][] = [];
  if (!changed.a.length || changed.a.length !== changed.b.length) return out;
  const textA = sentences.a[pair.a] as string;
  const textB = sentences.b[pair.b] as string;
  const tied = (claims: readonly SideClaim[], figure: string) =>
    claims.some((c) => (c.quote.match(FIGURE) ?? []).some((f) => plain(f) === figure));
  for (let k = 0; k < changed.a.length; k++) {
    const fa = changed.a[k] as string;
    const fb = changed.b[k] as string;
    if (tied(covered.a, fa) || tied(covered.b, fb)) continue;
    const ra = readBack(textA, sentences.a, facts.a, pair.a, fa, base, published.a);
    if (!ra) continue;
    const rb = readBack(textB, sentences.b, facts.b, pair.b, fb, base, published.b);
    if (!rb || rb.factId !== ra.factId || rb.resolved === ra.resolved) continue;
    out.push([
      { ...ra, sentence: pair.a },
      { ...rb, sentence: pair.b },
    ]);
  }
  return out;
}
