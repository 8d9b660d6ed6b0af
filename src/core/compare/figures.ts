/**
 * Figures as evidence in the selection (align.ts): a figure goes with the sentence that gives
 * it (ADR 0022, seventh round), and a quantity decides which half of a joined sentence a
 * partner carries (eighth round).
 */

import { MONTH_NAMES } from '../claims/words';
import { minorKeysOf, type Vector } from './features';
import { otherKindOfFigure } from './figure-units';
import { halves } from './splits';
import { WEAK } from './thresholds';
import { tokenize } from './tokens';

/**
 * A split decided by a quantity (ADR 0022, eighth round): of two partners that each match a
 * half of one sentence (splits.ts `halves`), the one that gives the same quantity of the fact
 * base as the sentence (a figure the claim engine tied to it) carries its claim when the other
 * gives none ("Twenty Indian troops, including a commanding officer, died…": the sentence
 * with twenty dead, not the one naming the officer). 2 for `theirs`, null when quantities do
 * not decide. A bare shared number is no such evidence: "eight months after", "No. 18" moved
 * three right pairs when tried.
 */
export function quantityChoice(whole: Vector, mine: Vector, theirs: Vector): 2 | null {
  if (!sharesQuantity(whole, theirs) || sharesQuantity(whole, mine)) return null;
  if (figuresInMinorPart(whole, theirs)) return null;
  return halves(whole, mine, theirs) ? 2 : null;
}

/**
 * Every number `whole` shares with `part` lies in a minor part of `whole` (clauses.ts): a
 * quantity told in passing ("Direct flights resumed on Sunday after a gap of five years") is
 * not the sentence's claim, so it does not decide its split (round 20).
 */
function figuresInMinorPart(whole: Vector, part: Vector): boolean {
  const minor = minorKeysOf(whole);
  let any = false;
  for (const k of whole.w.keys()) {
    if (!k.startsWith('#') || !part.w.has(k)) continue;
    if (!minor.has(k)) return false;
    any = true;
  }
  return any;
}

/** The two share a figure the claim engine tied to one quantity of the fact base. */
function sharesQuantity(x: Vector, y: Vector): boolean {
  for (const k of x.w.keys()) if (k.startsWith('f:quantity.') && y.w.has(k)) return true;
  return false;
}

/** A figure as a feature: a share rounded ("~70%"), or a number that is neither a day nor a year. */
export function isFigureKey(k: string): boolean {
  if (k.startsWith('~')) return true;
  if (!k.startsWith('#')) return false;
  const n = Number(k.slice(1));
  return !(Number.isInteger(n) && ((n >= 1 && n <= 31) || (n >= 1900 && n <= 2100)));
}
/**
 * `x` and `y` share a figure (isFigureKey: not a day, not a year) found in no other sentence of
 * either article ("5,561 people had applied" / "As many as 5,561 applicants"): as specific as a
 * day of a month (evidence.ts sharedUniqueDate), so such a pair may stand out of order (round 16).
 * Not when the number counts another kind of thing on each side (figure-units.ts, round 43).
 */
export function sharedUniqueFigure(x: Vector, y: Vector, unique: (key: string) => boolean): boolean {
  for (const k of x.w.keys())
    if (isFigureKey(k) && y.w.has(k) && unique(k) && !otherKindOfFigure(x.text ?? '', y.text ?? '', k))
      return true;
  return false;
}

