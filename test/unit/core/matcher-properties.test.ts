/**
 * Property-based tests of the matcher (fast-check): for arbitrary texts built from alias
 * fragments, noise and typography, offsets always slice to the quote, matches never
 * overlap, normalisation is idempotent, and the automaton agrees with a naive scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton, buildAutomaton } from '../../../src/core/match/automaton';
import { normalize } from '../../../src/core/match/normalize';
import { compileMatcher, Matcher } from '../../../src/core/match/terms';
import { testFact } from '../../support/facts';

const fact = testFact;

const matcher = new Matcher(
  compileMatcher([
    fact('a', [{ text: 'Galwan' }, { text: 'Galwan Valley' }]),
    fact('b', [{ text: 'Line of Actual Control' }, { text: 'LAC', caseSensitive: true }]),
    fact('c', [{ text: 'Depsang' }, { text: 'Depsang Plains' }, { text: 'Valley Depsang' }]),
    fact('d', [{ text: 'fertiliser curb', inflect: true }]),
  ]),
);

const piece = fc.constantFrom(
  'Galwan',
  'galwan',
  'GALWAN',
  'Valley',
  'Galwan Valley',
  'Line of Actual Control',
  'LAC',
  'lac',
  'Depsang',
  'Plains',
  'fertilizer curbs',
  'Fertiliser curb',
  '’s',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '—',
  '-',
  '.',
  ',',
  '“',
  '”',
  'é',
  'the',
  'and',
  'x',
  '',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('matcher properties', () => {
  it('offsets slice to the quote, and matches are sorted and never overlap', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = matcher.find(t);
        let lastEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          const quote = t.slice(m.start, m.end);
          expect(quote).not.toContain('\n');
          expect(normalize(quote).text.length).toBeGreaterThan(0);
          lastEnd = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every match is a whole word sequence', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const m of matcher.find(t)) {
          expect(/[\p{L}\p{N}]/u.test(t[m.start - 1] ?? ' ')).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(t[m.end] ?? ' ')).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a fold that starts with a space joins the space before it (a counterexample fast-check found)', () => {
    // U+FC5E (an Arabic ligature) folds to a space and two marks: after a tab, one space.
    const n = normalize('\tﱞ');
    expect(n.text).toBe(normalize(n.text).text);
    expect(n.text.startsWith('  ')).toBe(false);
  });

  it('normalisation is idempotent and its maps are monotonic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const n = normalize(s);
        expect(normalize(n.text).text).toBe(n.text);
        for (let i = 1; i < n.starts.length; i++)
          expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1] as number);
        for (let i = 0; i < n.starts.length; i++) expect(n.ends[i]).toBeGreaterThan(n.starts[i] as number);
      }),
      { numRuns: 500 },
    );
  });

  it('the automaton finds exactly what a naive scan finds', () => {
    const word = fc.stringMatching(/^[ab]{1,4}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[ab]{0,30}$/),
        (keys, hay) => {
          const auto = new Automaton(buildAutomaton(keys));
          const got: string[] = [];
          auto.scan(hay, (k, s, e) => got.push(`${k}:${s}:${e}`));
          const want: string[] = [];
          keys.forEach((key, k) => {
            for (let i = hay.indexOf(key); i !== -1; i = hay.indexOf(key, i + 1))
              want.push(`${k}:${i}:${i + key.length}`);
          });
          expect(got.sort()).toEqual(want.sort());
        },
      ),
      { numRuns: 400 },
    );
  });
});
