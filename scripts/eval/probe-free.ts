/**
 * `npx tsx scripts/eval/probe-free.ts <published YYYY-MM-DD> <sentence…>` — a sentence of one's own
 * (not from any fixture): the mentions the engine finds, with the words at their positions and cue
 * groups, then every claim with its reason codes. A debugging aid for unit-test sentences.
 */
import { join } from 'node:path';
import { parsePublished } from '../../src/core/claims/dates';
import { MentionIndex } from '../../src/core/claims/mentions';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';
import { ROOT } from './annotator';

const [published, ...rest] = process.argv.slice(2);
const text = rest.join(' ');
const base = loadFactBase(join(ROOT, 'src/data'));
const index = new MentionIndex(
  text,
  base.matcher.index,
  base.matcher.analyze(text),
  base.factById,
  parsePublished(published ?? null),
);
const word = (p: number) => /^[\p{L}\p{N}'’-]+/u.exec(text.slice(p))?.[0] ?? text.slice(p, p + 6);
index.sentences.forEach((_s, i) => {
  for (const m of index.mentions(i))
    console.log(
      `   ${m.strength.padEnd(8)} ${m.score.toFixed(1).padStart(5)} k=${m.keywords ?? '-'} ${m.fact.id}` +
        ` @[${m.positions.map((p) => `${p}:${word(p)}`).join(' ')}]` +
        (m.cueGroups ? ` groups=${m.cueGroups.map((g) => g.map(word).join('/')).join(' + ')}` : ''),
    );
});
for (const a of annotateWith(base, text, published ?? null))
  if (a.kind === 'claim')
    console.log(
      `  claim "${a.quote}" → ${a.factIds.join(',')} ${a.verdict ?? ''} [${a.reasons.map((r) => `${r.code}(${Object.values(r.params ?? {}).join('|')})`).join(' ')}]`,
    );
