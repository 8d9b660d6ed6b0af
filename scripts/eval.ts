/**
 * `npm run eval [-- --verbose] [-- --holdout-details] [-- --update-baseline] [-- --no-pages] [-- --lenient]`
 *
 * Scores the claim engine on its two corpora and on pages about something else:
 * - dev (test/fixtures/eval/articles/): what the engine is tuned on; --verbose lists every
 *   miss, wrong card and undetected alteration;
 * - held-out (test/fixtures/eval/holdout/): written apart from the engine and never tuned on,
 *   so its figures are the honest estimate for unseen coverage (details only with
 *   --holdout-details, to keep from tuning on it);
 * - stress sentences (test/fixtures/eval/stress/): correct ones must never come out `differs`,
 *   ones with a deliberate error should;
 * - the 130 pages of ../shared/corpus/readability-pages: no claim, no `differs`, cards on at
 *   most 2 pages.
 * Prints the figures and writes docs/accuracy.md. --update-baseline rewrites
 * test/fixtures/eval/baseline.json (commit it on its own).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledAnnotator, EVAL_DIR, ROOT } from './eval/annotator';
import { loadCorpus } from './eval/corpus';
import { offTopicPages } from './eval/pages';
import { accuracyReport } from './eval/report';
import { pct, type Scores, score, share } from './eval/score';
import { loadStress, scoreStress } from './eval/stress';

const args = new Set(process.argv.slice(2));
const { annotate, factIds } = bundledAnnotator();
const load = (dir: string) => loadCorpus(join(EVAL_DIR, dir), factIds, args.has('--lenient'));
const dev = score(load('articles'), annotate);
const held = load('holdout');
const holdout = score(held, annotate);
/** Held-out batches (`h3-…`, `h4-…`): each written blind at a different time, scored apart too. */
const batchOf = (id: string) => /^(h\d+)-/.exec(id)?.[1] ?? 'other';
const batches = Object.fromEntries(
  [...new Set(held.map((a) => batchOf(a.id)))].sort().map((b) => [
    b,
    score(
      held.filter((a) => batchOf(a.id) === b),
      annotate,
    ),
  ]),
);
const stress = scoreStress(loadStress(join(EVAL_DIR, 'stress')), annotate);
const pagesDir = join(ROOT, '../shared/corpus/readability-pages');
const off = !args.has('--no-pages') && existsSync(pagesDir) ? offTopicPages(pagesDir, annotate) : null;
const baselineFile = join(EVAL_DIR, 'baseline.json');
const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : {};

function summary(name: string, s: Scores): void {
  console.log(`${name}: ${s.articles} articles`);
  console.log(`  recall ${pct(s.recall)} (${s.recall.hit}/${s.recall.total})`);
  console.log(`  card precision ${pct(s.precision)} (${s.precision.hit}/${s.precision.total})`);
  console.log(`  false differs ${s.falseDiffers}`);
  console.log(`  altered detected ${pct(s.altered)} (${s.altered.hit}/${s.altered.total})`);
  console.log(`  real errors flagged ${pct(s.realErrors)} (${s.realErrors.hit}/${s.realErrors.total})`);
}

function details(s: Scores): void {
  for (const [k, r] of Object.entries(s.recallByClass).sort())
    console.log(`  recall ${k}: ${pct(r)} (${r.hit}/${r.total})`);
  for (const [title, list] of [
    ['missed', s.missed],
    ['wrong', s.wrongCards],
    ['undetected', s.undetected],
  ] as const) {
    console.log(`\n${title}:`);
    for (const m of list) console.log(`  ${m.article}: ${m.what}`);
  }
}

summary('dev', dev);
summary('held-out', holdout);
for (const [b, sc] of Object.entries(batches)) summary(`  held-out batch ${b}`, sc);
console.log(
  `stress sentences: ${stress.correct} correct, ${stress.falseDiffers.length} with a false differs${stress.falseDiffers.length ? ` (${stress.falseDiffers.join(', ')})` : ''}; ${stress.detected.total} with one error, ${pct(stress.detected)} detected (${stress.detected.hit})`,
);
if (off)
  console.log(
    `pages about something else: ${off.claims} claims, ${off.differs} differs, cards on ${off.pagesWithCards.length} pages`,
  );
if (args.has('--verbose')) {
  details(dev);
  if (off) for (const p of off.pagesWithCards) console.log(`  page ${p.page}: ${p.cards.join(', ')}`);
}
if (args.has('--holdout-details')) details(holdout);
writeFileSync(
  join(ROOT, 'docs/accuracy.md'),
  accuracyReport({ dev, holdout, batches, stress }, off, baseline),
);

const round = (x: number) => Math.floor(x * 1000) / 1000;
const figures = (s: Scores) => ({
  recall: round(share(s.recall)),
  precision: round(share(s.precision)),
  falseDiffers: s.falseDiffers,
  altered: round(share(s.altered)),
  realErrors: round(share(s.realErrors)),
});
if (args.has('--update-baseline')) {
  const next = {
    dev: figures(dev),
    holdout: figures(holdout),
    stress: { falseDiffers: stress.falseDiffers.length, detected: round(share(stress.detected)) },
  };
  writeFileSync(baselineFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`baseline written: ${JSON.stringify(next)}`);
}
