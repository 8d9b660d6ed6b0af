/**
 * Round 27 (ADR 0022, "Round 27 (cmp21b, session 20)"): a step's decision, its happening and its
 * halt are three moments (moments.ts), and "yatra" is folded with "pilgrimage" (lexicon.ts), with
 * sentences of their own (a river ferry, a hill shrine); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { SYNONYMS } from '../../../src/core/compare/lexicon';
import { momentOf } from '../../../src/core/compare/moments';

const pairsOf = (a: string, b: string) => compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);

describe('a decision, a happening and a halt are three moments (moments.ts)', () => {
  it('reads the one moment a sentence tells, and none when it names two', () => {
    expect(momentOf('In March, the two towns agreed that the river ferry would run again in autumn.')).toBe(
      'decision',
    );
    expect(momentOf('Last week, the river ferry restarted after four years.')).toBe('happening');
    expect(momentOf('The river ferry, a lifeline for farmers, was last held up in 2019.')).toBeNull();
    expect(momentOf('The river festival, a draw for farmers, was last held in 2019.')).toBe('happening');
    expect(momentOf('It was halted in 2021 after the floods and never ran again that year.')).toBe('halt');
    expect(momentOf('The resumption is one of several steps to mend ties between the towns.')).toBe(
      'happening',
    );
    // Two moments named, a lasting state, a stopped restriction: no single moment.
    expect(
      momentOf('The ferry restarted in May, two months after the towns agreed to revive it.'),
    ).toBeNull();
    expect(momentOf('The restart ends a four-year suspension of the ferry.')).toBeNull();
    expect(momentOf('The ferry had been suspended since 2021.')).toBeNull();
    expect(momentOf('The town suspended the curbs on river traffic.')).toBeNull();
  });

  it('does not pair an agreement to resume a service with the resumption itself', () => {
    const a = 'Last month, the Alton-Brede river ferry resumed after nearly four years.';
    const b =
      'In March, the two councils agreed that the Alton-Brede river ferry would resume in the summer.';
    expect(pairsOf(a, b)).not.toContainEqual([0, 0]);
  });

  it('does not pair a halt with the resumption named as a noun', () => {
    const a = 'The Alton-Brede river ferry was halted in 2021 because of the floods along the river.';
    const b =
      'The resumption of the Alton-Brede river ferry is part of the recovery from the floods along the river.';
    expect(pairsOf(a, b)).not.toContainEqual([0, 0]);
  });

  it('still pairs two tellings of the same restart', () => {
    const a = 'Last week, the Alton-Brede river ferry restarted after four years.';
    const b = 'The Alton-Brede river ferry resumed last week after a gap of four years.';
    expect(pairsOf(a, b)).toContainEqual([0, 0]);
  });
});

describe('a yatra is a pilgrimage (lexicon.ts)', () => {
  it('folds the two words onto one key', () => {
    expect(SYNONYMS.get('yatra')).toBe('pilgrimag');
  });

  it('pairs a yatra and a pilgrimage told in other words', () => {
    expect(
      pairsOf(
        'The Brede yatra draws pilgrims each June.',
        'Each June the Brede pilgrimage attracts thousands.',
      ),
    ).toContainEqual([0, 0]);
  });
});
