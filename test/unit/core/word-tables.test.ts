import { describe, expect, it } from 'vitest';
import { parseNumberWord } from '../../../src/core/claims/words';
import { wordTable } from '../../../src/core/collections';
import { tokenize } from '../../../src/core/compare/tokens';

/** Words a page may carry that are also members of `Object.prototype`. */
const PROTO_WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('word tables have no prototype', () => {
  it('a table finds only its own entries', () => {
    const t = wordTable({ one: 1 });
    expect(t.one).toBe(1);
    for (const w of PROTO_WORDS) expect(t[w]).toBeUndefined();
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.keys(t)).toEqual(['one']);
  });

  it('compare tokens read "constructor" and "valueOf" as words, never as numbers or months', () => {
    const tokens = tokenize('A Chinese constructor built the road; toString and valueOf are not figures.');
    expect(tokens.filter((t) => t.kind !== 'word')).toEqual([]);
    expect(tokens.map((t) => t.key)).toEqual(expect.arrayContaining(['constructor']));
  });

  it('a prototype member is no number word', () => {
    for (const w of PROTO_WORDS) expect(parseNumberWord(w)).toBeNaN();
    expect(parseNumberWord('twenty-one')).toBe(21);
  });
});
