/**
 * `npx tsx scripts/eval/probe-context.ts` — every dev alteration the engine does not flag but
 * gives a claim at the altered value: the sentence, the claim's fact, verdict and reason codes
 * (with parameters), on the original and on the altered copy. A debugging aid for dev material
 * only: it never reads the held-out set.
 */
import { alteredText, articleText, spansOf } from './corpus';
import { annotate, corpus, type Rec, sentenceAt } from './dev-probe';

const fmt = (a: Rec) =>
  `${a.kind} "${a.quote}"→${a.factIds.join(',')}${a.verdict ? `[${a.verdict}]` : ''} ${a.reasons
    .map((r) => `${r.code}(${Object.values(r.params).join('|')})`)
    .join(' ')}`;
let n = 0;
for (const a of corpus) {
  const orig = articleText(a);
  for (const x of a.altered ?? []) {
    const { text, span } = alteredText(a, x);
    const found = annotate(text, a.published);
    const facts = [x.fact, ...(x.alsoFacts ?? [])];
    const at = found.filter((r) => r.kind === 'claim' && r.start < span.end && span.start < r.end);
    if (at.some((r) => r.verdict === 'differs' && facts.some((f) => r.factIds.includes(f)))) continue;
    if (!at.length) continue;
    n++;
    const [o] = spansOf(orig, x);
    const near = (rs: Rec[], s: { start: number; end: number }) =>
      rs
        .filter((r) => r.kind === 'claim' && r.start < s.end && s.start < r.end)
        .map(fmt)
        .join('\n        ') || 'nothing';
    console.log(`\n#${n} ${a.id} [${x.class}] "${x.quote}" → "${x.replace}" (${x.fact}) pub ${a.published}`);
    console.log(`  S: ${sentenceAt(text, span.start).slice(0, 500)}`);
    console.log(`  orig: ${o ? near(annotate(orig, a.published), o) : '?'}`);
    console.log(`  alt:  ${near(found, span)}`);
  }
}
console.log(`\n${n} with a claim`);
