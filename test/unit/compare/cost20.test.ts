/**
 * Round 20 (cost, ADR 0022): a side's facts computed apart from the comparison (as the compare
 * page's second worker does) and handed in give the same comparison, whether given at once or
 * awaited step by step.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase, goldSets } from '../../../scripts/compare';
import {
  articleFacts,
  articleFactsSteps,
  type CompareProgress,
  compareArticles,
  type SideFacts,
  startComparison,
} from '../../../src/core/compare/index';

const factBase = bundledBase();
const { dev } = goldSets();
const some = dev.slice(0, 10);
const side = (s: (typeof dev)[number]['a']) => ({ text: s.text, published: s.published });

describe('a side’s facts given (round 20)', () => {
  it('gives the whole result computed in one piece, each side given, both given, cloned as a worker posts them', () => {
    let claims = 0;
    for (const g of some) {
      const a = side(g.a);
      const b = side(g.b);
      const whole = compareArticles(a, b, { factBase });
      const fa = structuredClone(articleFacts(a, { factBase }));
      const fb = structuredClone(articleFacts(b, { factBase }));
      claims += fa.claims.length + fb.claims.length;
      for (const facts of [{ a: fa }, { b: fb }, { a: fa, b: fb }])
        expect(compareArticles(a, b, { factBase, facts })).toEqual(whole);
    }
    expect(claims).toBeGreaterThan(0);
  });

  it('waits, doing nothing, while a given side is not ready, then gives the same result', () => {
    const g = some[0] as (typeof dev)[number];
    const a = side(g.a);
    const b = side(g.b);
    const whole = compareArticles(a, b, { factBase });
    let ready: SideFacts | undefined;
    const run = startComparison(a, b, { factBase, facts: { b: () => ready } });
    const seen: CompareProgress[] = [];
    while (!run.step() && !run.progress.waiting) seen.push(run.progress);
    // Side A's chunks were read, each a step counted against A's chunks alone.
    const facts = seen.filter((p) => p.phase === 'facts');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((p) => p.total === facts.length)).toBe(true);
    for (let k = 0; k < 3; k++) {
      expect(run.step()).toBe(false);
      expect(run.progress).toMatchObject({ phase: 'facts', waiting: true });
    }
    ready = articleFacts(b, { factBase });
    expect(run.result()).toEqual(whole);
  });

  it('computes a side in steps of one paragraph chunk, as the comparison counts them', () => {
    const g = some[0] as (typeof dev)[number];
    const chunk = { chars: 300 };
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
    const run = startComparison(side(g.a), side(g.b), {
      factBase,
      chunk,
      facts: { b: articleFacts(side(g.b), { factBase, chunk }) },
    });
    let counted = 0;
    while (!run.step()) if (run.progress.phase === 'facts') counted = run.progress.total;
    expect(yields).toBeGreaterThan(1);
    expect(counted).toBe(yields);
    expect(facts).toEqual(articleFacts(side(g.a), { factBase, chunk }));
  });
});
