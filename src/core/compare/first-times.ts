/**
 * Two "first time" sentences of two happenings (ADR 0022, round 31). A cleft "It is the first
 * time (since 1975) (that) X" tells X, a happening counted as a first: "It is the first time China
 * has officially released details of casualties" and "It was the first time since 1975 that
 * soldiers had been killed in a clash on the border" share the frame and the story's names, and
 * tell two firsts. Refused: both sentences are such clefts and their happenings share no word
 * (names of persons and places and the frame aside).
 */
import type { Vector } from './features';
import { tokenize } from './tokens';

/** "(It|This) (is|was|marks) the first time (since …) (that) X". */
const CLEFT =
  /\b(?:it|this|that)\s+(?:is|was|marks|marked|would be|will be)\s+the\s+first\s+time\b(?:\s+(?:since|in)\s+[^,]*?)?(?:\s+(?:that|when))?\s+(.+)$/i;
/** Words of the frame, never the happening. */
const FRAME = new Set(['first', 'time', 'ever', 'since', 'year', 'decade']);

const cache = new WeakMap<Vector, ReadonlySet<string> | null>();

function happeningOf(v: Vector): ReadonlySet<string> | null {
  let h = cache.get(v);
  if (h === undefined) {
    const m = CLEFT.exec(v.text ?? '');
    h = null;
    if (m) {
      const clause = m[1] as string;
      // Names (capitalised words: "China", "India-China") are the story's, not the happening.
      const names = new Set(tokenize((clause.match(/\b[A-Z][\p{L}-]*/gu) ?? []).join(' ')).map((t) => t.key));
      const keys = new Set<string>();
      for (const t of tokenize(clause))
        if (t.kind === 'word' && !FRAME.has(t.key) && !names.has(t.key) && !/^#/.test(t.key)) keys.add(t.key);
      h = keys.size ? keys : null;
    }
    cache.set(v, h);
  }
  return h;
}

/** Both sentences count a first, and their happenings share no word (see the file comment). */
export function twoFirsts(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const hx = happeningOf(x);
  const hy = happeningOf(y);
  if (!hx || !hy) return false;
  for (const k of hx) if (hy.has(k)) return false;
  return true;
}
