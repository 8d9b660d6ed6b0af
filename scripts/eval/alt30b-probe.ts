/**
 * `npx tsx scripts/eval/alt30b-probe.ts [verdict]` — every dev alteration that gets a claim at the changed value
 * but no `differs` on its fact: the sentence, the claim the original gets, the altered claim and its reasons
 * (ADR 0129). Dev articles only.
 */
import { alteredText, articleText } from './corpus';
import { annotate, corpus, sentenceAt } from './dev-probe';

const want = process.argv[2];
for (const a of corpus) {
  const orig = articleText(a);
  (a.altered ?? []).forEach((x, i) => {
    const { text, span } = alteredText(a, x);
    const found = annotate(text, a.published);
    const ov = found.filter((r) => r.kind === 'claim' && r.start < span.end && span.start < r.end);
    const facts = [x.fact, ...(x.alsoFacts ?? [])];
    if (ov.some((r) => r.verdict === 'differs' && facts.some((f) => r.factIds.includes(f)))) return;
    if (!ov.length) return;
    if (want && !ov.some((r) => r.verdict === want)) return;
    const o = orig.indexOf(x.quote);
    const of = annotate(orig, a.published).filter(
      (r) => r.kind === 'claim' && r.start < o + x.quote.length && o < r.end,
    );
    console.log(`\n## ${a.id} #${i} ${x.class} "${x.quote}"→"${x.replace}" (${x.fact}) pub ${a.published}`);
    console.log('  S: ' + sentenceAt(text, span.start));
    for (const r of of)
      console.log(`  ORIG "${r.quote}" ${r.factIds} [${r.verdict}] res=${r.resolved} rec=${r.record}`);
    for (const r of ov) {
      console.log(`  ALT  "${r.quote}" ${r.factIds} [${r.verdict}] res=${r.resolved} rec=${r.record}`);
      for (const re of r.reasons) console.log('     - ' + JSON.stringify(re).slice(0, 300));
    }
  });
}
