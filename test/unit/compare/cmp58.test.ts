/**
 * Round 58 (ADR 0172): compare's wrong pairs on unseen coverage. A sentence that joins two predicates
 * ("… lasted 40 minutes and was the first since 2019") pairs with the sentence that tells its first,
 * not with the one that tells only its second (minor-rivals.ts, clauses.ts `secondConjunct`); and the
 * main-claims settling takes a weak rival only as a weak pair is taken (main-claims.ts). Sentences of
 * our own (a ferry line, a mountain railway, two mayors).
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import { secondConjunct, splitConjunct } from '../../../src/core/compare/clauses';
import type { Vector } from '../../../src/core/compare/features';
import { preferMainClaimsSteps } from '../../../src/core/compare/main-claims';
import { sentenceVectors } from './sentence-vectors';

const setup = sentenceVectors;

const pairs = (a: readonly string[], b: readonly string[], override?: (c: Candidate[]) => Candidate[]) => {
  const { va, vb, cands } = setup(a, b);
  return selectPairs(override ? override(cands) : cands, a.length, b.length, undefined, { a: va, b: vb })
    .map((p) => [p.a, p.b])
    .sort((p, q) => (p[0] as number) - (q[0] as number));
};

const conjunct = (s: string) => {
  const span = secondConjunct(s);
  return span ? s.slice(span[0], span[1]).trim() : null;
};

describe('a second conjunct (clauses.ts secondConjunct)', () => {
  it('reads a second predicate joined by "and" or "but", the subject not repeated', () => {
    expect(conjunct('The crossing took about 40 minutes and was the ferry’s first since 2019.')).toBe(
      'and was the ferry’s first since 2019.',
    );
    expect(conjunct('The railway reopened in June but closed again after a landslide.')).toBe(
      'but closed again after a landslide.',
    );
  });

  it('reads a second clause after ", and" with a subject of its own, to the next comma', () => {
    expect(
      conjunct(
        'The line will run to Skarvik from 2 May, and the Nordfjord company is set to follow, its chief said.',
      ),
    ).toBe(', and the Nordfjord company is set to follow');
  });

  it('does not cut a compound at an en dash between two words', () => {
    expect(
      conjunct('It will sail to Molde from 2 May, and Fjordline will start a Bergen–Molde run a day later.'),
    ).toBe(', and Fjordline will start a Bergen–Molde run a day later.');
  });

  it('reads nothing in two nouns joined by "and", or before the first finite verb', () => {
    expect(secondConjunct('The ferry and the railway reopened in June.')).toBeNull();
    expect(secondConjunct('Ferries and trains were cancelled on Monday.')).toBeNull();
    expect(secondConjunct('The pier was repaired with timber and steel.')).toBeNull();
  });

  it('leaves the conjunct out of the main part (splitConjunct)', () => {
    const split = splitConjunct('The crossing took about 40 minutes and was the ferry’s first since 2019.');
    expect(split?.main).toContain('took about 40 minutes');
    expect(split?.main).not.toContain('first since 2019');
    expect(splitConjunct('The ferry and the railway reopened in June.')).toBeNull();
  });
});

describe('a sentence that joins two predicates pairs with the one that tells its first (minor-rivals.ts)', () => {
  const WHOLE =
    'The crossing from Hella to Dragsvik took about 40 minutes and was the ferry’s first since 2019.';
  const FIRST = 'The ferry needed roughly 40 minutes to get from Hella to Dragsvik.';
  const SECOND = 'It was the ferry’s first crossing since 2019.';

  // The second conjunct's sentence is the anchor; the first's a rival too weak for the main-claims
  // settling (below SPLIT_WEAK), as when the first says the same in other words.
  const scored = (first: number, second: number) => (cands: Candidate[]) =>
    cands.map((c) => ({
      ...c,
      score: c.a === 0 || c.b === 0 ? (c.a === 0 && c.b === 0 ? first : second) : c.score,
    }));

  it('moves the anchor from the sentence that tells the second predicate to the one that tells the first', () => {
    expect(pairs([FIRST, SECOND], [WHOLE], scored(0.18, 0.5))).toEqual([[0, 0]]);
    // …whichever article is A.
    expect(
      pairs([WHOLE], [FIRST, SECOND], (cs) => cs.map((c) => ({ ...c, score: c.b === 0 ? 0.18 : 0.5 }))),
    ).toEqual([[0, 0]]);
  });

  it('keeps the anchor when the sentence has no second predicate', () => {
    const single = 'The ferry’s first crossing from Hella to Dragsvik since 2019 took about 40 minutes.';
    expect(pairs([FIRST, SECOND], [single], scored(0.18, 0.5))).toEqual([[1, 0]]);
  });
});

describe('the main-claims settling takes a weak rival only as a weak pair is taken (main-claims.ts)', () => {
  const WHOLE =
    'The two mayors last signed a formal pact in 2016 in Tromsø, Norway, though they met briefly at a trade fair in Oslo in 2019 and at a harbour festival in Bergen last year.';
  const MAIN = 'The last formal pact between the two mayors was signed at Tromsø in March 2016.';
  const MINOR =
    'They met only briefly in the years between, at a trade fair in Oslo in 2019 and at a harbour festival in Bergen in 2024.';

  function settle(weakStands: (c: Candidate) => boolean) {
    const { va, vb } = setup([WHOLE], [MAIN, MINOR]);
    // The minor half is the anchor; the main half a weak rival.
    const sorted: Candidate[] = [
      { a: 0, b: 1, score: 0.45, shared: 8, unique: 3 },
      { a: 0, b: 0, score: 0.25, shared: 5, unique: 0 },
    ];
    const partnerA = new Int32Array(1).fill(-1);
    const partnerB = new Int32Array(2).fill(-1);
    const scoreA = new Float64Array(1);
    partnerA[0] = 1;
    partnerB[1] = 0;
    scoreA[0] = 0.45;
    const declined = { a: new Set<number>(), b: new Set<number>() };
    const steps = preferMainClaimsSteps(
      sorted,
      { a: va, b: vb },
      partnerA,
      partnerB,
      scoreA,
      weakStands,
      declined,
    );
    let next = steps.next();
    while (!next.done) next = steps.next();
    return { moved: next.value, partnerA: [...partnerA], partnerB: [...partnerB], declined: [...declined.a] };
  }

  it('moves the pair to a weak rival that stands as a weak pair', () => {
    expect(settle(() => true)).toEqual({ moved: true, partnerA: [0], partnerB: [0, -1], declined: [] });
  });

  it('leaves the sentence and both halves free when the weak rival does not stand', () => {
    expect(settle(() => false)).toEqual({ moved: true, partnerA: [-1], partnerB: [-1, -1], declined: [0] });
  });

  it('in the selection: a refused rival is no pair, and the judged sentence takes no other anchor', () => {
    const v = (texts: readonly string[]) => setup(texts, []).va as Vector[];
    const a = v([WHOLE]);
    const b = v([MAIN, MINOR, 'The mayor of Bergen signed a harbour pact with Oslo in 2019.']);
    const c: Candidate[] = [
      { a: 0, b: 1, score: 0.45, shared: 8, unique: 3 },
      { a: 0, b: 2, score: 0.35, shared: 4, unique: 0 },
      { a: 0, b: 0, score: 0.25, shared: 5, unique: 0 },
    ];
    expect(selectPairs(c, 1, 3, undefined, { a, b })).toEqual([]);
    // With a word of their own the rival stands, as a weak pair would.
    const d = c.map((x) => (x.b === 0 ? { ...x, unique: 1 } : x));
    expect(selectPairs(d, 1, 3, undefined, { a, b }).map((p) => [p.a, p.b])).toEqual([[0, 0]]);
  });
});
