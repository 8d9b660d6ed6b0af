/**
 * `npx tsx scripts/compare-floors.ts [--raise]`: the compare engine's exact figures for every floor group of
 * `test/fixtures/compare/baseline.json` (dev, each dev source, each blind batch), beside its floor; `BELOW` marks
 * a figure under its floor (what `test/unit/compare/accuracy.test.ts` would fail on). `--raise` raises floors
 * to the figures (truncated to three decimals) and adds a new blind batch's entry; it never lowers one. Read
 * its BELOW lines before committing a raise: a floor raised past a fall hides it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../src/core/compare/gold';
import { baselineKey, bundledBase, goldSets, groupTotals } from './compare';

type Totals = { recall: number; precision: number; onlyListed: number; conflictsExact: number };
const KEYS = ['recall', 'precision', 'onlyListed', 'conflictsExact'] as const;
const file = join(import.meta.dirname, '../test/fixtures/compare/baseline.json');
const baseline = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Partial<Totals> | string>;
const { dev, devSources, heldOut, heldOutBatches } = goldSets();
const options = { factBase: bundledBase() };
const devEval = evaluate(dev, options);
const heldOutEval = evaluate(heldOut, options);
const groups: [string, Totals][] = [
  ['dev', devEval.totals],
  ...groupTotals(devEval, devSources).map(([g, t]): [string, Totals] => [baselineKey(g, true), t]),
  ...groupTotals(heldOutEval, heldOutBatches).map(([g, t]): [string, Totals] => [baselineKey(g, false), t]),
];
const raise = process.argv.includes('--raise');
let below = 0;
for (const [name, totals] of groups) {
  const entry = baseline[name];
  const floor: Partial<Totals> = typeof entry === 'object' ? entry : {};
  const parts = KEYS.map((k) => {
    const value = totals[k];
    const old = floor[k];
    const under = old !== undefined && value < old - 1e-9;
    if (under) below++;
    const truncated = Math.floor(value * 1000) / 1000;
    if (raise && (old === undefined || truncated > old)) floor[k] = truncated;
    return `${k} ${value.toFixed(4)} (floor ${old ?? '-'})${under ? ' BELOW' : ''}`;
  });
  if (raise) baseline[name] = floor;
  console.log(`${name}: ${parts.join(', ')}`);
}
if (raise) writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
console.log(below ? `${below} figures BELOW their floors` : 'no figure below its floor');
