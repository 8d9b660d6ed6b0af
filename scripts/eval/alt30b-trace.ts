/**
 * `npx tsx scripts/eval/alt30b-trace.ts <article-id> <n>` — the date's clause and the mentions of the sentence of
 * a dev article's Nth altered copy (strength, score, record, positions): ADR 0129. Dev articles only.
 */
import { parsePublished } from '../../src/core/claims/dates';
import { MentionIndex } from '../../src/core/claims/mentions';
import { clauseAt } from '../../src/core/claims/ties';
import { alteredText } from './corpus';
import { base, corpus } from './dev-probe';

const [id, n] = process.argv.slice(2);
const a = corpus.find((x) => x.id === id)!;
const x = a.altered![Number(n)]!;
const { text, span } = alteredText(a, x);
const index = new MentionIndex(
  text,
  base.matcher.index,
  base.matcher.analyze(text),
  base.factById,
  parsePublished(a.published),
);
const s = index.sentences.findIndex((q) => q.span.start <= span.start && span.start < q.span.end);
const sent = index.sentences[s]!.span;
const cl = clauseAt(text, sent, span.start);
console.log(`${id} "${x.replace}" clause: «${text.slice(cl.start, cl.end)}»`);
const rel = (p: number) => `${p - sent.start}:${text.slice(p, p + 12).split(/\s/)[0]}`;
for (const m of index.mentions(s))
  console.log(
    `  ${m.fact.id} ${m.strength} ${m.score.toFixed(1)} date=${m.fact.date ? JSON.stringify(m.fact.date) : '-'} pos[${m.positions.map(rel).join(' ')}]${m.derived ? ' derived' : ''}${m.inherited ? ' inherited' : ''}${m.loose ? ' loose' : ''}`,
  );
