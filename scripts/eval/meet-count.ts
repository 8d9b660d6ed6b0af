/**
 * `npx tsx scripts/eval/meet-count.ts [-v] [--part design|validation|all]` — ADR 0169: sentences
 * where two persons who are both actors of one meeting event stand with a meeting word ("met",
 * "held talks", "a meeting with"): how many such meeting words the gold lists for that event
 * (a card would hit), how many are already carded, how many not listed (a card would be wrong).
 * Dev corpus only; design part = dev without h21–h33.
 */
import { join } from 'node:path';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { factsOf, loadCorpus, spansOf } from './corpus';
import { devPartOf } from './dev-part';
import { readArticle } from './read-article';
import { satisfies } from './score';

const verbose = process.argv.includes('-v');
const inPart = devPartOf(process.argv);
const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()));
const MEET = /\b(met|meet|meets|meeting|talks|summit|hosted|hosts|host)\b/gi;
const tally = new Map<string, number>();
const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
for (const a of corpus) {
  if (!inPart(a.id)) continue;
  const { text, found, analysis, index, claims } = readArticle(base, a);
  const gold = [...a.gold, ...(a.acceptable ?? [])].flatMap((g) =>
    spansOf(text, g).map((span) => ({ g, span })),
  );
  for (const s of index.sentences) {
    const sent = s.span;
    const persons = analysis.terms.filter(
      (t) => t.factId.startsWith('person.') && t.start >= sent.start && t.end <= sent.end,
    );
    const ids = [...new Set(persons.map((p) => p.factId))];
    if (ids.length < 2) continue;
    const events = [...base.facts.values()].filter(
      (f) =>
        f.kind === 'event' &&
        ids.filter((id) => (f.actors ?? []).includes(id)).filter((id) => id.startsWith('person.')).length >=
          2,
    );
    if (!events.length) continue;
    const seg = text.slice(sent.start, sent.end);
    for (const m of seg.matchAll(MEET)) {
      const at = sent.start + (m.index ?? 0);
      const end = at + m[0].length;
      if (persons.some((p) => p.start <= at && end <= p.end)) continue;
      if (analysis.terms.some((t) => t.start <= at && end <= t.end)) continue;
      const inS = (x: { start: number }) => x.start >= sent.start && x.start < sent.end;
      const resolved = events.filter(
        (e) =>
          claims.some(
            (c) => inS(c) && c.factId === e.id && (c.verdict === 'consistent' || c.verdict === 'outdated'),
          ) || analysis.terms.some((t) => inS(t) && (e.places ?? []).includes(t.factId)),
      );
      const how = events.length === 1 ? 'only' : resolved.length === 1 ? 'resolved' : 'ambiguous';
      const e = events.length === 1 ? events[0] : resolved.length === 1 ? resolved[0] : undefined;
      let cat = 'ambiguous';
      if (e) {
        const items = gold.filter(
          ({ g, span }) => factsOf(g).includes(e.id) && span.start <= at && end <= span.end,
        );
        if (found.some((x) => x.factIds.includes(e.id) && x.start < end && at < x.end)) cat = 'carded';
        else if (!items.length) cat = 'unlisted';
        else if (items.some(({ g, span }) => !found.some((x) => satisfies(x, g, span)) && a.gold.includes(g)))
          cat = 'GAIN';
        else cat = 'dup';
      }
      const key = `${how} ${cat}`;
      bump(key);
      if (verbose)
        console.log(
          `${key} | ${a.id} | ${m[0]} | ${e?.id ?? events.map((x) => x.id.replace('event.', '')).join(',')}\n   ${seg.replace(/\s+/g, ' ').slice(0, 240)}`,
        );
    }
  }
}
console.log(
  [...tally]
    .sort()
    .map(([k, v]) => `${v} ${k}`)
    .join('\n'),
);
