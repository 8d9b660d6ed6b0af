/**
 * `npx tsx scripts/eval/explain.ts <article-id> [--all | --altered N]`: per sentence of a dev article, the
 * facts the engine's mention index finds (strength, score, distinct keywords), then the
 * annotations — for working on the engine. `--altered N` explains the article's Nth altered copy. Held-out articles are refused, to keep from tuning on them.
 */
import { join } from 'node:path';
import { parsePublished } from '../../src/core/claims/dates';
import { MentionIndex } from '../../src/core/claims/mentions';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { alteredText, articleText, loadCorpus } from './corpus';

const [id, flag, which] = process.argv.slice(2);
const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()));
const article = corpus.find((a) => a.id === id);
if (!article) throw new Error(`No dev article "${id}" (held-out articles are not explained).`);
const alteration = flag === '--altered' ? article.altered?.[Number(which ?? 0)] : undefined;
if (flag === '--altered' && !alteration) throw new Error(`"${id}" has no alteration ${which ?? 0}.`);
const text = alteration ? alteredText(article, alteration).text : articleText(article);
if (alteration) console.log(`altered: "${alteration.quote}" → "${alteration.replace}" (${alteration.fact})`);
const analysis = base.matcher.analyze(text);
const index = new MentionIndex(
  text,
  base.matcher.index,
  analysis,
  base.factById,
  parsePublished(article.published),
);
index.sentences.forEach((s, i) => {
  const ms = index.mentions(i);
  if (!ms.length && flag !== '--all') return;
  console.log(`\n[${i}] ${text.slice(s.span.start, s.span.end)}`);
  for (const m of ms)
    console.log(
      `   ${m.strength.padEnd(8)} ${m.score.toFixed(1).padStart(5)} k=${m.keywords ?? '-'} ${m.fact.id}  (${Object.values(m.via.params ?? {}).join(' | ')})`,
    );
});

console.log('\nannotations:');
for (const a of annotateWith(base, text, article.published))
  console.log(
    `  ${a.kind} "${a.quote}" → ${a.factIds.join(',')} ${a.verdict ?? ''} [${a.reasons.map((r) => r.code).join(',')}]`,
  );
