/**
 * A quotation pairs with a quotation, a report with a report (ADR 0022, round 18). One outlet
 * often tells a statement twice, once in its own words ("India on Thursday confirmed that some
 * companies have received licences") and once in the speaker's ("'Yes, we confirm that some
 * companies have received licences,' Jaiswal said"), and so does the other. Both of one side's
 * sentences match both of the other's; the cosine may cross them, pairing each report with the
 * other's quotation. An editor pairs the quotation with the quotation (the words can be
 * compared) and the report with the report. So when two anchors cross forms and the two
 * uncrossed pairs are strong candidates too, they are swapped.
 */
import type { Candidate } from './candidates';
import type { Vector } from './features';
import { splitQuotes } from './quotes';
import { STRONG } from './thresholds';

export type SpeechForm = 'quote' | 'report' | null;

/** Quoted words needed for a quotation (shorter ones are a phrase: scare quotes, a title). */
export const QUOTE_WORDS = 5;

const formCache = new WeakMap<Vector, SpeechForm>();

const wordsIn = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * 'quote' when most of the sentence's words are a quotation of QUOTE_WORDS words or more,
 * 'report' when it quotes nothing (or a short phrase only), null otherwise.
 */
export function speechForm(text: string): SpeechForm {
  const { quotes, rest } = splitQuotes(text);
  const quoted = quotes.reduce((n, q) => n + wordsIn(q), 0);
  if (quoted < QUOTE_WORDS) return quotes.some((q) => wordsIn(q) >= 3) ? null : 'report';
  return quoted >= wordsIn(rest) ? 'quote' : null;
}

export function formOf(v: Vector | undefined): SpeechForm {
  if (!v?.text) return null;
  let f = formCache.get(v);
  if (f === undefined) {
    f = speechForm(v.text);
    formCache.set(v, f);
  }
  return f;
}

/**
 * Swaps two anchors that cross forms (a quotation with a report, and a report with a
 * quotation) when the two pairs of like forms are candidates at STRONG or more; when only one
 * of them is, takes it and leaves the other two sentences free, listed in `left` (ADR 0138).
 * Updates the partner arrays and scores in place; true when a pair moved.
 */
export function preferSameForm(
  sorted: readonly Candidate[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
  partnerA: Int32Array,
  partnerB: Int32Array,
  scoreA: Float64Array,
  left: { a: number[]; b: number[] } = { a: [], b: [] },
): boolean {
  const crosses = (i: number) => {
    const j = partnerA[i] as number;
    if (j < 0) return false;
    const fa = formOf(vectors.a[i]);
    const fb = formOf(vectors.b[j]);
    return !!fa && !!fb && fa !== fb;
  };
  const crossing: number[] = [];
  for (let i = 0; i < partnerA.length; i++) if (crosses(i)) crossing.push(i);
  // The strong candidates by pair (a · |B| + b), gathered when two anchors first cross forms
  // (most comparisons have none or one: no map of every candidate to build; ADR 0068).
  let strong: Map<number, number> | null = null;
  const nB = partnerB.length;
  let moved = false;
  for (const i of crossing)
    for (const k of crossing) {
      const j = partnerA[i] as number;
      const l = partnerA[k] as number;
      if (i === k || !crosses(i) || !crosses(k) || formOf(vectors.a[i]) === formOf(vectors.a[k])) continue;
      if (!strong) {
        strong = new Map();
        for (const c of sorted) if (c.score >= STRONG) strong.set(c.a * nB + c.b, c.score);
      }
      const il = strong.get(i * nB + l);
      const kj = strong.get(k * nB + j);
      if (il === undefined && kj === undefined) continue;
      if (il === undefined || kj === undefined) {
        // Only one pair of like forms is a strong candidate (a quotation with a quotation, the
        // two reports telling other things): it is taken, and the two sentences left over give up
        // their crossed pairs; align.ts lets them take their next anchor (ADR 0138).
        const [x, y, s] = il === undefined ? [k, j, kj as number] : [i, l, il];
        const xo = partnerA[x] as number;
        const yo = partnerB[y] as number;
        partnerA[x] = y;
        partnerB[y] = x;
        scoreA[x] = s;
        partnerB[xo] = -1;
        partnerA[yo] = -1;
        left.a.push(yo);
        left.b.push(xo);
        moved = true;
        continue;
      }
      partnerA[i] = l;
      partnerB[l] = i;
      scoreA[i] = il;
      partnerA[k] = j;
      partnerB[j] = k;
      scoreA[k] = kj;
      moved = true;
    }
  // One anchor that crosses forms, alone, whose report is the writer's own account (no one is
  // reported saying it): it takes another such account still free, when that is an anchor too
  // ("Modi and Xi held their first formal talks in five years" with "Modi and Xi met in Kazan …,
  // in their first structured meeting since 2019", not with "'We are having a formal meeting
  // after 5 years,' Modi said"). The writer's account pairs with the writer's account; the
  // speaker's words are his. A remark told in reported speech stays with its quotation (round 20).
  for (const i of crossing) {
    if (!crosses(i)) continue;
    const j = partnerA[i] as number;
    const reportA = formOf(vectors.a[i]) === 'report';
    if (!writersOwn(reportA ? vectors.a[i] : vectors.b[j])) continue;
    for (const c of sorted) {
      if (c.score < STRONG) break;
      const other = reportA
        ? c.a === i && c.b !== j && partnerB[c.b] === -1 && writersOwn(vectors.b[c.b])
        : c.b === j && c.a !== i && partnerA[c.a] === -1 && writersOwn(vectors.a[c.a]);
      if (!other) continue;
      partnerA[i] = -1;
      partnerB[j] = -1;
      partnerA[c.a] = c.b;
      partnerB[c.b] = c.a;
      scoreA[c.a] = c.score;
      moved = true;
      break;
    }
  }
  return moved;
}

/** A verb or phrase that reports someone saying something. */
const SAYING = /\b(?:said|says|say|told|tells|added|adds|stated|announced|according to|quoted)\b/i;

/** A report that reports no one saying it: the writer's own account. */
export function writersOwn(v: Vector | undefined): boolean {
  return formOf(v) === 'report' && !SAYING.test(v?.text ?? '');
}