/** A month's name or abbreviation, as a day is written beside it ("June 15", "15 June", "Oct. 9"). */
const MONTH = `(?:${MONTH_NAMES})\\.?`;
/** A day beside its month, alone or in a range ("June 15-16", "15-16 June"), or a clock time ("10:15"). */
const DAY_OR_TIME = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\b|\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![a-z])|\\b(\\d{1,2}):(\\d{2})\\b`,
  'gi',
);
/** A cardinal after a definite determiner: a group named already ("the four", "their 20 soldiers"). */
const REFERRED = /\b(?:the|these|those|their|our|its)\s+([a-z]+|\d+)\b(?![-–]|\s*(?:st|nd|rd|th)\b)/gi;
const countCache = new WeakMap<Vector, ReadonlySet<string>>();

/**
 * The figures of `v` (isFigureKey) and its counts from 3 to 31: a number of that size is a day only
 * when it is written beside a month ("June 15", "15-16 June") or is a clock time ("12:30 IST"), and a
 * cardinal after a definite determiner refers to a group named already ("honours on the four"); else
 * it counts ("20 soldiers", "Twenty Indian troops", "14 batches"). Two and one are left out ("the
 * two sides" names a pair, not a count), and so is a day read from "on Monday" (Vector.resolved).
 */
export function countsOf(v: Vector): ReadonlySet<string> {
  let out = countCache.get(v);
  if (out) return out;
  const days = new Set<number>();
  for (const m of (v.text ?? '').matchAll(DAY_OR_TIME))
    for (const g of m.slice(1)) if (g !== undefined) days.add(Number(g));
  for (const m of (v.text ?? '').matchAll(REFERRED)) {
    const word = m[1] as string;
    if (/(?:st|nd|rd|th)$/i.test(word)) continue;
    const t = tokenize(word, [])[0];
    if (t?.kind === 'number') days.add(Number(t.key.slice(1)));
  }
  const counts = new Set<string>();
  for (const k of v.w.keys()) {
    if (isFigureKey(k)) counts.add(k);
    else if (/^#\d+$/.test(k) && !v.resolved?.has(k)) {
      const n = Number(k.slice(1));
      if (n >= 3 && n <= 31 && !days.has(n)) counts.add(k);
    }
  }
  out = counts;
  countCache.set(v, out);
  return out;
}

/** The two share a figure or a count (countsOf): each gives it as a figure, not as a day. */
function sharesCount(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x || !y) return false;
  const cy = countsOf(y);
  for (const k of countsOf(x)) if (cy.has(k)) return true;
  return false;
}

/** "the two" before a noun ("the two countries", "our two nations"; not "the two-day", "the two of them"). */
const PAIR_REFERENCE = /\b(?:the|our|their|these|those) two (?!hundred|thousand|million|billion|of\b)[a-z]/i;

/**
 * A weak candidate that stands on a shared "the two" (ADR 0154): both sentences name a pair already
 * named ("the two countries agreed …" / "The two sides agreed to set up an expert group"), which the
 * tokens read as the number 2, and without that number the two fall below WEAK. "The two" is who, as
 * "both" is (a function word); it is no figure both give, so it makes no pair of two sentences that
 * share only a topic's word or two besides. The number stays a feature (it scores, and it is a real
 * count elsewhere): only the weak passes ask this.
 */
export function pairReferenceOnly(c: { readonly score: number }, a: Vector, b: Vector): boolean {
  const x = a.w.get('#2');
  const y = b.w.get('#2');
  if (x === undefined || y === undefined || !a.norm || !b.norm) return false;
  if (!PAIR_REFERENCE.test(a.text ?? '') || !PAIR_REFERENCE.test(b.text ?? '')) return false;
  return c.score - (x * y) / (a.norm * b.norm) < WEAK;
}

/** The two sentences share a figure (isFigureKey). */
export function sharesFigure(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x || !y) return false;
  for (const k of x.w.keys()) if (isFigureKey(k) && y.w.has(k)) return true;
  return false;
}
/**
 * A weak candidate that shares no figure while one of its sentences has another candidate
 * that does ("That gives Beijing a 69% share of mined supply": "That is nearly 70% of the
 * total", not "Here is what the numbers say about Beijing's hold on the supply chain"): a
 * figure is specific where a topic's words are not, so the sentence is left for the partner
 * that gives its figure (ADR 0022, seventh round). Weak candidates only: an anchor stands.
 * A count of 3 to 31 is such a figure when it is not a day (countsOf, ADR 0154): "Twenty Indian
 * soldiers … lost their lives in the June 15 clash" goes with "India lost 20 soldiers", not with
 * "The brawl on the night of June 15-16 was the deadliest in decades", whose date is the event's.
 */
export function figureRivalled(
  c: { readonly a: number; readonly b: number },
  figures: FigureSentences,
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
): boolean {
  if (!figures.a.has(c.a) && !figures.b.has(c.b)) return false;
  return !sharesCount(vectors.a[c.a], vectors.b[c.b]);
}

/** The sentences of A and of B that have a candidate sharing a figure with them. */
export interface FigureSentences {
  readonly a: ReadonlySet<number>;
  readonly b: ReadonlySet<number>;
}

/** FigureSentences of the candidates (one pass). */
export function figureSentences(
  candidates: readonly { readonly a: number; readonly b: number }[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
): FigureSentences {
  const a = new Set<number>();
  const b = new Set<number>();
  for (const c of candidates)
    if (sharesCount(vectors.a[c.a], vectors.b[c.b])) {
      a.add(c.a);
      b.add(c.b);
    }
  return { a, b };
}
