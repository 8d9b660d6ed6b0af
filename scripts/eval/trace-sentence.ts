/**
 * `npx tsx scripts/eval/trace-sentence.ts <article-id> <quote>` — the mentions the engine sees in the
 * sentence of a dev article holding the quote, with their positions and groups. A debugging aid.
 */
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import { parsePublished } from '../../src/core/claims/dates';
import { analyzeClaims } from '../../src/core/claims/engine';
import { MentionIndex } from '../../src/core/claims/mentions';
import { TextSpans } from '../../src/core/match/sentences';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { articleText, loadCorpus } from './corpus';

const [id, quote] = process.argv.slice(2);
const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()));
const a = corpus.find((x) => x.id === id);
if (!a || !quote) throw new Error('article or quote missing');
const text = articleText(a);
const at = text.indexOf(quote);
const analysis = base.matcher.analyze(text);
const index = new MentionIndex(
  text,
  base.matcher.index,
  analysis,
  base.factById,
  parsePublished(a.published),
);
const s = index.sentences.findIndex((x) => x.span.start <= at && at < x.span.end);
const sent = index.sentences[s]?.span;
if (!sent) throw new Error('no sentence');
const rel = (p: number) => `${p - sent.start}:${text.slice(p, p + 12).split(/\s/)[0]}`;
console.log(text.slice(sent.start, sent.end));
for (const m of index.mentions(s))
  console.log(
    `${m.fact.id} ${m.strength} ${m.score.toFixed(1)} k${m.keywords ?? '-'} pos[${m.positions.map(rel).join(' ')}]` +
      `${m.cueGroups ? ` cue[${m.cueGroups.map((g) => g.map(rel).join('|')).join(' ; ')}]` : ''}` +
      `${m.keywordGroups ? ` kw[${m.keywordGroups.map((g) => g.map(rel).join('|')).join(' ; ')}]` : ''}` +
      `${m.support ? ` support ${m.support.score.toFixed(1)}/${m.support.keywords}` : ''}${m.derived ? ' derived' : ''}${m.inherited ? ' inherited' : ''}`,
  );
const { claims, paraphrases } = analyzeClaims({
  text,
  published: parsePublished(a.published),
  index: base.matcher.index,
  analysis,
  factById: base.factById,
  spans: new TextSpans(text),
});
for (const c of claims.filter((c) => c.start >= sent.start && c.start < sent.end))
  console.log(`claim ${text.slice(c.start, c.end)} → ${c.factId} ${c.verdict}`);
for (const p of paraphrases)
  console.log(
    `para ${text.slice(p.start, p.end)} → ${p.factId}${p.start >= sent.start && p.start < sent.end ? ' (here)' : ''}`,
  );
for (const x of annotateText(text, {
  matcher: base.matcher,
  factById: base.factById,
  published: a.published,
}).filter((x) => x.start >= sent.start && x.start < sent.end))
  console.log(`card ${x.quote} → ${x.factIds.join('|')}`);
