import { join } from 'node:path';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';

const base = loadFactBase(join('/work/wt-fd41', 'src/data'));
const lines = process.argv.slice(2);
for (let i = 0; i < lines.length; i += 2) {
  const anns = annotateWith(base, lines[i + 1] as string, lines[i] as string);
  console.log(`[${lines[i]}] ${lines[i + 1]}`);
  for (const a of anns)
    if (a.kind === 'claim') console.log(`   "${a.quote}" ${a.factIds.join(',')} ${a.verdict}`);
}
