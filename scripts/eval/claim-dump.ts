/**
 * `npx tsx scripts/eval/claim-dump.ts > out.txt` — every claim of the dev articles (and their altered
 * copies) and of the stress items (dev material), one a line, to diff two engines' outputs. A debugging aid.
 */
import { join } from 'node:path';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { alteredText, articleText, loadCorpus } from './corpus';
import { loadStress } from './stress';

const base = loadFactBase(join(ROOT, 'src/data'));
const line = (id: string, text: string, published: string | null) => {
  for (const a of annotateWith(base, text, published))
    if (a.kind === 'claim') console.log(`${id}\t"${a.quote}"\t${a.factIds.join(',')}\t${a.verdict ?? ''}`);
};
for (const a of loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()))) {
  line(a.id, articleText(a), a.published);
  for (const [i, x] of (a.altered ?? []).entries())
    line(`${a.id}#alt${i}`, alteredText(a, x).text, a.published);
}
for (const it of loadStress(join(EVAL_DIR, 'stress'))) line(it.id, it.text, it.published);
