import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { compileMatcher, Matcher, selectLongestNonOverlapping } from '../../../src/core/match/terms';
import { testFact } from '../../support/facts';

const fact = testFact;

const index = compileMatcher([
  fact('galwan', [{ text: 'Galwan' }, { text: 'Galwan Valley' }]),
  fact('lac', [{ text: 'Line of Actual Control' }, { text: 'LAC', caseSensitive: true }]),
  fact('mea', [{ text: 'Ministry of External Affairs' }]),
]);

describe('Matcher.find', () => {
  it('prefers the longest alias where aliases overlap', () => {
    const text = 'A clash in the Galwan Valley followed.';
    const [m] = new Matcher(index).find(text);
    expect(m && text.slice(m.start, m.end)).toBe('Galwan Valley');
  });

  it('matches whole words only', () => {
    expect(new Matcher(index).find('Galwanisation and BLACK')).toEqual([]);
  });

  it('matches case-sensitive acronyms exactly (LAC, not "lac")', () => {
    const text = 'along the LAC, not the lac of a lake';
    const found = new Matcher(index).find(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['LAC']);
  });

  it('matches across typographic variants and line breaks inside a block', () => {
    const text = 'the line of  actual\u00a0control and the MINISTRY OF EXTERNAL AFFAIRS';
    const found = new Matcher(index).find(text);
    expect(found.map((m) => m.factId)).toEqual(['lac', 'mea']);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('line of  actual\u00a0control');
  });

  it('never matches across a paragraph break', () => {
    expect(new Matcher(index).find('the Galwan\nValley').map((m) => m.alias)).toEqual(['Galwan']);
  });

  it('returns sorted, non-overlapping matches whose offsets slice to the alias text', () => {
    const text = 'Galwan, LAC, Galwan Valley; Line of Actual Control (LAC).';
    const found = new Matcher(index).find(text);
    for (let i = 1; i < found.length; i++)
      expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
    expect(found.length).toBe(5);
  });

  it('keeps the longest of overlapping candidates', () => {
    const kept = selectLongestNonOverlapping([
      { start: 0, end: 6, factId: 'a', alias: 'a' },
      { start: 0, end: 13, factId: 'b', alias: 'b' },
      { start: 14, end: 20, factId: 'c', alias: 'c' },
    ]);
    expect(kept.map((m) => m.factId)).toEqual(['b', 'c']);
  });
});

describe('the starter fact base on the seed articles', () => {
  const base = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.facts));
  for (const seed of ['coverage-a', 'coverage-b']) {
    it(`finds the LAC, MEA and Kazan in ${seed}`, () => {
      const text = readFileSync(new URL(`../../fixtures/seeds/${seed}.txt`, import.meta.url), 'utf8');
      const ids = new Set(new Matcher(base).find(text).map((m) => m.factId));
      expect(ids).toContain('place.lac');
      expect(ids).toContain('org.mea');
    });
  }
});

describe('spelling, inflection and context', () => {
  const m = new Matcher(
    compileMatcher([
      fact('fert', [{ text: 'fertiliser curb', inflect: true }]),
      fact('org', [{ text: 'Shanghai Cooperation Organisation' }]),
      fact('meeting', [{ text: 'Kazan', context: { anyOf: ['Modi', 'Xi', 'BRICS'], scope: 'paragraph' } }]),
      fact('city', [{ text: 'Kazan' }]),
      fact('lac', [
        { text: 'LAC', caseSensitive: true, context: { anyOf: ['India', 'China'], scope: 'document' } },
      ]),
    ]),
  );
  const ids = (t: string) => m.find(t).map((x) => x.factId);

  it('matches British and American spellings and plurals of one written alias', () => {
    expect(ids('new fertilizer curbs and a fertiliser curb')).toEqual(['fert', 'fert']);
    expect(ids('the Shanghai Cooperation Organization met')).toEqual(['org']);
  });

  it('resolves an ambiguous alias by its context', () => {
    expect(ids('Modi and Xi met in Kazan.')).toEqual(['meeting']);
    expect(ids('Kazan is a city on the Volga.')).toEqual(['city']);
    expect(ids('Kazan hosted it.\nModi was there.')).toEqual(['city']);
  });

  it('drops a context-limited alias with no fallback when the context is absent', () => {
    expect(ids('The LAC was tense.')).toEqual([]);
    expect(ids('China and India: the LAC was tense.')).toEqual(['lac']);
  });

  it('matches possessives', () => {
    const t = 'the Kazan’s meeting';
    expect(m.find(t).map((x) => t.slice(x.start, x.end))).toEqual(['Kazan']);
  });
});
