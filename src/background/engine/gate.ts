/**
 * The first gate's vocabulary for a fact base (ADR 0021), derived once per base: a new base
 * (the reader's packs changed) gets its own, so a pack's aliases open the gate at once.
 */
import type { FactBase } from '../../core/facts/factbase';
import { type GateVocabulary, gateVocabulary } from '../../core/gate';

const vocabularies = new WeakMap<FactBase, GateVocabulary>();

/** The vocabulary of `base`, built on its first use. */
export function gateVocabularyOf(base: FactBase): GateVocabulary {
  let vocabulary = vocabularies.get(base);
  if (!vocabulary) {
    vocabulary = gateVocabulary(base);
    vocabularies.set(base, vocabulary);
  }
  return vocabulary;
}
