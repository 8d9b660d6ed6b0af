/**
 * `npx tsx scripts/eval/date-misses.ts <verbose-eval-output>`: the dev date-like gold items the engine
 * carded no claim on (classes date, relative-date, future, duration, format, recency, anchored), split into
 * those the temporal rules do not read at all ("unread") and those read but not tied to the gold fact
 * ("read"). Dev articles only (held-out ones are not loaded).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastYearIn, parsePublished } from '../../src/core/claims/dates';
import { findTemporal, type NamedMonth, namedMonth } from '../../src/core/claims/temporal';
import { paragraphs, sentences } from '../../src/core/match/sentences';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { articleText, loadCorpus, spansOf } from './corpus';

const CLASSES = new Set(['date', 'relative-date', 'future', 'duration', 'format', 'recency', 'anchored']);
const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = new Map(
  loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys())).map((a) => [a.id, a]),
);
const lines = readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8').split('\n');
const start = lines.indexOf('missed:');
const end = lines.indexOf('wrong:');
const LINE = /^ {2}([^:]+): (\S+) "(.*?)" → (\S+)(?: \[(\w+)\])?(?:; got (.*))?$/;
const unread: string[] = [];
const read: string[] = [];
for (const line of lines.slice(start + 1, end)) {
  const m = LINE.exec(line);
  if (!m) continue;
  const [, id, cls, quote, , , got] = m;
  if (!CLASSES.has(cls ?? '') || !id || quote === undefined) continue;
  if (got?.includes('claim')) continue;
  const article = corpus.get(id);
  if (!article) continue;
  const text = articleText(article);
  const published = parsePublished(article.published);
  const [span] = spansOf(text, { quote });
  if (!span) continue;
  const sentence = sentences(text).find((s) => s.start <= span.start && span.end <= s.end);
  if (!sentence) continue;
  // The paragraph's context as the engine passes it: the last month named and the last year written.
  const para = paragraphs(text).find((p) => p.start <= sentence.start && sentence.end <= p.end);
  let lastMonth: NamedMonth | null = null;
  let lastYear: number | null = null;
  for (const s of sentences(text).filter((s) => para && para.start <= s.start && s.end <= sentence.start)) {
    const got = namedMonth(findTemporal(text, s, published, { lastMonth, lastYear }));
    if (got !== undefined) lastMonth = got;
    lastYear = lastYearIn(text.slice(s.start, s.end)) ?? lastYear;
  }
  const found = findTemporal(text, sentence, published, { lastMonth, lastYear }).filter(
    (e) => e.start < span.end && span.start < e.end,
  );
  const where = text
    .slice(Math.max(sentence.start, span.start - 60), Math.min(sentence.end, span.end + 40))
    .replace(/\s+/g, ' ');
  const entry = `${(cls ?? '').padEnd(13)} ${id}: "${quote}" … ${where}${found.length ? `  ⇒ ${found.map((e) => `${e.rule}:"${e.text}"`).join(', ')}` : ''}`;
  (found.length ? read : unread).push(entry);
}
console.log(`unread: ${unread.length}`);
for (const l of unread.sort()) console.log(`  ${l}`);
console.log(`read, not tied: ${read.length}`);
for (const l of read.sort()) console.log(`  ${l}`);
