/**
 * The first gate's vocabulary for a fact base (ADR 0021), derived once per base: a new base
 * (the reader's packs changed) gets its own, so a pack's aliases open the gate at once. The
 * bundled base's comes with the build (ADR 0033): given here, parsed on first use.
 */
import type { FactBase } from '../../core/facts/factbase';
import { type GateVocabulary, gateVocabulary } from '../../core/gate';

const vocabularies = new WeakMap<FactBase, GateVocabulary>();
const given = new WeakMap<FactBase, () => GateVocabulary>();

/** `base`'s vocabulary will be `make()` (the build's, for the bundled base) instead of derived. */
export function giveGateVocabulary(base: FactBase, make: () => GateVocabulary): void {
  given.set(base, make);
}

/** The vocabulary of `base`, built on its first use. */
export function gateVocabularyOf(base: FactBase): GateVocabulary {
  let vocabulary = vocabularies.get(base);
  if (!vocabulary) {
    vocabulary = given.get(base)?.() ?? gateVocabulary(base);
    vocabularies.set(base, vocabulary);
  }
  return vocabulary;
}
