/**
 * Round 19 (cost, ADR 0022): a long comparison's selection, its main-claim settling and its
 * language reading run as steps of their own; each gives what it gave in one piece.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase, goldSets } from '../../../scripts/compare';
import { SELECT_STEPS, selectPairs, selectSteps } from '../../../src/core/compare/align';
import type { Vector } from '../../../src/core/compare/features';
import { type CompareProgress, compareArticles, compareSteps } from '../../../src/core/compare/index';
import { MAIN_CLAIM_STEPS, preferMainClaimsSteps } from '../../../src/core/compare/main-claims';
import { sentenceVectors } from './sentence-vectors';

const factBase = bundledBase();
const { dev } = goldSets();
const some = dev.slice(0, 12);
/** A gold side's sentences as text. */
const texts = (side: (typeof dev)[number]['a']) =>
  side.sentences.map((s) => side.text.slice(s.span.start, s.span.end));

const setup = sentenceVectors;

/** Runs a generator to its end, counting its yields. */
function drain<T>(gen: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (let next = gen.next(); ; next = gen.next()) {
    if (next.done) return { value: next.value, yields };
    yields++;
  }
}

describe('selection in steps (round 19)', () => {
  it('yields SELECT_STEPS times, with or without vectors, and gives the pairs selectPairs gives', () => {
    let found = 0;
    for (const g of some) {
      const sa = texts(g.a);
      const sb = texts(g.b);
      const { va, vb, cands } = setup(sa, sb);
      const withVectors = drain(selectSteps(cands, sa.length, sb.length, undefined, { a: va, b: vb }));
      const without = drain(selectSteps(cands, sa.length, sb.length));
      expect(withVectors.yields).toBe(SELECT_STEPS);
      expect(withVectors.value).toEqual(
        selectPairs(cands, sa.length, sb.length, undefined, { a: va, b: vb }),
      );
      found += withVectors.value.length;
      expect(without.yields).toBe(SELECT_STEPS);
    }
    expect(found).toBeGreaterThan(20);
  });

  it('settles a split in MAIN_CLAIM_STEPS + 1 parts, moving the same pairs as in one part', () => {
    const g = dev[0];
    if (!g) throw new Error('no dev pair');
    const sa = texts(g.a);
    const sb = texts(g.b);
    const { va, vb, cands } = setup(sa, sb);
    const sorted = [...cands].sort((p, q) => q.score - p.score);
    const run = () => {
      const partnerA = new Int32Array(sa.length).fill(-1);
      const partnerB = new Int32Array(sb.length).fill(-1);
      const scoreA = new Float64Array(sa.length);
      for (const c of sorted)
        if (c.score >= 0.3 && partnerA[c.a] === -1 && partnerB[c.b] === -1) {
          partnerA[c.a] = c.b;
          partnerB[c.b] = c.a;
          scoreA[c.a] = c.score;
        }
      const got = drain(
        preferMainClaimsSteps(sorted, { a: va as Vector[], b: vb as Vector[] }, partnerA, partnerB, scoreA),
      );
      return { ...got, partnerA: [...partnerA], partnerB: [...partnerB] };
    };
    const first = run();
    expect(first.yields).toBe(MAIN_CLAIM_STEPS);
    expect(run()).toEqual(first);
  });

  it('counts the select and segment phases against fixed totals, ending at them', () => {
    for (const g of some.slice(0, 4)) {
      const seen: CompareProgress[] = [];
      const gen = compareSteps({ text: g.a.text }, { text: g.b.text }, { factBase });
      let next = gen.next();
      while (!next.done) {
        seen.push(next.value);
        next = gen.next();
      }
      expect(next.value).toEqual(compareArticles({ text: g.a.text }, { text: g.b.text }, { factBase }));
      for (const phase of ['segment', 'select'] as const) {
        const steps = seen.filter((p) => p.phase === phase);
        expect(steps.map((p) => p.done)).toEqual(steps.map((_, k) => k + 1));
        expect(steps.at(-1)?.done).toBe(steps.at(-1)?.total);
      }
    }
  });

  it('notes a side that does not read as English, read once in the segment phase', () => {
    const english = 'The ministry said on Monday that the talks with the delegation would resume next week.';
    const other =
      'Das Ministerium erklärte am Montag, die Gespräche mit der Delegation würden nächste Woche fortgesetzt.';
    const r = compareArticles(english, other, { factBase });
    expect(r.summary.notes.some((n) => n.startsWith('Article B does not look like English'))).toBe(true);
    expect(r.summary.notes.some((n) => n.startsWith('Article A'))).toBe(false);
  });
});
