/**
 * Round 21's cost changes (ADR 0022, "Round 21, cost"): per-comparison memos of pure per-sentence
 * and per-word functions, a kept array for the candidates' dot products, and a side's features
 * worked out with its facts (so the compare page's helper worker computes side B's). None may
 * change what a comparison finds.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase, goldSets } from '../../../scripts/compare';
import { addToIndex, type Candidate, candidatesFor } from '../../../src/core/compare/candidates';
import { splitMinor } from '../../../src/core/compare/clauses';
import { featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import {
  articleFacts,
  articleFactsSteps,
  compareArticles,
  type SideFacts,
  startComparison,
} from '../../../src/core/compare/index';
import { clearSentenceMemos, MEMO_LIMIT, sentenceMemo } from '../../../src/core/compare/sentence-memo';
import { WEAK } from '../../../src/core/compare/thresholds';
import { tokenize } from '../../../src/core/compare/tokens';

const factBase = bundledBase();
const { dev } = goldSets();
const side = (s: (typeof dev)[number]['a']) => ({ text: s.text, published: s.published });

describe('cost21: a sentence memo', () => {
  it('answers a repeat without calling the function, and calls it again once the memos are emptied', () => {
    let calls = 0;
    const upper = sentenceMemo((s: string) => {
      calls++;
      return { s: s.toUpperCase() };
    });
    const first = upper('said on Monday');
    expect(upper('said on Monday')).toBe(first);
    expect(calls).toBe(1);
    expect(upper('another').s).toBe('ANOTHER');
    expect(calls).toBe(2);
    clearSentenceMemos();
    expect(upper('said on Monday')).toEqual(first);
    expect(calls).toBe(3);
  });

  it('keeps at most MEMO_LIMIT entries, starting again when full', () => {
    let calls = 0;
    const id = sentenceMemo((s: string) => {
      calls++;
      return s;
    });
    for (let k = 0; k <= MEMO_LIMIT; k++) id(`s${k}`);
    expect(calls).toBe(MEMO_LIMIT + 1);
    id(`s${MEMO_LIMIT}`); // the last one is kept after the restart
    expect(calls).toBe(MEMO_LIMIT + 1);
    id('s0'); // the first was dropped with the rest
    expect(calls).toBe(MEMO_LIMIT + 2);
  });

  it('gives splitMinor and tokenize the same answers warm as cold, on every dev sentence', () => {
    const sentences = dev.flatMap((g) =>
      [g.a, g.b].flatMap((s) => s.sentences.map(({ span }) => s.text.slice(span.start, span.end))),
    );
    expect(sentences.length).toBeGreaterThan(1000);
    clearSentenceMemos();
    const cold = sentences.map((s) => [splitMinor(s), tokenize(s)]);
    const warm = sentences.map((s) => [splitMinor(s), tokenize(s)]);
    expect(warm).toEqual(cold);
    // Each sentence read alone after emptying the memos (no word or sentence kept from another).
    for (let k = 0; k < sentences.length; k += 97) {
      clearSentenceMemos();
      expect([splitMinor(sentences[k] as string), tokenize(sentences[k] as string)]).toEqual(cold[k]);
    }
  });
});

/** candidatesFor's dot products the way they were summed before round 21: a Map by B sentence. */
function dotsByMap(
  va: Vector,
  vb: readonly Vector[],
  index: ReadonlyMap<string, number[]>,
  common: (k: string) => boolean,
) {
  const partial = new Map<number, number>();
  for (const [k, x] of va.w) {
    const list = index.get(k);
    if (!list || common(k)) continue;
    for (const j of list) partial.set(j, (partial.get(j) ?? 0) + x * ((vb[j] as Vector).w.get(k) ?? 0));
  }
  return partial;
}

describe('cost21: candidate dot products in a kept array', () => {
  it('proposes, for every A sentence in any order, what the Map gave, in its order', () => {
    let proposed = 0;
    for (const g of dev.slice(0, 40)) {
      const texts = [g.a, g.b].map((s) => s.sentences.map(({ span }) => s.text.slice(span.start, span.end)));
      const rarity = new Rarity();
      const fa = (texts[0] as string[]).map((t) => featuresOf(t, []));
      const fb = (texts[1] as string[]).map((t) => featuresOf(t, []));
      for (const f of fa) rarity.add(f, 'a');
      for (const f of fb) rarity.add(f, 'b');
      const va = fa.map((f) => vectorOf(f, rarity));
      const vb = fb.map((f) => vectorOf(f, rarity));
      const index = new Map<string, number[]>();
      vb.forEach((v, j) => {
        addToIndex(index, v, j);
      });
      const features = {
        common: (k: string) => rarity.count(k) > 6,
        unique: (k: string) => rarity.unique(k),
      };
      const forward = va.map((v, i) => candidatesFor(i, v, vb, index, features));
      const reversed: Candidate[][] = [];
      for (let i = va.length - 1; i >= 0; i--)
        reversed[i] = candidatesFor(i, va[i] as Vector, vb, index, features);
      expect(reversed).toEqual(forward);
      va.forEach((v, i) => {
        // Each candidate is a B sentence the Map met, in the Map's order, whose dot reached half of WEAK.
        const byMap = dotsByMap(v, vb, index, features.common);
        const order = [...byMap.keys()];
        const got = (forward[i] as Candidate[]).map((c) => c.b);
        expect(got).toEqual(order.filter((j) => got.includes(j)));
        for (const j of got)
          expect(byMap.get(j) as number).toBeGreaterThanOrEqual((WEAK / 2) * v.norm * (vb[j] as Vector).norm);
        proposed += got.length;
      });
    }
    expect(proposed).toBeGreaterThan(100);
  });
});

describe('cost21: a side’s features come with its facts', () => {
  it('steps through the paragraph chunks, then the sentences by batch, and gives one feature set per sentence', () => {
    const g = dev[0] as (typeof dev)[number];
    const chunk = { chars: 300, sentences: 4 };
    const steps = articleFactsSteps(side(g.a), { factBase, chunk });
    let yields = 0;
    let facts: SideFacts | undefined;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        facts = next.value;
        break;
      }
      yields++;
    }
    const n = facts.bySentence.length;
    expect(facts.features).toHaveLength(n);
    expect(yields).toBeGreaterThan(Math.ceil(n / 4));
    // The comparison counts the same steps for a side it reads itself.
    const run = startComparison(side(g.a), side(g.b), {
      factBase,
      chunk,
      facts: { b: articleFacts(side(g.b), { factBase, chunk }) },
    });
    let counted = 0;
    while (!run.step()) if (run.progress.phase === 'facts') counted = run.progress.total;
    expect(counted).toBe(yields);
  });

  it('gives the same whole result with the features given, cloned, or left out (worked out by the comparison)', () => {
    for (const g of dev.slice(0, 12)) {
      const a = side(g.a);
      const b = side(g.b);
      const whole = compareArticles(a, b, { factBase });
      const fb = structuredClone(articleFacts(b, { factBase }));
      expect(fb.features?.length).toBe(fb.bySentence.length);
      const { features: _, ...bare } = fb;
      expect(compareArticles(a, b, { factBase, facts: { b: fb } })).toEqual(whole);
      expect(compareArticles(a, b, { factBase, facts: { b: bare } })).toEqual(whole);
      const fa = structuredClone(articleFacts(a, { factBase }));
      expect(compareArticles(a, b, { factBase, facts: { a: fa, b: bare } })).toEqual(whole);
    }
  });
});
