/**
 * `npx tsx scripts/eval/pool.ts <out.json> [--merge]`: every card the engine shows on the dev and held-out
 * articles that no gold or acceptable item accounts for, with its sentence and the fact's record, for
 * adjudication (pooling, as in TREC): a reviewer who has not seen the engine decides which are right, and
 * those become `acceptable` items. `--merge` adds to an existing pool file (another engine variant's cards).
 * The file says nothing about how the engine found a card, only what it shows.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentences, spanAt } from '../../src/core/match/sentences';
import { loadFactBase } from '../vite/fact-base-plugin';
import { bundledAnnotator, EVAL_DIR, ROOT } from './annotator';
import { articleText, loadCorpus, spansOf } from './corpus';
import { satisfies } from './score';

interface PoolItem {
  corpus: string;
  article: string;
  quote: string;
  start: number;
  sentence: string;
  kind: string;
  fact: string;
  factTitle: string;
  verdict: string | null;
  resolved?: string | null;
  record?: string;
}

const [out, ...flags] = process.argv.slice(2);
const flag = flags.includes('--merge') ? '--merge' : undefined;
/** `--dev-only`: pool the dev articles alone (no held-out text is read). */
const corpora = flags.includes('--dev-only') ? ['articles'] : ['articles', 'holdout'];
if (!out) throw new Error('Usage: pool.ts <out.json> [--merge] [--dev-only]');
const { annotate, factIds } = bundledAnnotator();
const base = loadFactBase(join(ROOT, 'src/data'));
const items: PoolItem[] = flag === '--merge' && existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : [];
const key = (i: PoolItem) => `${i.corpus}|${i.article}|${i.start}|${i.quote}|${i.fact}|${i.verdict}`;
const seen = new Set(items.map(key));
for (const corpus of corpora) {
  for (const article of loadCorpus(join(EVAL_DIR, corpus), factIds)) {
    const text = articleText(article);
    const ok = [...article.gold, ...(article.acceptable ?? [])].flatMap((g) =>
      spansOf(text, g).map((span) => ({ g, span })),
    );
    const sents = sentences(text);
    for (const a of annotate(text, article.published)) {
      if (ok.some(({ g, span }) => satisfies(a, g, span))) continue;
      const s = sents[spanAt(sents, a.start)];
      const fact = a.factIds[0] as string;
      const item: PoolItem = {
        corpus,
        article: article.id,
        quote: a.quote,
        start: a.start,
        sentence: s ? text.slice(s.start, s.end) : '',
        kind: a.kind,
        fact,
        factTitle: base.factById(fact)?.title ?? '',
        verdict: a.verdict,
        ...(a.kind === 'claim' ? { resolved: a.resolved ?? null, record: a.record ?? '' } : {}),
      };
      if (seen.has(key(item))) continue;
      seen.add(key(item));
      items.push(item);
    }
  }
}
writeFileSync(out, `${JSON.stringify(items, null, 2)}\n`);
console.log(`${items.length} cards in ${out}`);
