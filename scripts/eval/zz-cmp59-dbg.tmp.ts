import { readFileSync } from 'node:fs';
import { compareArticles } from '../../src/core/compare/index';
import { parseGoldPair } from '../../src/core/compare/gold';
import { actorActs } from '../../src/core/compare/actor-act';
import { bundledBase } from '../compare';
const fb = bundledBase();
for (const f of process.argv.slice(2)) {
  const g = parseGoldPair(readFileSync(f, 'utf8'));
  const r = compareArticles({ text: g.a.text, published: g.a.published }, { text: g.b.text, published: g.b.published }, { factBase: fb });
  console.log(f, 'pairs', r.pairs.map((p) => `${p.a}-${p.b}`).join(' '), 'onlyA', r.onlyA.join(','), 'onlyB', r.onlyB.join(','));
  for (const side of ['a', 'b'] as const) r.sentences[side].forEach((t, i, all) => { const x = actorActs(t, all.slice(Math.max(0, i - 2), i)); if (x.signatures.size) console.log(side, i, [...x.signatures].join(' '), '|', t.slice(0, 70)); });
}
