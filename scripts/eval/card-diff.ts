/**
 * `npx tsx scripts/eval/card-diff.ts --save FILE [--part design|validation|all]` then, after an engine
 * change, `… --against FILE [--part …]` (ADR 0169): the cards the changed engine adds or loses on the
 * dev articles of a part (design = dev without h21–h33), each marked by what it does to the eval —
 * a card that satisfies no gold or acceptable item is wrong (precision), a gold item satisfied now and
 * not before is a recall gain; and the totals (recall, precision, false differs) of that part, before
 * and after. Dev corpus only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotationRecord } from '../../src/core/annotate';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { loadCorpus, spansOf } from './corpus';
import { devPartName, devPartOf } from './dev-part';
import { readArticle } from './read-article';
import { satisfies } from './score';

const arg = (k: string) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : undefined);
const inPart = devPartOf(process.argv);
type Card = Pick<AnnotationRecord, 'start' | 'end' | 'quote' | 'kind' | 'factIds' | 'verdict'>;
const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys())).filter((a) => inPart(a.id));
const now: Record<string, Card[]> = {};
for (const a of corpus)
  now[a.id] = readArticle(base, a).found.map(({ start, end, quote, kind, factIds, verdict }) => ({
    start,
    end,
    quote,
    kind,
    factIds,
    verdict,
  }));
const save = arg('--save');
if (save) {
  writeFileSync(save, JSON.stringify(now));
  console.log(`saved ${corpus.length} articles`);
} else {
  const before = JSON.parse(readFileSync(arg('--against') as string, 'utf8')) as Record<string, Card[]>;
  const key = (c: Card) => `${c.start}:${c.end}:${c.factIds.join(',')}:${c.verdict}`;
  const tot = { rb: 0, ra: 0, g: 0, pb: 0, pa: 0, cb: 0, ca: 0, fdb: 0, fda: 0 };
  for (const a of corpus) {
    const text = a.paragraphs.join('\n\n');
    const gold = a.gold.flatMap((g) => spansOf(text, g).map((span) => ({ g, span })));
    const ok = [
      ...gold,
      ...(a.acceptable ?? []).flatMap((g) => spansOf(text, g).map((span) => ({ g, span }))),
    ];
    const b = before[a.id] ?? [];
    const n = now[a.id] ?? [];
    const right = (c: Card) => ok.some(({ g, span }) => satisfies(c as AnnotationRecord, g, span));
    const fd = (c: Card) =>
      c.verdict === 'differs' &&
      !gold.some(({ g, span }) => g.verdict === 'differs' && satisfies(c as AnnotationRecord, g, span));
    tot.g += gold.length;
    tot.rb += gold.filter(({ g, span }) => b.some((c) => satisfies(c as AnnotationRecord, g, span))).length;
    tot.ra += gold.filter(({ g, span }) => n.some((c) => satisfies(c as AnnotationRecord, g, span))).length;
    tot.cb += b.length;
    tot.ca += n.length;
    tot.pb += b.filter(right).length;
    tot.pa += n.filter(right).length;
    tot.fdb += b.filter(fd).length;
    tot.fda += n.filter(fd).length;
    const bk = new Set(b.map(key));
    const nk = new Set(n.map(key));
    for (const c of n.filter((x) => !bk.has(key(x))))
      console.log(
        `+ ${right(c) ? 'ok   ' : 'WRONG'} ${a.id} ${c.kind} "${c.quote}" → ${c.factIds.join(',')}${c.verdict ? ` [${c.verdict}]` : ''}`,
      );
    for (const c of b.filter((x) => !nk.has(key(x))))
      console.log(
        `- ${right(c) ? 'ok   ' : 'wrong'} ${a.id} ${c.kind} "${c.quote}" → ${c.factIds.join(',')}${c.verdict ? ` [${c.verdict}]` : ''}`,
      );
    for (const { g, span } of gold) {
      const hb = b.some((c) => satisfies(c as AnnotationRecord, g, span));
      const ha = n.some((c) => satisfies(c as AnnotationRecord, g, span));
      if (hb !== ha) console.log(`${ha ? 'GAIN' : 'LOSS'} ${a.id} [${g.class ?? 'term'}] "${g.quote}"`);
    }
  }
  const pc = (x: number, y: number) => `${((100 * x) / y).toFixed(2)} % (${x}/${y})`;
  console.log(
    `${devPartName(process.argv)}: recall ${pc(tot.rb, tot.g)} → ${pc(tot.ra, tot.g)}; precision ${pc(tot.pb, tot.cb)} → ${pc(tot.pa, tot.ca)}; false differs ${tot.fdb} → ${tot.fda}`,
  );
}
