/**
 * The worker's fact base. The worker is stateless (it may be stopped at any moment): the
 * base is built on first need after each wake (`WorkerFactBase`, owned by background/index.ts), from the bundled packs and the compiled matcher
 * index the build ships, and kept only for the worker's lifetime. Building is cheap (no
 * compile: the index is bundled), so a woken worker answers its first page quickly.
 *
 * Both come as JSON text (virtual modules of scripts/vite/fact-base-plugin.ts), parsed here when
 * first needed: the worker's start, on every wake, only scans two string literals instead of
 * evaluating the facts as an object literal (ADR 0024).
 */
import packsJson from 'virtual:gloss/bundled-packs';
import gateJson from 'virtual:gloss/gate-vocabulary';
import matcherIndexJson from 'virtual:gloss/matcher-index';
import { buildFactBase, type FactBase } from '../../core/facts/factbase';
import type { FactPack } from '../../core/facts/schema';
import { type GateVocabularyData, gateVocabularyFrom } from '../../core/gate';
import { type MaybePackedIndex, unpackIndex } from '../../core/match/automaton-pack';
import type { MatcherIndex } from '../../core/match/terms';
import type { BundledBase } from '../../storage/factbase';
import { giveGateVocabulary } from './gate';

/** The build's compiled index of the bundled packs, its automaton shipped packed (ADR 0048, round 19). */
function bundledIndex(): MatcherIndex {
  return unpackIndex(JSON.parse(matcherIndexJson) as MaybePackedIndex);
}

/** The bundled packs and their compiled index, parsed from the build's JSON at each call. */
export function bundledBase(): BundledBase {
  return {
    packs: JSON.parse(packsJson) as FactPack[],
    index: bundledIndex,
  };
}

/**
 * The bundled base alone, built from the build's JSON (no compile: the index is bundled). Built from the
 * build's own packs, its gate vocabulary is the build's too (ADR 0033), parsed when the gate first asks.
 * Its packs' JSON is parsed when something first reads the facts, not for the gate, which needs only the
 * matcher (ADR 0048): a woken worker parses it while its probe is injected (`prepareFacts`).
 */
export function bundledFactBase(bundled?: BundledBase): FactBase {
  if (bundled) return buildFactBase(bundled.packs, { index: bundled.index });
  const base = buildFactBase(() => JSON.parse(packsJson) as FactPack[], {
    index: bundledIndex,
  });
  giveGateVocabulary(base, () =>
    gateVocabularyFrom(base.matcher, JSON.parse(gateJson) as GateVocabularyData),
  );
  return base;
}

/**
 * Makes `base`'s facts ready (the bundled packs' JSON parsed and merged, if not yet): called while the
 * worker waits anyway (its probe being injected, ADR 0048), so the probe's answer does not wait for it.
 */
export function prepareFacts(base: FactBase): void {
  void base.facts;
}

/**
 * The fact base for one worker's lifetime, as a value the worker's entry owns and passes to its
 * handlers (issue #8: no module-level singleton). Built on first need; the reader's packs replace
 * it (`set`) when they are loaded on a wake or changed in the options page.
 */
export class WorkerFactBase {
  private current: FactBase | null = null;

  constructor(private readonly build: () => FactBase = () => bundledFactBase()) {}

  /** The base: the bundled one, built on the first call, until `set` replaces it. */
  get(): FactBase {
    this.current ??= this.build();
    return this.current;
  }

  /** Replaces the base (the reader's packs were loaded); the next request uses the new one. */
  set(base: FactBase): void {
    this.current = base;
  }
}
