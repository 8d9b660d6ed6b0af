/**
 * The compare engine scored on the dev pairs and the held-out pairs
 * (test/fixtures/compare/README.md): pair recall and precision, unpaired sentences listed as
 * only-A/only-B, conflicts exact. Fails below the committed baseline
 * (test/fixtures/compare/baseline.json); the dev pairs must also meet the goals.
 * The same numbers are printed by `npm run compare -- --eval`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledBase, goldSets } from '../../../scripts/compare';
import { evaluate, measureSplitters, totals } from '../../../src/core/compare/gold';

const baseline = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/compare/baseline.json'), 'utf8'),
) as Record<string, { recall: number; precision: number; onlyListed: number; conflictsExact: number }>;
const { dev, heldOut, heldOutBatches, splitting } = goldSets();
const options = { factBase: bundledBase() };
const devEval = evaluate(dev, options);
const heldOutEval = evaluate(heldOut, options);
/** Each held-out batch scored on its own (scripts/compare.ts heldOutBatch); its baseline key. */
const batchEvals = [...new Set(heldOutBatches)].sort().map((batch) => {
  const key = batch === 'h1' ? 'heldOut' : `heldOut-${batch}`;
  return [key, { totals: totals(heldOutEval.scores.filter((_, k) => heldOutBatches[k] === batch)) }] as const;
});

describe('compare accuracy', () => {
  it('has enough gold to mean something', () => {
    expect(dev.length).toBeGreaterThanOrEqual(12);
    expect(heldOut.length).toBeGreaterThanOrEqual(4);
    expect(devEval.scores.reduce((n, s) => n + s.goldPairs, 0)).toBeGreaterThanOrEqual(50);
  });

  for (const [name, ev] of [['dev', devEval] as const, ...batchEvals]) {
    it(`${name}: does not fall below the committed baseline`, () => {
      const floor = baseline[name];
      expect(floor, `baseline.json needs a "${name}" entry`).toBeDefined();
      if (!floor) return;
      expect(ev.totals.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(ev.totals.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(ev.totals.onlyListed).toBeGreaterThanOrEqual(floor.onlyListed);
      expect(ev.totals.conflictsExact).toBeGreaterThanOrEqual(floor.conflictsExact);
    });
  }

  it('dev: meets the issue’s goals (recall ≥ 90 %, precision ≥ 95 %, unpaired listed ≥ 90 %)', () => {
    expect(devEval.totals.recall).toBeGreaterThanOrEqual(0.9);
    expect(devEval.totals.precision).toBeGreaterThanOrEqual(0.95);
    expect(devEval.totals.onlyListed).toBeGreaterThanOrEqual(0.9);
  });

  it('never pairs anything in the unrelated pairs, and aligns the identical pair completely', () => {
    for (const s of devEval.scores) {
      if (s.goldPairs === 0) expect(s.proposedPairs, s.name).toBe(0);
      if (/the same article twice/.test(s.name)) expect(s.correctPairs).toBe(s.goldPairs);
    }
  });

  it('keeps the splitter that finds more gold sentences exactly (ADR 0015)', () => {
    const hard = measureSplitters([splitting.a]);
    const rules = devEval.segmentation.rules.exact + heldOutEval.segmentation.rules.exact + hard.rules.exact;
    const intl = devEval.segmentation.intl.exact + heldOutEval.segmentation.intl.exact + hard.intl.exact;
    expect(rules).toBeGreaterThan(intl);
    // Every hard case (abbreviations, initials, quotes, datelines, figures) split as the gold says.
    expect(hard.rules.exact).toBe(hard.rules.gold);
  });
});
