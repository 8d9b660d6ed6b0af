/**
 * The worker's fact base. The worker is stateless (it may be stopped at any moment): the
 * base is built on first need after each wake, from the bundle and the compiled matcher
 * index the build ships, and kept only for the worker's lifetime. Building is cheap (no
 * compile: the index is bundled), so a woken worker answers its first page quickly.
 */
import matcherIndexJson from 'virtual:gloss/matcher-index';
import { BUNDLED_PACKS } from '../../core/facts/bundled';
import { buildFactBase, type FactBase } from '../../core/facts/factbase';
import type { MatcherIndex } from '../../core/match/terms';

let current: FactBase | null = null;

/** The fact base for this worker's lifetime (bundled base; user packs join it via `setFactBase`). */
export function factBase(): FactBase {
  current ??= buildFactBase(BUNDLED_PACKS, { index: JSON.parse(matcherIndexJson) as MatcherIndex });
  return current;
}

/** Replaces the base (user packs changed); the next request uses the new one. */
export function setFactBase(base: FactBase): void {
  current = base;
}
