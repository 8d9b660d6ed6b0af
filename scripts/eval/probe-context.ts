/**
 * `npx tsx scripts/eval/probe-context.ts [verdict]` — every dev alteration the engine does not flag but
 * gives a claim at the altered value (with a verdict, only those with a claim of that verdict there):
 * the alteration's index (for `trace-sentence.ts <article-id> --altered <index>`), the sentence, the
 * claim's fact, verdict, the value read and the record, and reason codes (with parameters), on the
 * original and on the altered copy. A debugging aid for dev material only: it never reads the
 * held-out set.
 */
import { alteredText, articleText, spansOf } from './corpus';
import { annotate, corpus, type Rec, sentenceAt } from './dev-probe';

const want = process.argv[2];
const fmt = (a: Rec) =>
  `${a.kind} "${a.quote}"→${a.factIds.join(',')}${a.verdict ? `[${a.verdict}]` : ''}${
    a.record !== undefined ? ` res=${a.resolved} rec=${a.record}` : ''
  } ${a.reasons.map((r) => `${r.code}(${Object.values(r.params).join('|')})`).join(' ')}`;
let n = 0;
for (const a of corpus) {
  const orig = articleText(a);
  for (const [i, x] of (a.altered ?? []).entries()) {
    const { text, span } = alteredText(a, x);
    const found = annotate(text, a.published);
    const facts = [x.fact, ...(x.alsoFacts ?? [])];
    const at = found.filter((r) => r.kind === 'claim' && r.start < span.end && span.start < r.end);
    if (at.some((r) => r.verdict === 'differs' && facts.some((f) => r.factIds.includes(f)))) continue;
    if (!at.length || (want && !at.some((r) => r.verdict === want))) continue;
    n++;
    const [o] = spansOf(orig, x);
    const near = (rs: Rec[], s: { start: number; end: number }) =>
      rs
        .filter((r) => r.kind === 'claim' && r.start < s.end && s.start < r.end)
        .map(fmt)
        .join('\n        ') || 'nothing';
    console.log(
      `\n#${n} ${a.id} altered ${i} [${x.class}] "${x.quote}" → "${x.replace}" (${x.fact}) pub ${a.published}`,
    );
    console.log(`  S: ${sentenceAt(text, span.start).slice(0, 500)}`);
    console.log(`  orig: ${o ? near(annotate(orig, a.published), o) : '?'}`);
    console.log(`  alt:  ${near(found, span)}`);
  }
}
console.log(`\n${n} with a claim${want ? ` ${want} there` : ''}`);
