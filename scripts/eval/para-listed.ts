/**
 * `npx tsx scripts/eval/para-listed.ts` — ADR 0140: of the dev sentences where an event is cued or
 * evidenced by keywords, its date in the same sentence agrees with the record, and no card of the
 * event lies on its words, how many of those words does the gold list (a new card would hit) and how
 * many not (a new card would be wrong). Counts the candidates of "cue words + agreeing date" cards
 * before any rule is written (dev corpus with traps; `-v` lists each). Words whose gold item is already
 * satisfied are left out.
 */
import { join } from 'node:path';
import { agreesWithRecord } from '../../src/core/claims/claim';
import { cueCover, wordEnd } from '../../src/core/claims/context';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { factsOf, loadCorpus, spansOf } from './corpus';
import { readArticle } from './read-article';
import { satisfies } from './score';

const base = loadFactBase(join(ROOT, 'src/data'));
const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()));
const tally = new Map<string, { listed: number; unlisted: number }>();
const verbose = process.argv.includes('-v');
for (const a of corpus) {
  const { text, found, index, claims, paraphrases } = readArticle(base, a);
  const gold = [...a.gold, ...(a.acceptable ?? [])].flatMap((g) =>
    spansOf(text, g).map((span) => ({ g, span })),
  );
  if (process.argv.includes('--dropped')) {
    for (const p of paraphrases) {
      if (p.unconfirmed) continue;
      if (found.some((x) => x.factIds.includes(p.factId) && x.start < p.end && p.start < x.end)) continue;
      const on = gold.filter(
        ({ g, span }) => factsOf(g).includes(p.factId) && span.start < p.end && p.start < span.end,
      );
      const listed = on.some(({ g, span }) => !found.some((x) => satisfies(x, g, span)));
      if (on.length && !listed) continue;
      const t = tally.get('dropped paraphrase') ?? { listed: 0, unlisted: 0 };
      if (listed) t.listed++;
      else t.unlisted++;
      tally.set('dropped paraphrase', t);
      if (verbose)
        console.log(
          `${listed ? 'LISTED  ' : 'unlisted'} ${a.id} "${text.slice(p.start, p.end).slice(0, 90)}" → ${p.factId}`,
        );
    }
    continue;
  }
  index.sentences.forEach((sentence, s) => {
    const sent = sentence.span;
    for (const m of index.mentions(s)) {
      if (m.strength !== 'cue' && m.strength !== 'evidence') continue;
      const id = m.fact.id;
      const agree = claims.some(
        (c) => c.factId === id && c.start >= sent.start && c.start < sent.end && agreesWithRecord(c),
      );
      if (!agree) continue;
      const cover = m.strength === 'cue' ? cueCover(m.cueGroups) : null;
      const start = cover ? cover[0] : Math.min(...m.positions);
      const end = wordEnd(text, index, cover ? cover[1] : Math.max(...m.positions));
      const carded = found.some(
        (x) => x.kind !== 'claim' && x.factIds.includes(id) && x.start < end && start < x.end,
      );
      if (carded) continue;
      // listed: a gold item of the event on these words that no card satisfies yet (a new card hits)
      const listed = gold.some(
        ({ g, span }) =>
          !g.verdict &&
          factsOf(g).includes(id) &&
          span.start < end &&
          start < span.end &&
          !found.some((x) => satisfies(x, g, span)),
      );
      // `first`: the event has no card of its words anywhere in the article (one card per event)
      const first = !found.some((x) => x.kind !== 'claim' && x.factIds.includes(id));
      const key = `${m.strength}${first ? ' first' : ''}`;
      const done = gold.some(
        ({ g, span }) =>
          factsOf(g).includes(id) &&
          span.start < end &&
          start < span.end &&
          found.some((x) => satisfies(x, g, span)),
      );
      if (done && !listed) continue; // the listed words are carded already: a new card adds nothing
      const t = tally.get(key) ?? { listed: 0, unlisted: 0 };
      if (listed) t.listed++;
      else t.unlisted++;
      tally.set(key, t);
      if (verbose)
        console.log(
          `${listed ? 'LISTED  ' : 'unlisted'} ${key} ${a.id} "${text.slice(start, end).slice(0, 90)}" → ${id}`,
        );
    }
  });
}
for (const [k, v] of tally) console.log(`${k}: listed ${v.listed}, unlisted ${v.unlisted}`);
