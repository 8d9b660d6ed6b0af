/**
 * `npx tsx scripts/eval/para-why.ts [class…]` — for each missed dev gold item of the given classes
 * (default paraphrase, topic): which step of the paraphrase cards stopped it (dev corpus only).
 */
import { join } from 'node:path';
import { agreesWithRecord } from '../../src/core/claims/claim';
import { cueCover, wordEnd } from '../../src/core/claims/context';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { factsOf, loadCorpus, spansOf } from './corpus';
import { readArticle } from './read-article';
import { satisfies } from './score';

const classes = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['paraphrase', 'topic']);
const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()));
const tally = new Map<string, number>();
for (const a of corpus) {
  const { text, found, analysis, index, claims, paraphrases } = readArticle(base, a);
  for (const g of a.gold) {
    if (!classes.has(g.class ?? 'term')) continue;
    for (const span of spansOf(text, g)) {
      if (found.some((x) => satisfies(x, g, span))) continue;
      const facts = factsOf(g);
      const s = index.sentences.findIndex((x) => x.span.start <= span.start && span.start < x.span.end);
      const sent = index.sentences[s]?.span;
      if (!sent) continue;
      const inS = (x: { start: number }) => x.start >= sent.start && x.start < sent.end;
      const ms = index.mentions(s).filter((m) => facts.includes(m.fact.id));
      const pp = paraphrases.filter((p) => facts.includes(p.factId) && inS(p));
      const named = analysis.terms.some((t) => facts.includes(t.factId));
      const earlierPara = paraphrases.some((p) => facts.includes(p.factId) && p.start < sent.start);
      const agree = claims.filter((c) => inS(c) && facts.includes(c.factId) && agreesWithRecord(c));
      let why: string;
      const m = ms[0];
      if (pp.length) {
        const over = pp.some((p) => p.start < span.end && span.start < p.end);
        why = over ? 'para-made-dropped-in-annotate' : 'para-made-elsewhere';
      } else if (!m) why = 'no-mention';
      else if (m.strength === 'alias') why = 'alias-mention';
      else {
        const st = m.strength;
        let d = '';
        if (st === 'cue') {
          const cover = cueCover(m.cueGroups);
          const start = cover ? cover[0] : Math.min(...m.positions);
          const end = wordEnd(text, index, cover ? cover[1] : Math.max(...m.positions));
          const cov = text.slice(start, end);
          if (end - start > 90) d = 'long';
          else if (/[,;:]/.test(cov)) d = 'comma';
          else if (claims.some((o) => o.start < end && o.end > start)) d = 'over-value';
          else d = 'shape-ok';
          d += ` "${cov.slice(0, 80)}"`;
          if (m.support) d += ` sup${m.support.keywords}/${m.support.score.toFixed(1)}`;
        } else d = `score ${m.score.toFixed(1)} k${m.keywords}`;
        why = `${st}${agree.length ? '+claim' : ''}${named ? '+named' : ''}${earlierPara ? '+earlierPara' : ''} ${d}`;
      }
      const key = why.split(' ')[0] as string;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      console.log(
        `${a.id} [${g.class}] "${g.quote}" → ${facts[0]}\n   ${why}\n   S: ${text.slice(sent.start, sent.end).replace(/\s+/g, ' ').slice(0, 260)}`,
      );
    }
  }
}
console.log(
  [...tally]
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${v} ${k}`)
    .join('\n'),
);
