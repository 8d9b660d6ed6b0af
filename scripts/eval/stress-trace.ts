/**
 * `npx tsx scripts/eval/stress-trace.ts <id…>` — for stress items (dev material), the mentions of each
 * sentence and every claim with its reason codes. A debugging aid.
 */
import { join } from 'node:path';
import { parsePublished } from '../../src/core/claims/dates';
import { MentionIndex } from '../../src/core/claims/mentions';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { loadStress } from './stress';

const ids = new Set(process.argv.slice(2));
const base = loadFactBase(join(ROOT, 'src/data'));
for (const it of loadStress(join(EVAL_DIR, 'stress'))) {
  if (!ids.has(it.id)) continue;
  console.log(`\n== ${it.id} ${it.published} ${it.text}\n   wrong: ${it.wrong?.quote} ${it.wrong?.fact}`);
  const analysis = base.matcher.analyze(it.text);
  const index = new MentionIndex(
    it.text,
    base.matcher.index,
    analysis,
    base.factById,
    parsePublished(it.published),
  );
  index.sentences.forEach((_s, i) => {
    for (const m of index.mentions(i))
      console.log(
        `   ${m.strength.padEnd(8)} ${m.score.toFixed(1).padStart(5)} k=${m.keywords ?? '-'} ${m.fact.id}`,
      );
  });
  for (const a of annotateWith(base, it.text, it.published))
    if (a.kind === 'claim')
      console.log(
        `  claim "${a.quote}" → ${a.factIds.join(',')} ${a.verdict ?? ''} [${a.reasons.map((r) => `${r.code}(${Object.values(r.params ?? {}).join('|')})`).join(' ')}]`,
      );
}
