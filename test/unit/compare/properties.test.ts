/**
 * Properties of the comparison (fast-check), over articles built from real news sentences
 * (the dev pairs' sentences, shuffled into paragraphs): an article compared with itself
 * aligns everything with no difference; swapping A and B swaps onlyA and onlyB (and mirrors
 * the pairs); adding one unrelated sentence to B adds exactly one onlyB and changes nothing
 * else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goldSets } from '../../../scripts/compare';
import { type CompareResult, compareArticles } from '../../../src/core/compare/index';
import { tokenize } from '../../../src/core/compare/tokens';

const { dev: allDev, devSources } = goldSets();
/** The first dev pairs (pairs/): the pool these properties were written on. */
const dev = allDev.filter((_, k) => devSources[k] === 'pairs');
/** Distinct sentences from the dev pairs' A sides (B sides are often paraphrases of them). */
const POOL = [
  ...new Set(dev.flatMap((g) => g.a.sentences.map((s) => g.a.text.slice(s.span.start, s.span.end)))),
];
/** Sentences about nothing the pool talks about: no word, figure or month in common with it. */
const CANDIDATES = [
  'The bakery on the corner sells sourdough loaves every Saturday morning.',
  'Heavy snowfall closed three mountain passes in the Alps overnight.',
  'A new species of orchid was described by botanists in Madagascar.',
  'The orchestra rehearsed the symphony twice before the premiere.',
  'Volunteers planted four hundred oak saplings along the riverbank.',
  'Bees gather nectar from lavender blossoms.',
];
const poolKeys = new Set(POOL.flatMap((s) => tokenize(s).map((t) => t.key)));
const UNRELATED = CANDIDATES.filter((s) => tokenize(s).every((t) => !poolKeys.has(t.key)));

/** An article: a few paragraphs of distinct pool sentences. */
const article = fc
  .uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 2, maxLength: 14 })
  .chain((idx) =>
    fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: idx.length, maxLength: idx.length })
      .map((breaks) => {
        const paras: string[][] = [[]];
        idx.forEach((k, n) => {
          (paras[paras.length - 1] as string[]).push(POOL[k] as string);
          if (breaks[n] === 1 && n < idx.length - 1) paras.push([]);
        });
        return paras.map((p) => p.join(' ')).join('\n');
      }),
  );

/** Two articles sharing some sentences, each with its own. */
const articlePair = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 2, maxLength: 16 }),
    fc.integer({ min: 0, max: 1000 }),
  )
  .map(([idx, seed]) => {
    const a: string[] = [];
    const b: string[] = [];
    idx.forEach((k, n) => {
      const where = (seed + n * 7) % 3; // 0: both, 1: A only, 2: B only
      if (where !== 2) a.push(POOL[k] as string);
      if (where !== 1) b.push(POOL[k] as string);
    });
    if (seed % 2) b.reverse(); // moved sentences too
    return { a: a.join(' '), b: b.join('\n') };
  });

const noDifference = (r: CompareResult) =>
  r.pairs.every((p) => p.identical && p.diff.every((o) => o.op === 'same'));

describe('compare properties', () => {
  it('has unrelated sentences that share nothing with the pool', () => {
    expect(UNRELATED.length).toBeGreaterThanOrEqual(3);
  });

  it('an article compared with itself: every sentence aligned with itself, no difference', () => {
    fc.assert(
      fc.property(article, (text) => {
        const r = compareArticles(text, text);
        expect(r.onlyA).toEqual([]);
        expect(r.onlyB).toEqual([]);
        expect(r.pairs.map((p) => [p.a, p.b])).toEqual(r.sentences.a.map((_, i) => [i, i]));
        expect(noDifference(r)).toBe(true);
        expect(r.pairs.every((p) => !p.moved)).toBe(true);
        expect(r.summary.verdict).toBe('identical');
      }),
      { numRuns: 80 },
    );
  });

  it('swapping A and B swaps onlyA and onlyB and mirrors the pairs', () => {
    fc.assert(
      fc.property(articlePair, ({ a, b }) => {
        const ab = compareArticles(a, b);
        const ba = compareArticles(b, a);
        expect(ba.onlyA).toEqual(ab.onlyB);
        expect(ba.onlyB).toEqual(ab.onlyA);
        const mirrored = ba.pairs.map((p) => [p.b, p.a]).sort((x, y) => (x[0] as number) - (y[0] as number));
        expect(mirrored).toEqual(ab.pairs.map((p) => [p.a, p.b]));
      }),
      { numRuns: 80 },
    );
  });

  it('adding an unrelated sentence to B adds exactly one onlyB and changes no pair', () => {
    fc.assert(
      fc.property(articlePair, fc.constantFrom(...UNRELATED), fc.boolean(), ({ a, b }, extra, atEnd) => {
        const before = compareArticles(a, b);
        const b2 = atEnd ? `${b}\n${extra}` : `${extra}\n${b}`;
        const after = compareArticles(a, b2);
        const shift = atEnd ? 0 : 1;
        const added = atEnd ? after.sentences.b.length - 1 : 0;
        expect(after.onlyB).toEqual([...before.onlyB.map((j) => j + shift), added].sort((x, y) => x - y));
        expect(after.onlyA).toEqual(before.onlyA);
        expect(after.pairs.map((p) => [p.a, p.b - shift])).toEqual(before.pairs.map((p) => [p.a, p.b]));
      }),
      { numRuns: 80 },
    );
  });
});
