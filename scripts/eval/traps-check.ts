/** `npx tsx scripts/eval/traps-check.ts PREFIX`: the cards the engine puts on dev articles whose id starts with PREFIX. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledAnnotator, EVAL_DIR } from './annotator';

const prefix = process.argv[2] ?? 'trap';
const { annotate } = bundledAnnotator();
const dir = join(EVAL_DIR, 'articles');
let carded = 0;
const files = readdirSync(dir).filter((f) => f.startsWith(prefix));
for (const f of files) {
  const a = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const text: string = a.paragraphs.join('\n\n');
  const anns = annotate(text, a.published);
  if (anns.length) carded++;
  for (const x of anns) {
    console.log(`${a.id}\t${JSON.stringify(x.quote)}\t${x.factIds.join(',')}\t${x.verdict ?? 'term'}`);
  }
}
console.log(`${carded} of ${files.length} articles carded`);
