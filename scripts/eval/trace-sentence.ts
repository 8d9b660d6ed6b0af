/**
 * `npx tsx scripts/eval/trace-sentence.ts <article-id> <quote>` — the mentions the engine sees in the
 * sentence of a dev article holding the quote, with their positions, groups and records, then the
 * sentence's claims, paraphrases and cards. `… <article-id> --altered <index>` does the same on the
 * article's altered copy (its index as probe-context.ts prints it), for the sentence of the changed
 * value, and shows that value's clause first. A debugging aid for dev material only.
 */
import { annotateText } from '../../src/core/annotate';
import { parsePublished } from '../../src/core/claims/dates';
import { analyzeClaims } from '../../src/core/claims/engine';
import { MentionIndex } from '../../src/core/claims/mentions';
import { clauseAt } from '../../src/core/claims/ties';
import { TextSpans } from '../../src/core/match/sentences';
import { alteredText, articleText } from './corpus';
import { base, corpus } from './dev-probe';

const [id, quote, n] = process.argv.slice(2);
const a = corpus.find((x) => x.id === id);
if (!a || !quote) throw new Error('article or quote missing');
const altered = quote === '--altered' ? a.altered?.[Number(n)] : undefined;
if (quote === '--altered' && !altered) throw new Error(`${id} has no altered copy ${n}`);
const copy = altered ? alteredText(a, altered) : null;
const text = copy?.text ?? articleText(a);
const at = copy ? copy.span.start : text.indexOf(quote);
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
if (altered) {
  const clause = clauseAt(text, sent, at);
  console.log(`"${altered.quote}" → "${altered.replace}" clause: «${text.slice(clause.start, clause.end)}»`);
}
for (const m of index.mentions(s))
  console.log(
    `${m.fact.id} ${m.strength} ${m.score.toFixed(1)} k${m.keywords ?? '-'} date=${m.fact.date ? JSON.stringify(m.fact.date) : '-'} pos[${m.positions.map(rel).join(' ')}]` +
      `${m.cueGroups ? ` cue[${m.cueGroups.map((g) => g.map(rel).join('|')).join(' ; ')}]` : ''}` +
      `${m.keywordGroups ? ` kw[${m.keywordGroups.map((g) => g.map(rel).join('|')).join(' ; ')}]` : ''}` +
      `${m.support ? ` support ${m.support.score.toFixed(1)}/${m.support.keywords}` : ''}${m.derived ? ' derived' : ''}${m.inherited ? ' inherited' : ''}${m.loose ? ' loose' : ''}`,
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
