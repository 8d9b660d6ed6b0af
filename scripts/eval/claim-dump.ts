/**
 * `npx tsx scripts/eval/claim-dump.ts > out.txt` — every claim of the dev articles (and their altered
 * copies) and of the stress items (dev material), one a line, to diff two engines' outputs. A debugging aid.
 */
import { join } from 'node:path';
import { EVAL_DIR } from './annotator';
import { alteredText, articleText } from './corpus';
import { annotate, corpus } from './dev-probe';
import { loadStress } from './stress';

const line = (id: string, text: string, published: string | null) => {
  for (const a of annotate(text, published))
    if (a.kind === 'claim') console.log(`${id}\t"${a.quote}"\t${a.factIds.join(',')}\t${a.verdict ?? ''}`);
};
for (const a of corpus) {
  line(a.id, articleText(a), a.published);
  for (const [i, x] of (a.altered ?? []).entries())
    line(`${a.id}#alt${i}`, alteredText(a, x).text, a.published);
}
for (const it of loadStress(join(EVAL_DIR, 'stress'))) line(it.id, it.text, it.published);
