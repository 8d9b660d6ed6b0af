/**
 * `npm run eval [-- --verbose] [-- --update-baseline] [-- --no-pages] [-- --lenient]`
 *
 * Scores the claim engine on the dev corpus (test/fixtures/eval/) and on the 130 pages of
 * ../shared/corpus/readability-pages (pages about something else: no claim, no `differs`,
 * cards on at most 2 pages), prints the figures and writes docs/accuracy.md.
 * --update-baseline rewrites test/fixtures/eval/baseline.json (commit it on its own).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledAnnotator, EVAL_DIR, ROOT } from './eval/annotator';
import { loadCorpus } from './eval/corpus';
import { offTopicPages } from './eval/pages';
import { accuracyReport } from './eval/report';
import { pct, score, share } from './eval/score';

const args = new Set(process.argv.slice(2));
const { annotate, factIds } = bundledAnnotator();
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), factIds, args.has('--lenient'));
const s = score(corpus, annotate);
const pagesDir = join(ROOT, '../shared/corpus/readability-pages');
const off = !args.has('--no-pages') && existsSync(pagesDir) ? offTopicPages(pagesDir, annotate) : null;
const baselineFile = join(EVAL_DIR, 'baseline.json');
const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : {};

console.log(`${s.articles} articles`);
console.log(`recall ${pct(s.recall)} (${s.recall.hit}/${s.recall.total})`);
console.log(`card precision ${pct(s.precision)} (${s.precision.hit}/${s.precision.total})`);
console.log(`false differs ${s.falseDiffers}`);
console.log(`altered detected ${pct(s.altered)} (${s.altered.hit}/${s.altered.total})`);
console.log(`real errors flagged ${pct(s.realErrors)} (${s.realErrors.hit}/${s.realErrors.total})`);
for (const [k, r] of Object.entries(s.recallByClass).sort())
  console.log(`  recall ${k}: ${pct(r)} (${r.hit}/${r.total})`);
if (off)
  console.log(
    `pages about something else: ${off.claims} claims, ${off.differs} differs, cards on ${off.pagesWithCards.length} pages`,
  );
if (args.has('--verbose')) {
  for (const [title, list] of [
    ['missed', s.missed],
    ['wrong', s.wrongCards],
    ['undetected', s.undetected],
  ] as const) {
    console.log(`\n${title}:`);
    for (const m of list) console.log(`  ${m.article}: ${m.what}`);
  }
  if (off) for (const p of off.pagesWithCards) console.log(`  page ${p.page}: ${p.cards.join(', ')}`);
}
writeFileSync(join(ROOT, 'docs/accuracy.md'), accuracyReport(s, off, baseline));
if (args.has('--update-baseline')) {
  const round = (x: number) => Math.floor(x * 1000) / 1000;
  const next = {
    recall: round(share(s.recall)),
    precision: round(share(s.precision)),
    falseDiffers: s.falseDiffers,
    altered: round(share(s.altered)),
    realErrors: round(share(s.realErrors)),
  };
  writeFileSync(baselineFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`baseline written: ${JSON.stringify(next)}`);
}
