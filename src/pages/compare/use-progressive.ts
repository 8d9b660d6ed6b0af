/**
 * Progressive rendering with a bounded amount of work per frame. The columns are cut into
 * blocks of whole paragraphs (about SENTENCES_PER_BLOCK sentences); the page shows the blocks
 * it has reconciled so far and, each animation frame, brings one more block up to date: the
 * first screen paints at once, and neither a 50 000-word article nor a new snapshot of the
 * comparison (which touches every sentence) is ever rendered in one task.
 */
import { useEffect, useState } from 'preact/hooks';

/** Sentences per block (measured: a block renders in a few milliseconds, well under 50). */
export const SENTENCES_PER_BLOCK = 200;

/** Groups of items whose sizes add up to about `size` (groups are never split). */
export function blocksOf<T>(groups: readonly (readonly T[])[], size = SENTENCES_PER_BLOCK): T[][][] {
  const out: T[][][] = [];
  let current: T[][] = [];
  let count = 0;
  for (const g of groups) {
    current.push([...g]);
    count += g.length;
    if (count >= size) {
      out.push(current);
      current = [];
      count = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

const nextFrame = (fn: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(fn);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(fn, 16);
  return () => clearTimeout(id);
};

/**
 * The blocks to render now: those already brought up to date, and the old version of the
 * rest (none at first). One block is replaced per frame, in order, until all are current.
 */
export function useSlicedBlocks<B>(blocks: readonly B[]): readonly B[] {
  const [shown, setShown] = useState<readonly B[]>(() => blocks.slice(0, 1));
  useEffect(() => {
    let k = 0;
    while (k < blocks.length && shown[k] === blocks[k]) k++;
    if (k >= blocks.length && shown.length === blocks.length) return;
    return nextFrame(() =>
      setShown((current) => {
        const next = current.slice(0, blocks.length);
        let i = 0;
        while (i < blocks.length && next[i] === blocks[i]) i++;
        if (i < blocks.length) next[i] = blocks[i] as B;
        return next;
      }),
    );
  }, [blocks, shown]);
  // Fewer blocks than shown (a shorter article): never render past the end.
  return shown.length > blocks.length ? shown.slice(0, blocks.length) : shown;
}
