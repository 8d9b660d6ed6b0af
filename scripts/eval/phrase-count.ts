/**
 * `npx tsx scripts/eval/phrase-count.ts <fact-id> <regex> [--part design|validation|all] [-v]` — ADR 0169:
 * before a fact-base alias or a phrase rule, every dev occurrence of the phrase (case-insensitive regex)
 * split by what a card of `fact-id` there would be: GAIN (a gold item of the fact there that no card
 * satisfies yet), dup (listed, already satisfied), carded (a card of the fact on it already), unlisted
 * (no gold or acceptable item of the fact there: a card would be wrong). Dev corpus only; the design
 * part is dev without h21–h33.
 */
import { join } from 'node:path';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { factsOf, loadCorpus, spansOf } from './corpus';
import { devPartOf } from './dev-part';
import { readArticle } from './read-article';
import { satisfies } from './score';

const args = process.argv.slice(2).filter((x) => !x.startsWith('-') || x === '-v');
const [factId, pattern] = args.filter((x) => x !== '-v');
if (!factId || !pattern) throw new Error('usage: phrase-count.ts <fact-id> <regex>');
const verbose = process.argv.includes('-v');
const inPart = devPartOf(process.argv);
const re = new RegExp(pattern, 'gi');
const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()));
const tally = new Map<string, number>();
for (const a of corpus) {
  if (!inPart(a.id)) continue;
  const { text, found, index } = readArticle(base, a);
  const gold = [...a.gold, ...(a.acceptable ?? [])].flatMap((g) =>
    spansOf(text, g).map((span) => ({ g, span })),
  );
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const items = gold.filter(
      ({ g, span }) => factsOf(g).includes(factId) && span.start < end && at < span.end,
    );
    const sent = index.sentences.find((x) => x.span.start <= at && at < x.span.end)?.span ?? {
      start: at,
      end,
    };
    // words of the fact carded in the sentence already (a term card, not a date or figure)
    const worded = found.some(
      (x) => x.kind === 'term' && x.factIds.includes(factId) && x.start >= sent.start && x.end <= sent.end,
    );
    let cat: string;
    if (found.some((x) => x.factIds.includes(factId) && x.start < end && at < x.end)) cat = 'carded';
    else if (!items.length) cat = 'unlisted';
    else if (items.some(({ g, span }) => a.gold.includes(g) && !found.some((x) => satisfies(x, g, span))))
      cat = 'GAIN';
    else cat = 'dup';
    if (worded && cat !== 'carded') cat += '/worded';
    tally.set(cat, (tally.get(cat) ?? 0) + 1);
    if (verbose) {
      const other = found.filter((x) => x.start < end && at < x.end).map((x) => `${x.quote}→${x.factIds[0]}`);
      console.log(
        `${cat.padEnd(8)} ${a.id} «${text.slice(Math.max(0, at - 60), end + 40).replace(/\s+/g, ' ')}»${other.length ? ` cards: ${other.join('; ')}` : ''}`,
      );
    }
  }
}
console.log([...tally].map(([k, v]) => `${v} ${k}`).join(', '));
