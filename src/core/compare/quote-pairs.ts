/**
 * Quotations compared on their own: the quotations of a pair of sentences, and beyond the
 * pairs, a quotation in A and one in B by the same speaker that share enough words (the
 * same remark, reworded or re-cut by another outlet). Same speaker, different wording is a
 * "changed quote".
 */
import type { Selected } from './align';
import { plainWords, wordDiff } from './diff';
import type { Quoted } from './quotes';
import { tokenize } from './tokens';
import type { QuoteComparison } from './types';

export interface QuoteInfo {
  readonly quoted: readonly (Quoted | null)[];
}

/** Share of words two unpaired quotations must share (Dice) to be the same remark. */
export const SAME_REMARK = 0.35;

const surname = (q: Quoted) => q.speakerName?.split(/\s+/).pop()?.toLowerCase() ?? null;

/** In a pair of sentences: the same speaker, or at most one of them known. */
function sameSpeaker(x: Quoted, y: Quoted): boolean {
  const sx = surname(x);
  const sy = surname(y);
  return !sx || !sy || sx === sy || (x.speaker !== null && x.speaker === y.speaker);
}

const wordsOf = (text: string) => new Set(tokenize(text).map((t) => t.key));

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function comparison(a: number, b: number, x: Quoted, y: Quoted): QuoteComparison {
  const speaker = x.speaker ?? y.speaker;
  const wx = plainWords(x.text);
  const wy = plainWords(y.text);
  const same = wx === wy;
  // Word-boundary containment: " a b " inside " x a b y ".
  const fragment = !same && (` ${wx} `.includes(` ${wy} `) || ` ${wy} `.includes(` ${wx} `));
  return {
    a,
    b,
    speaker,
    speakerName: x.speakerName ?? y.speakerName,
    quoteA: x.text,
    quoteB: y.text,
    changed: !same && !fragment,
    fragment,
    diff: wordDiff(x.text, y.text),
  };
}

/** Quote comparisons keyed "a:b" (sentence indexes). */
export function compareQuotes(
  qa: QuoteInfo,
  qb: QuoteInfo,
  pairs: readonly Selected[],
): Map<string, QuoteComparison> {
  const out = new Map<string, QuoteComparison>();
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const p of pairs) {
    const x = qa.quoted[p.a];
    const y = qb.quoted[p.b];
    if (x && y && sameSpeaker(x, y)) {
      out.set(`${p.a}:${p.b}`, comparison(p.a, p.b, x, y));
      usedA.add(p.a);
      usedB.add(p.b);
    }
  }
  // Beyond the pairs: only quotations whose speakers are known and the same are compared.
  const bySpeaker = new Map<string, { j: number; words: Set<string> }[]>();
  qb.quoted.forEach((y, j) => {
    const s = y && !usedB.has(j) ? surname(y) : null;
    if (!y || !s) return;
    const list = bySpeaker.get(s) ?? [];
    list.push({ j, words: wordsOf(y.text) });
    bySpeaker.set(s, list);
  });
  const options: { a: number; b: number; s: number }[] = [];
  qa.quoted.forEach((x, i) => {
    const s = x && !usedA.has(i) ? surname(x) : null;
    if (!x || !s) return;
    const words = wordsOf(x.text);
    for (const y of bySpeaker.get(s) ?? []) {
      const d = dice(words, y.words);
      if (d >= SAME_REMARK) options.push({ a: i, b: y.j, s: d });
    }
  });
  for (const o of options.sort((p, q) => q.s - p.s)) {
    if (usedA.has(o.a) || usedB.has(o.b)) continue;
    usedA.add(o.a);
    usedB.add(o.b);
    out.set(`${o.a}:${o.b}`, comparison(o.a, o.b, qa.quoted[o.a] as Quoted, qb.quoted[o.b] as Quoted));
  }
  return out;
}
