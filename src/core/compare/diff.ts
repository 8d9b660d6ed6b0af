/**
 * Word-level diff of two sentences, with jsdiff's `diffWords` (Myers' O(ND) diff over word
 * tokens, whitespace kept with its word): a well-kept library, and it is what editors
 * recognise from git and Wikipedia. Runs are returned as plain data.
 */
import { diffWords } from 'diff';
import { figuresOf } from './tokens';
import type { DiffOp } from './types';

/** The word diff from `a` to `b`, adjacent runs of one kind merged. */
export function wordDiff(a: string, b: string): DiffOp[] {
  // The same text (most pairs of two versions of one article): one run, no diff to compute.
  if (a === b) return a ? [{ op: 'same', text: a }] : [];
  const out: DiffOp[] = [];
  for (const part of diffWords(a, b)) {
    const op: DiffOp['op'] = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = out[out.length - 1];
    if (last && last.op === op) out[out.length - 1] = { op, text: last.text + part.value };
    else if (part.value) out.push({ op, text: part.value });
  }
  return out;
}

/** The words of `s` with case, punctuation and spacing dropped. */
export function plainWords(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Same words, whatever the case, punctuation and spacing. */
export function sameWords(a: string, b: string): boolean {
  return plainWords(a) === plainWords(b);
}

/** Figures in one sentence and not the other (multiset difference, as written). */
export function changedFigures(a: string, b: string): { a: string[]; b: string[] } {
  const fa = figuresOf(a);
  const fb = figuresOf(b);
  const minus = (x: string[], y: string[]) => {
    const left = [...y];
    return x.filter((f) => {
      const k = left.indexOf(f);
      if (k >= 0) left.splice(k, 1);
      return k < 0;
    });
  };
  return { a: minus(fa, fb), b: minus(fb, fa) };
}
