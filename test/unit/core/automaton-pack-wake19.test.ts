/**
 * The bundled matcher's automaton packed into one base64 text (ADR 0048, round 19): the worker's index,
 * unpacked, is the compiled index, and a matcher over it finds exactly what one over the plain arrays finds.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledBase } from '../../../src/background/engine/factbase';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { type AutomatonData, buildAutomaton } from '../../../src/core/match/automaton';
import {
  packAutomaton,
  packIndex,
  unpackAutomaton,
  unpackIndex,
} from '../../../src/core/match/automaton-pack';
import { compileMatcher, Matcher, type MatcherIndex } from '../../../src/core/match/terms';

const index = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.facts));

/** Each array of an automaton as a plain array (typed or not). */
const plain = (a: AutomatonData) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)]));

const TEXTS = [
  'Indian and Chinese troops clashed in the Galwan Valley in June 2020, and 20 Indian soldiers died.',
  'China banned urea exports in 2024; the urea export ban hit farmers in India.',
  'Nothing here names anything the fact base knows about.',
];

describe('packAutomaton / unpackAutomaton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('unpacks to the same arrays it packed (the bundled index and a small one)', () => {
    for (const automaton of [index.automaton, buildAutomaton(['he', 'she', 'his', 'hers', ''])]) {
      const packed = packAutomaton(automaton);
      expect(packed).not.toBeNull();
      expect(plain(unpackAutomaton(packed as NonNullable<typeof packed>))).toEqual(plain(automaton));
    }
  });

  it('decodes the same without a native base64 decoder and without atob', () => {
    const packed = packAutomaton(index.automaton) as NonNullable<ReturnType<typeof packAutomaton>>;
    const expected = plain(index.automaton);
    vi.stubGlobal('atob', undefined);
    expect(plain(unpackAutomaton(packed))).toEqual(expected);
  });

  it('leaves an automaton whose values do not fit in 16 bits unpacked', () => {
    const big = { ...index.automaton, edgeTo: [...Array.from(index.automaton.edgeTo), 40_000] };
    expect(packAutomaton(big)).toBeNull();
    const wide: MatcherIndex = { ...index, automaton: big };
    expect(packIndex(wide)).toBe(wide);
    expect(unpackIndex(packIndex(wide))).toBe(wide);
  });

  it('throws on a packed text whose length does not match its arrays', () => {
    const packed = packAutomaton(index.automaton) as NonNullable<ReturnType<typeof packAutomaton>>;
    expect(() => unpackAutomaton({ ...packed, lengths: [...packed.lengths.slice(0, 6), 1] })).toThrow(
      /length/,
    );
  });
});

describe("the worker's bundled index (shipped packed)", () => {
  it('is the compiled index of the bundled packs, its automaton packed in the JSON text', () => {
    const shipped = (bundledBase().index as () => MatcherIndex)();
    expect({ ...shipped, automaton: plain(shipped.automaton) }).toEqual({
      ...index,
      automaton: plain(index.automaton),
    });
    // Through JSON, as the build ships it.
    const viaJson = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));
    expect(plain(viaJson.automaton)).toEqual(plain(index.automaton));
  });

  it('finds the same terms, positions and ends as a matcher over the plain arrays', () => {
    const packedMatcher = new Matcher(unpackIndex(JSON.parse(JSON.stringify(packIndex(index)))));
    const plainMatcher = new Matcher(index);
    for (const text of TEXTS) {
      const a = packedMatcher.analyze(text);
      const b = plainMatcher.analyze(text);
      expect(a).toEqual(b);
    }
    expect(plainMatcher.analyze(TEXTS[0] as string).terms.length).toBeGreaterThan(0);
  });
});
