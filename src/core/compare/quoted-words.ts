/**
 * One remark quoted in the same words on both sides pairs with itself (ADR 0075). A speaker's
 * remark is often told twice on one side, in the writer's words ("Jaiswal said New Delhi had not
 * yet assessed what the arrangement meant") and in the speaker's ('"We have yet to look at it,"
 * Jaiswal added'), and quoted on the other; the cosine may give the quotation to the report, whose
 * speaker and topic it shares. An editor pairs the quotation with the sentence that quotes the
 * same words. So an anchor whose quotation the partner does not repeat gives way to a strong
 * candidate, still free, that quotes a run of the same words.
 */
import type { Candidate } from './candidates';
import type { Vector } from './features';
import { splitQuotes } from './quotes';
import { STRONG } from './thresholds';

/** Consecutive words two quotations share to be one quotation (speech-form.ts QUOTE_WORDS). */
export const SAME_QUOTE_RUN = 5;

const OPENS = /^\s*[“"]/;
const QUOTE_MARK = /[“”"]/;
const NO_RUNS: ReadonlySet<string> = new Set();
const CLOSES = /[”"]\s*[,.;:]?\s*(?:\S.*)?$/;

const runsCache = new WeakMap<Vector, ReadonlySet<string>>();

/**
 * The runs of SAME_QUOTE_RUN words of a sentence's quotations, lower-cased: its quoted passages,
 * and a quotation the splitter cut in two (a sentence that opens a quotation it does not close,
 * or closes one it did not open: '"We have yet to look at it.' / 'We will come back to you," he said.').
 */
export function quotedRuns(text: string): ReadonlySet<string> {
  // Most sentences quote nothing: no scan.
  if (!QUOTE_MARK.test(text)) return NO_RUNS;
  const passages = [...splitQuotes(text).quotes];
  const marks = (text.match(/[“”"]/g) ?? []).length;
  if (marks % 2 === 1) {
    if (OPENS.test(text)) passages.push(text.replace(OPENS, ''));
    else if (CLOSES.test(text)) passages.push(text.slice(0, text.search(/[”"]/)));
  }
  const out = new Set<string>();
  for (const p of passages) {
    const words = p.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];
    for (let k = 0; k + SAME_QUOTE_RUN <= words.length; k++)
      out.add(words.slice(k, k + SAME_QUOTE_RUN).join(' '));
  }
  return out;
}

function runsOf(v: Vector | undefined): ReadonlySet<string> {
  if (!v?.text) return NO_RUNS;
  let r = runsCache.get(v);
  if (!r) {
    r = quotedRuns(v.text);
    runsCache.set(v, r);
  }
  return r;
}

/** The two sentences quote a run of SAME_QUOTE_RUN words in common. */
export function quoteSameWords(a: Vector | undefined, b: Vector | undefined): boolean {
  const ra = runsOf(a);
  if (!ra.size) return false;
  const rb = runsOf(b);
  if (!rb.size) return false;
  for (const r of ra) if (rb.has(r)) return true;
  return false;
}

/**
 * Moves an anchor whose quotation its partner does not repeat to a strong candidate (STRONG or
 * more), free, that repeats it (see the file comment); A's side first, then B's. Updates the
 * partner arrays and scores in place; true when a pair moved.
 */
export function preferSameQuote(
  sorted: readonly Candidate[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
  partnerA: Int32Array,
  partnerB: Int32Array,
  scoreA: Float64Array,
): boolean {
  let moved = false;
  for (const c of sorted) {
    if (c.score < STRONG) break;
    const j = partnerA[c.a] as number;
    const i = partnerB[c.b] as number;
    // One side of the candidate is anchored elsewhere, the other is free.
    if (j >= 0 === i >= 0 || j === c.b) continue;
    const quoting = j >= 0 ? vectors.a[c.a] : vectors.b[c.b];
    if (!runsOf(quoting).size) continue;
    const other = j >= 0 ? vectors.b[j] : vectors.a[i];
    if (quoteSameWords(quoting, other)) continue;
    if (!quoteSameWords(vectors.a[c.a], vectors.b[c.b])) continue;
    if (j >= 0) partnerB[j] = -1;
    else partnerA[i] = -1;
    partnerA[c.a] = c.b;
    partnerB[c.b] = c.a;
    scoreA[c.a] = c.score;
    moved = true;
  }
  return moved;
}
