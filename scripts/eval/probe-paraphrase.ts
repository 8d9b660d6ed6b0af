/**
 * `npx tsx scripts/eval/probe-paraphrase.ts [class…]` — for each dev gold item of the given
 * classes (default: paraphrase, topic) that the engine misses: its sentence, how the engine
 * sees the gold fact there (named elsewhere, mention strength and score, which of its keywords
 * the sentence has) and the nearest candidates. A debugging aid for the dev corpus only: it
 * never reads the held-out set.
 */
import { join } from 'node:path';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { factsOf, loadCorpus, spansOf } from './corpus';
import { readArticle } from './read-article';
import { satisfies } from './score';

const classes = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['paraphrase', 'topic']);
const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()));
let n = 0;
for (const a of corpus) {
  const { text, found, analysis, index, claims, paraphrases } = readArticle(base, a);
  for (const g of a.gold) {
    if (!classes.has(g.class ?? 'term')) continue;
    for (const span of spansOf(text, g)) {
      if (found.some((x) => satisfies(x, g, span))) continue;
      n++;
      const s = index.sentences.findIndex((x) => x.span.start <= span.start && span.start < x.span.end);
      const sent = index.sentences[s]?.span;
      const facts = factsOf(g);
      const named = analysis.terms.filter((t) => facts.includes(t.factId)).map((t) => `"${t.alias}"`);
      const ms = s >= 0 ? index.mentions(s) : [];
      const own = ms.filter((m) => facts.includes(m.fact.id));
      const weak = s >= 0 ? index.weakFacts(s).filter((w) => facts.includes(w.fact.id)) : [];
      const fmt = (m: (typeof ms)[number]) =>
        `${m.fact.id} ${m.strength}${m.derived ? '/derived' : ''} ${m.score.toFixed(1)}${m.keywords ? ` k${m.keywords}` : ''} (${String(m.via.params.words ?? m.via.params.quote ?? '')})`;
      console.log(`\n#${n} ${a.id} [${g.class}] "${g.quote}" → ${facts.join('|')}`);
      if (sent) console.log(`  S: ${text.slice(sent.start, sent.end).replace(/\s+/g, ' ').slice(0, 300)}`);
      if (named.length) console.log(`  named in article: ${named.join(', ')}`);
      console.log(`  gold mention: ${own.map(fmt).join('; ') || 'none'}`);
      if (weak.length) console.log(`  gold keywords here: ${weak.map((w) => w.words.join(', ')).join('; ')}`);
      console.log(
        `  candidates: ${
          ms
            .filter((m) => !facts.includes(m.fact.id))
            .slice(0, 4)
            .map(fmt)
            .join('; ') || 'none'
        }`,
      );
      if (sent) {
        const inS = (x: { start: number }) => x.start >= sent.start && x.start < sent.end;
        const cl = claims.filter(inS).map((c) => `${text.slice(c.start, c.end)}→${c.factId}[${c.verdict}]`);
        if (cl.length) console.log(`  claims in sentence: ${cl.join('; ')}`);
        const pp = paraphrases.filter((p) => facts.includes(p.factId));
        if (pp.length)
          console.log(
            `  engine paraphrase of gold fact: ${pp.map((p) => `"${text.slice(p.start, p.end)}"@${p.start}${inS(p) ? ' (this sentence)' : ''}`).join('; ')}`,
          );
      }
      const over = found.filter((x) => x.start < span.end && span.start < x.end);
      if (over.length)
        console.log(`  cards over it: ${over.map((x) => `${x.quote}→${x.factIds[0]}`).join('; ')}`);
    }
  }
}
console.log(`\n${n} misses`);
