/**
 * A fact base whose packs are given as a function (ADR 0048): the packs are read and merged when
 * something first reads the facts, so a woken worker's gate (which needs only the matcher) runs before
 * the bundled packs' JSON is parsed. The base is the same as one built from the packs at once.
 */
import { describe, expect, it } from 'vitest';
import { gateVocabularyOf } from '../../../src/background/engine/gate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { annotateWith, buildFactBase } from '../../../src/core/facts/factbase';
import type { FactPack } from '../../../src/core/facts/schema';
import { passesGate } from '../../../src/core/gate';
import { compileMatcher } from '../../../src/core/match/terms';
import { testFact } from '../../support/facts';

const index = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.facts));

/** The bundled packs behind a function that counts its calls. */
function counted() {
  const calls = { n: 0 };
  const packs = () => {
    calls.n += 1;
    return BUNDLED_PACKS;
  };
  return { calls, packs };
}

describe('buildFactBase with packs read on first use', () => {
  it("reads no pack for the matcher or the gate's vocabulary, and the packs once when the facts are read", () => {
    const { calls, packs } = counted();
    const base = buildFactBase(packs, { index: () => index });
    expect(passesGate(gateVocabularyOf(base), 'Clashes in the Galwan Valley', 'https://x.example/')).toBe(
      true,
    );
    expect(calls.n).toBe(0);
    expect(base.factById('event.galwan-clash')?.id).toBe('event.galwan-clash');
    expect(calls.n).toBe(1);
    void base.facts;
    void base.version;
    void base.card.lang;
    expect(calls.n).toBe(1);
  });

  it('is the base built from the same packs at once', () => {
    const lazy = buildFactBase(counted().packs, { index: () => index });
    const eager = buildFactBase(BUNDLED_PACKS, { index: () => index });
    expect([...lazy.facts.keys()]).toEqual([...eager.facts.keys()]);
    expect(lazy.version).toBe(eager.version);
    expect(lazy.lang).toBe(eager.lang);
    expect(lazy.packs).toEqual(eager.packs);
    expect(lazy.provenance).toEqual(eager.provenance);
    expect(lazy.card.lang).toBe(eager.card.lang);
    const text = 'Troops clashed in the Galwan Valley in June 2020, and 20 Indian soldiers died.';
    expect(annotateWith(lazy, text, '2025-06-15')).toEqual(annotateWith(eager, text, '2025-06-15'));
  });

  it('merges by the same-id rule, and reports a pack given twice when the facts are first read', () => {
    const pack = (id: string, facts: FactPack['facts'], overrides?: string[]): FactPack => ({
      schemaVersion: 1,
      id,
      version: '1.0.0',
      title: id,
      lang: 'en',
      facts,
      ...(overrides ? { overrides } : {}),
    });
    const a = pack('a', [testFact('place.x', [{ text: 'X' }])]);
    const b = pack('b', [testFact('place.x', [{ text: 'Y' }]), testFact('place.z', [{ text: 'Z' }])]);
    const lazy = buildFactBase(() => [a, b]);
    expect(lazy.conflicts).toEqual(buildFactBase([a, b]).conflicts);
    expect(lazy.card.provenance('place.z')).toBe('b@1.0.0');
    expect(lazy.card.packTitle?.('place.z')).toBe('b');
    const twice = buildFactBase(() => [a, a]);
    expect(() => twice.facts).toThrow('fact pack "a" is loaded twice');
    expect(() => buildFactBase([a, a])).toThrow('fact pack "a" is loaded twice');
  });
});
