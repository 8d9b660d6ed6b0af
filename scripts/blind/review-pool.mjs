/**
 * `node scripts/blind/review-pool.mjs <pool.json> <folder> [article-prefix …]`: turns the pool that
 * `npx tsx scripts/eval/pool.ts <pool.json>` wrote into a blind reviewer's folder. Keeps the held-out cards
 * (of the given batches, e.g. `h26`, when prefixes are given), numbers them, and writes:
 * - `pool.json`: the kept cards, in the order of the decisions (the file `scripts/eval/adjudicate.ts` reads);
 * - `pool-items.json`: what the reviewer sees of each card (no engine detail beyond the card itself);
 * - `facts.json`: the records of the facts the cards name (from `src/data/base.json`);
 * - `articles/<id>.txt`: each carded article's title, publication date and text (no gold).
 * Run from the repository's root. The reviewer's prompt: `scripts/blind/prompts/reviewer.md`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
// `--dev`: the dev cards (corpus `articles`) instead of the held-out ones, e.g. the new unlisted cards a
// branch adds, judged blind before they become `acceptable` gold.
const dev = args.includes('--dev');
const [source, folder, ...prefixes] = args.filter((a) => a !== '--dev');
const corpus = dev ? 'articles' : 'holdout';
if (!source || !folder) {
  console.error('usage: node scripts/blind/review-pool.mjs [--dev] <pool.json> <folder> [article-prefix …]');
  process.exit(2);
}
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const write = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
const kept = json(source).filter(
  (card) => card.corpus === corpus && (!prefixes.length || prefixes.some((p) => card.article.startsWith(p))),
);
mkdirSync(join(folder, 'articles'), { recursive: true });
write(join(folder, 'pool.json'), kept);
write(
  join(folder, 'pool-items.json'),
  kept.map((card, i) => ({
    i,
    article: card.article,
    quote: card.quote,
    sentence: card.sentence,
    kind: card.kind,
    fact: card.fact,
    factTitle: card.factTitle,
    ...(card.kind === 'claim'
      ? { verdict: card.verdict, resolved: card.resolved ?? null, record: card.record ?? '' }
      : {}),
  })),
);
const ids = new Set(kept.map((card) => card.fact));
const records = json('src/data/base.json')
  .facts.filter((fact) => ids.has(fact.id))
  .map(
    ({ id, kind, title, summary, date, value, unit, confidence, note, relations, misreports, sources }) => ({
      id,
      kind,
      title,
      summary,
      date,
      value,
      unit,
      confidence,
      note,
      relations,
      misreports,
      sources,
    }),
  );
write(join(folder, 'facts.json'), records);
const articles = new Set(kept.map((card) => card.article));
for (const id of articles) {
  const a = json(join('test/fixtures/eval', corpus, `${id}.json`));
  writeFileSync(
    join(folder, 'articles', `${id}.txt`),
    `${a.title}\npublished: ${a.published}\n\n${a.paragraphs.join('\n\n')}\n`,
  );
}
console.log(`${kept.length} cards, ${ids.size} facts, ${articles.size} articles → ${folder}`);
