/**
 * `npx tsx scripts/eval/fd41-probe.ts ID…` — for stress items by id: detected or not, and each claim (ADR 0171 aid).
 */
import { join } from 'node:path';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { loadStress } from './stress';

const ids = new Set(process.argv.slice(2));
const base = loadFactBase(join(ROOT, 'src/data'));
for (const it of loadStress(join(EVAL_DIR, 'stress'))) {
  if (!ids.has(it.id)) continue;
  const anns = annotateWith(base, it.text, it.published);
  const at = it.wrong ? it.text.indexOf(it.wrong.quote) : -1;
  const end = at + (it.wrong?.quote.length ?? 0);
  const hit = anns.some((a) => a.kind === 'claim' && a.verdict === 'differs' && a.start < end && at < a.end);
  console.log(`${it.id} ${it.wrong ? (hit ? 'DETECTED' : 'missed') : 'correct'} :: ${it.text}`);
  for (const a of anns)
    console.log(`   ${a.kind} "${a.quote}" ${a.factIds.join(',')} ${a.kind === 'claim' ? a.verdict : ''}`);
}
