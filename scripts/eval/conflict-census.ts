/**
 * `npx tsx scripts/eval/conflict-census.ts [design|validation]` — ADR 0177: the dev compare pairs whose
 * conflicts are not exact (scripts/compare-eval.ts `conflictsExact`), each with the conflicts the engine
 * reports (OK: a gold conflict; FP: not one), the gold conflicts it misses, and every claim either side's
 * claim engine ties to a missed or extra fact (sentence, quote, verdict, value, `unnamed`/`reporting`).
 * Design = `pairs/` (all dev sources) and promoted batches h1–h26; validation = h27–h31. Blind batches
 * (h32 and later) are never read here.
 */
import { compareArticles } from '../../src/core/compare/index';
import { articleFacts } from '../../src/core/compare/side-facts';
import { bundledBase, goldSets } from '../compare';

const VALIDATION = ['h27', 'h28', 'h29', 'h30', 'h31'];
const part = process.argv[2] ?? 'design';
const { dev, devSources } = goldSets();
const options = { factBase: bundledBase() };
let wrong = 0;
let total = 0;
for (const [k, g] of dev.entries()) {
  const src = devSources[k] as string;
  if ((part === 'design') === VALIDATION.includes(src)) continue;
  total++;
  const a = { text: g.a.text, published: g.a.published };
  const b = { text: g.b.text, published: g.b.published };
  const r = compareArticles(a, b, options);
  const found = [...new Set(r.conflicts.map((c) => c.factId))].sort();
  const gold = [...g.conflicts].sort();
  if (found.join(' ') === gold.join(' ')) continue;
  wrong++;
  console.log(`\n### [${src}] ${g.name.slice(0, 100)}  (A ${g.a.published}, B ${g.b.published})`);
  console.log(`  gold: ${gold.join(' ') || 'none'}; found: ${found.join(' ') || 'none'}`);
  for (const c of r.conflicts)
    console.log(
      `  ${gold.includes(c.factId) ? 'OK' : 'FP'} ${c.factId}: A "${c.a.quote}" = ${c.a.value} | B "${c.b.quote}" = ${c.b.value}`,
    );
  const ids = [...gold.filter((x) => !found.includes(x)), ...found.filter((x) => !gold.includes(x))];
  for (const [side, input, sentences] of [
    ['A', a, r.sentences.a],
    ['B', b, r.sentences.b],
  ] as const) {
    const facts = articleFacts(input, options);
    for (const c of facts.claims.filter((c) => ids.includes(c.factId)))
      console.log(
        `    ${side}${c.sentence} ${c.factId} "${c.quote}" ${c.verdict} -> ${c.resolved}${c.unnamed ? ' unnamed' : ''}${c.reporting ? ' reporting' : ''}  | ${sentences[c.sentence]}`,
      );
  }
}
console.log(`\n${part}: ${wrong} of ${total} pairs with conflicts not exact`);
