import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/core/match/all-matches';

const plain = (ms: RegExpExecArray[] | RegExpMatchArray[]) =>
  ms.map((m) => ({ at: m.index, text: m[0], groups: m.groups, rest: [...m].slice(1) }));

describe('allMatches: the same matches as matchAll', () => {
  const cases: [RegExp, string][] = [
    [/\b(?<month>May|June)\s+(?<day>\d{1,2})\b/g, 'On May 5 and June 16, and May 30.'],
    [/\d+(?:[.,]\d+)*/g, 'A 1,200 rise, 3.5 % and 40.'],
    [/x*/g, 'axxb'], // empty matches step on
    [/(?:)/gu, 'a😀b'], // by a code point when unicode
    [/\bnone\b/gi, 'nothing here'],
  ];
  for (const [re, text] of cases)
    it(`${re} over "${text}"`, () => {
      expect(plain(allMatches(text, re))).toEqual(plain([...text.matchAll(re)]));
    });

  it('starts where the pattern stands and leaves its lastIndex alone', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(plain(allMatches('aaaa', re))).toEqual(plain([...'aaaa'.matchAll(re)]));
    expect(re.lastIndex).toBe(2);
  });

  it('may run the same pattern again while its matches are read', () => {
    const re = /\d/g;
    const seen: string[] = [];
    for (const m of allMatches('1 2', re)) for (const n of allMatches(`${m[0]}9`, re)) seen.push(n[0]);
    expect(seen).toEqual(['1', '9', '2', '9']);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches('a', /a/)).toThrow(TypeError);
  });
});
