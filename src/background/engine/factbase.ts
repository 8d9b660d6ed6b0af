/**
 * The worker's fact base. The worker is stateless (it may be stopped at any moment): the
 * base is built on first need after each wake, from the bundled packs and the compiled matcher
 * index the build ships, and kept only for the worker's lifetime. Building is cheap (no
 * compile: the index is bundled), so a woken worker answers its first page quickly.
 *
 * Both come as JSON text (virtual modules of scripts/vite/fact-base-plugin.ts), parsed here when
 * first needed: the worker's start, on every wake, only scans two string literals instead of
 * evaluating the facts as an object literal (ADR 0024).
 */
import packsJson from 'virtual:gloss/bundled-packs';
import matcherIndexJson from 'virtual:gloss/matcher-index';
import { buildFactBase, type FactBase } from '../../core/facts/factbase';
import type { FactPack } from '../../core/facts/schema';
import type { MatcherIndex } from '../../core/match/terms';
import type { BundledBase } from '../../storage/factbase';

/** The bundled packs and their compiled index, parsed from the build's JSON at each call. */
export function bundledBase(): BundledBase {
  return {
    packs: JSON.parse(packsJson) as FactPack[],
    index: () => JSON.parse(matcherIndexJson) as MatcherIndex,
  };
}

let current: FactBase | null = null;

/** The fact base for this worker's lifetime (bundled base; user packs join it via `setFactBase`). */
export function factBase(): FactBase {
  if (!current) {
    const bundled = bundledBase();
    current = buildFactBase(bundled.packs, { index: bundled.index });
  }
  return current;
}

/** Replaces the base (user packs changed); the next request uses the new one. */
export function setFactBase(base: FactBase): void {
  current = base;
}
