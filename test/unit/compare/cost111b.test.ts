import { describe, expect, it } from 'vitest';
import { ownWords } from '../../../src/core/claims/phases';
import { wordedShares } from '../../../src/core/compare/lexicon';
import { clearSentenceMemos } from '../../../src/core/compare/sentence-memo';
import { spelledNames, tokenize } from '../../../src/core/compare/tokens';
import type { Fact } from '../../../src/core/facts/schema';

// ADR 0111, perf28: the compare pair's tokens read once per sentence, screens, own words kept per fact.
describe('tokens with and without names (perf28)', () => {
  const s = 'The International Air Transport Association said 69% of U.S. flights on 2025-10-21 ran late.';
  it('with names: the names first, then the tokens without names', () => {
    clearSentenceMemos();
    const bare = tokenize(s, []);
    const named = tokenize(s);
    expect(spelledNames(s).length).toBe(1);
    expect(named.map((t) => t.key)).toEqual(['iata', ...bare.map((t) => t.key)]);
    expect(tokenize(s, [{ initials: 'XYZ' }]).map((t) => t.key)).toEqual([
      tokenize('XYZ', [])[0]?.key,
      ...bare.map((t) => t.key),
    ]);
    expect(Object.isFrozen(named) && named.every((t) => Object.isFrozen(t))).toBe(true);
    // the same whichever is asked first
    clearSentenceMemos();
    expect(tokenize(s).map((t) => t.key)).toEqual(named.map((t) => t.key));
  });
  it('the screened rewrites still apply: U.S., ISO dates, shares', () => {
    const keys = tokenize(s, []).map((t) => t.key);
    expect(keys).toContain('usa');
    expect(keys).toContain('oct');
    expect(keys).toContain('~70%');
    expect(tokenize('us and them', []).map((t) => t.key)).not.toContain('usa');
  });
});

describe('wordedShares screen (perf28)', () => {
  it('reads shares in words, and "N in ten" without a share word', () => {
    expect(wordedShares('two-thirds of voters').shares).toEqual([67]);
    expect(wordedShares('nine in ten voters')).toEqual({ text: '90% voters', shares: [90] });
    expect(wordedShares('no share here')).toEqual({ text: 'no share here', shares: [] });
  });
});

describe('ownWords kept per fact (perf28)', () => {
  it('gives the same words on every call, and a new fact its own', () => {
    const f = {
      title: 'Talks (from June 2024)',
      aliases: [{ text: 'The Talks' }],
      keywords: ['Border'],
    } as unknown as Fact;
    expect(ownWords(f)).toBe('talks  the talks border');
    expect(ownWords(f)).toBe('talks  the talks border');
    const g = { ...f, title: 'Summit' } as Fact;
    expect(ownWords(g)).toBe('summit the talks border');
  });
});
