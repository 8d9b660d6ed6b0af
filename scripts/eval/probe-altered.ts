/**
 * `npx tsx scripts/eval/probe-altered.ts [class…]` — every dev alteration of the given classes
 * (default: figure, duration) the engine does not flag: its sentence, the wrong value, and what
 * the engine says there on the original and on the altered copy; then the stress sentences with
 * an error the engine misses whose wrong value has no month name (figures and durations). A
 * debugging aid for dev material only: it never reads the held-out set.
 */
import { join } from 'node:path';
import { EVAL_DIR } from './annotator';
import { alteredText, articleText, spansOf } from './corpus';
import { annotate, corpus, type Rec, sentenceAt } from './dev-probe';
import { loadStress } from './stress';

const classes = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['figure', 'duration']);
const fmt = (a: Rec) => `${a.kind} "${a.quote}"→${a.factIds.join(',')}${a.verdict ? `[${a.verdict}]` : ''}`;
let n = 0;
for (const a of corpus) {
  const orig = articleText(a);
  for (const x of a.altered ?? []) {
    if (!classes.has(x.class)) continue;
    const { text, span } = alteredText(a, x);
    const found = annotate(text, a.published);
    const hit = found.some(
      (r) =>
        r.kind === 'claim' &&
        r.verdict === 'differs' &&
        r.start < span.end &&
        span.start < r.end &&
        [x.fact, ...(x.alsoFacts ?? [])].some((f) => r.factIds.includes(f)),
    );
    if (hit) continue;
    n++;
    const [o] = spansOf(orig, x);
    const near = (rs: Rec[], s: { start: number; end: number }) =>
      rs
        .filter((r) => r.start < s.end + 40 && s.start - 40 < r.end)
        .map(fmt)
        .join('; ') || 'nothing';
    console.log(`\n#${n} ${a.id} [${x.class}] "${x.quote}" → "${x.replace}" (${x.fact})`);
    console.log(`  S: ${sentenceAt(text, span.start).slice(0, 400)}`);
    console.log(`  orig: ${o ? near(annotate(orig, a.published), o) : '?'}`);
    console.log(`  alt:  ${near(found, span)}`);
  }
}
console.log(`\n${n} dev misses`);
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
let m = 0;
for (const it of loadStress(join(EVAL_DIR, 'stress'))) {
  if (!it.wrong || MONTH.test(it.wrong.quote)) continue;
  const at = it.text.indexOf(it.wrong.quote);
  const end = at + it.wrong.quote.length;
  const claims = annotate(it.text, it.published).filter((r) => r.kind === 'claim');
  if (claims.some((r) => r.verdict === 'differs' && r.start < end && at < r.end)) continue;
  m++;
  console.log(`\n${it.id} "${it.wrong.quote}" (${it.wrong.fact}): ${it.wrong.why}`);
  console.log(`  T: ${it.text.replace(/\s+/g, ' ')}`);
  console.log(`  got: ${claims.map(fmt).join('; ') || 'nothing'}`);
}
console.log(`\n${m} stress misses without a month`);
