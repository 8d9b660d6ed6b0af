/**
 * Progressive rendering: how many items to show, growing by `step` per animation frame until
 * `total`, so a long comparison paints its first screen at once and never renders thousands
 * of sentences in one task (each frame's slice stays well under 50 ms).
 */
import { useEffect, useState } from 'preact/hooks';

/** Sentences rendered per frame (measured: a slice of this size renders in a few milliseconds). */
export const SENTENCES_PER_FRAME = 250;

const nextFrame = (fn: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(fn);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(fn, 16);
  return () => clearTimeout(id);
};

/** The number of items to render now; starts again from `step` when `key` changes (a new comparison). */
export function useProgressive(total: number, key: unknown, step = SENTENCES_PER_FRAME): number {
  const [state, setState] = useState({ key, shown: step });
  const shown = Math.min(total, state.key === key ? state.shown : step);
  useEffect(() => {
    if (shown >= total) return;
    return nextFrame(() =>
      setState((s) => ({ key, shown: (s.key === key ? Math.max(s.shown, step) : step) + step })),
    );
  }, [shown, total, step, key]);
  return shown;
}
