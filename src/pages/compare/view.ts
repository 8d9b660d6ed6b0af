/**
 * The compare page's view of an engine result (core/compare/types.ts), as plain data: each
 * side's sentences with their partner and state, grouped in paragraphs; and the differences
 * in reading order, which the keyboard and the Next/Previous buttons step through.
 */
import type { CompareResult, DiffOp } from '../../core/compare/types';

export type Side = 'a' | 'b';

/** What a sentence is, seen from its own side (`pending`: its partner is not known yet). */
export type SentenceState = 'identical' | 'changed' | 'only' | 'pending';

export interface SentenceView {
  readonly side: Side;
  readonly index: number;
  readonly text: string;
  readonly paragraph: number;
  /** The partner's index on the other side, or null (only on this side). */
  readonly partner: number | null;
  readonly state: SentenceState;
  /** The pair is out of the order the other pairs keep. */
  readonly moved: boolean;
  /** A date or figure here conflicts with the other article. */
  readonly conflict: boolean;
  /** The pair's word diff (null: identical, unpaired, or not diffed yet). */
  readonly diff: readonly DiffOp[] | null;
}

/** One side's sentences. */
export function sentencesOf(result: CompareResult, side: Side): SentenceView[] {
  const texts = result.sentences[side];
  const paragraphs = result.paragraphs[side];
  const other: Side = side === 'a' ? 'b' : 'a';
  const pairs = new Map(result.pairs.map((p) => [p[side], p]));
  const conflicts = new Set(result.conflicts.map((c) => c[side].sentence));
  // A snapshot from before the pairs were chosen: every sentence is still pending.
  const known = result.pairs.length > 0 || result.onlyA.length > 0 || result.onlyB.length > 0;
  return texts.map((text, index) => {
    const pair = pairs.get(index);
    return {
      side,
      index,
      text,
      paragraph: paragraphs[index] ?? 0,
      partner: pair ? pair[other] : null,
      state: !known ? 'pending' : !pair ? 'only' : pair.identical ? 'identical' : 'changed',
      moved: pair?.moved ?? false,
      conflict: conflicts.has(index),
      diff: pair && !pair.identical && pair.diff.length ? pair.diff : null,
    };
  });
}

/** Sentences grouped by paragraph, in order. */
export function paragraphsOf(sentences: readonly SentenceView[]): SentenceView[][] {
  const out: SentenceView[][] = [];
  let last: number | null = null;
  for (const s of sentences) {
    if (s.paragraph !== last || out.length === 0) out.push([]);
    last = s.paragraph;
    (out[out.length - 1] as SentenceView[]).push(s);
  }
  return out;
}

/** A place where the articles differ: a sentence on one side (a changed pair is listed by its A side). */
export interface Difference {
  readonly side: Side;
  readonly index: number;
  readonly kind: 'only' | 'changed' | 'conflict';
}

/**
 * The differences in reading order: A's order, with each sentence only in B placed after the
 * A partner of the last paired B sentence before it (so B's additions appear where B has them).
 */
export function differencesOf(a: readonly SentenceView[], b: readonly SentenceView[]): Difference[] {
  const keyed: { key: number; sub: number; d: Difference }[] = [];
  for (const s of a) {
    const kind = s.conflict
      ? 'conflict'
      : s.state === 'only'
        ? 'only'
        : s.state === 'changed'
          ? 'changed'
          : null;
    if (kind) keyed.push({ key: s.index, sub: 0, d: { side: 'a', index: s.index, kind } });
  }
  let anchor = -1;
  for (const s of b) {
    if (s.partner !== null) {
      anchor = s.partner;
      // A conflict only B's sentence carries (its pair's A side has none) is still listed.
      const partner = a[s.partner];
      if (s.conflict && partner && !partner.conflict)
        keyed.push({ key: s.partner, sub: 0.25, d: { side: 'b', index: s.index, kind: 'conflict' } });
      continue;
    }
    keyed.push({
      key: anchor,
      sub: 0.5 + s.index / (b.length + 1) / 2,
      d: { side: 'b', index: s.index, kind: s.conflict ? 'conflict' : 'only' },
    });
  }
  return keyed.sort((x, y) => x.key - y.key || x.sub - y.sub).map((k) => k.d);
}

/** The difference after (`step` 1) or before (-1) the one at `current` (-1: none yet), wrapping. */
export function stepDifference(count: number, current: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

/** The DOM id of a sentence (`a-12`). */
export const sentenceId = (side: Side, index: number): string => `${side}-${index}`;
