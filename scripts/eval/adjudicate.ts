/**
 * `npx tsx scripts/eval/adjudicate.ts <pool.json> <decisions.json>`: adds the cards a reviewer judged right
 * (see pool.ts) to their articles' `acceptable` lists, marked `"adjudicated": true`, so card precision
 * counts what is right rather than only what the gold listed. Cards judged wrong stay wrong. Claims keep
 * their verdict (an acceptable claim must come out with the same verdict). Idempotent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR } from './annotator';
import { articleText, type EvalArticle, type GoldItem } from './corpus';

interface PoolItem {
  corpus: string;
  article: string;
  quote: string;
  start: number;
  kind: string;
  fact: string;
  verdict: string | null;
}
interface Decision {
  i: number;
  right: boolean;
}

const [poolFile, decisionsFile] = process.argv.slice(2);
if (!poolFile || !decisionsFile) throw new Error('Usage: adjudicate.ts <pool.json> <decisions.json>');
const pool = JSON.parse(readFileSync(poolFile, 'utf8')) as PoolItem[];
const decisions = JSON.parse(readFileSync(decisionsFile, 'utf8')) as Decision[];
if (decisions.length !== pool.length)
  throw new Error(`${decisions.length} decisions for ${pool.length} cards`);
let added = 0;
const byFile = new Map<string, EvalArticle>();
for (const d of decisions) {
  const item = pool[d.i];
  if (!item) throw new Error(`no pool item ${d.i}`);
  if (!d.right) continue;
  const file = join(EVAL_DIR, item.corpus, `${item.article}.json`);
  const article = byFile.get(file) ?? (JSON.parse(readFileSync(file, 'utf8')) as EvalArticle);
  byFile.set(file, article);
  const text = articleText(article);
  let nth = 0;
  for (let i = text.indexOf(item.quote); i !== -1 && i <= item.start; i = text.indexOf(item.quote, i + 1))
    nth++;
  if (text.slice(item.start, item.start + item.quote.length) !== item.quote)
    throw new Error(`moved: ${item.quote}`);
  const entry: GoldItem & { adjudicated: true } = {
    quote: item.quote,
    ...(nth > 1 ? { nth } : {}),
    fact: item.fact,
    ...(item.kind === 'claim' && item.verdict ? { verdict: item.verdict as GoldItem['verdict'] } : {}),
    adjudicated: true,
  };
  const holder = article as { acceptable?: GoldItem[] };
  holder.acceptable ??= [];
  const list = holder.acceptable;
  const same = (g: GoldItem) =>
    g.quote === entry.quote &&
    (g.nth ?? 1) === (entry.nth ?? 1) &&
    g.fact === entry.fact &&
    g.verdict === entry.verdict;
  if (list.some(same)) continue;
  list.push(entry);
  added++;
}
for (const [file, article] of byFile) writeFileSync(file, `${JSON.stringify(article, null, 2)}\n`);
console.log(`${added} cards added as acceptable in ${byFile.size} articles`);
